/**
 * Scheduling precedence for the services on the consensus path (issue 15 item 2: the block
 * interval's tail is processes waiting for one of the machine's cores). The validators and the
 * execution node carry every block; the oracles and the external venue they observe wake a few
 * times a second for a fraction of a millisecond each, but a wake-up at the wrong moment still
 * takes a core from a validator whose vote is the quorum's last. So the light ones can start at
 * a higher niceness (lower precedence) than the rest: what an unprivileged user may do — raise
 * its own children's niceness, never lower anyone's (setpriority(2) needs CAP_SYS_NICE for that).
 * The load generator and the bench's measurements, the traders, the hedger and the liquidator
 * (clients of the venue) and nats-server are left at their own.
 *
 * The autogroup caveat: with kernel.sched_autogroup_enabled = 1 (this machine) the kernel shares
 * CPU between sessions first and niceness counts only within a session; the services are children
 * of `faultline up` (or the bench) and share its session, so the niceness orders them against each
 * other, not against other users' work.
 *
 * FAULTLINE_LIGHT_SERVICE_NICE: 0–19, added to the light services' niceness; unset or empty:
 * LIGHT_SERVICE_NICE_DEFAULT (0, off until a one-tree A/B measures p99 better with it).
 */
import { getPriority as osGetPriority, setPriority } from 'node:os';
import type { ActorSpec } from '@faultline/actors';

export const LIGHT_SERVICE_NICE_ENV = 'FAULTLINE_LIGHT_SERVICE_NICE';
export const LIGHT_SERVICE_NICE_DEFAULT = 0;
const NICE_MAX = 19;

/** The actor kinds off the consensus path whose processes wake briefly: the price feed and its source. */
const LIGHT_KINDS: ReadonlySet<ActorSpec['kind']> = new Set(['oracle', 'external-venue']);

/** The niceness increment a service of this kind starts with (0: as its parent). */
export function serviceNiceIncrement(kind: ActorSpec['kind'], env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[LIGHT_SERVICE_NICE_ENV];
  const nice = raw === undefined || raw === '' ? LIGHT_SERVICE_NICE_DEFAULT : /^[0-9]{1,2}$/.test(raw) ? Number(raw) : NaN;
  if (!(nice >= 0 && nice <= NICE_MAX)) throw new Error(`${LIGHT_SERVICE_NICE_ENV}=${raw}: expected a whole number from 0 (off) to ${NICE_MAX}`);
  return LIGHT_KINDS.has(kind) ? nice : 0;
}

/**
 * Lowers a just-spawned service's precedence by its kind's increment (from the spawner's own
 * niceness). A process that already exited, or a refusal, leaves it as it is: precedence is a
 * preference, never a reason to fail a run.
 */
export function applyServicePriority(pid: number | undefined, kind: ActorSpec['kind'], env: NodeJS.ProcessEnv = process.env): number {
  const increment = serviceNiceIncrement(kind, env);
  if (increment === 0 || pid === undefined) return 0;
  try {
    setPriority(pid, Math.min(NICE_MAX, getOwnNice() + increment));
    return increment;
  } catch {
    return 0;
  }
}

function getOwnNice(): number {
  try {
    // node:os getPriority() without a pid is this process's niceness.
    return osGetPriority();
  } catch {
    return 0;
  }
}
