/**
 * The node (V8) flags every service process starts with — the one place they are chosen, for
 * `faultline up` and the live bench alike (actor-processes.ts puts them before the script).
 *
 * The young generation's semi-space can be capped (`--max-semi-space-size`, MiB). A live
 * validator allocates ~17 MB/s at 5,000 orders/s, and with V8's own sizing (growing to 16 MiB) it
 * scavenges about once a second, each scavenge copying what survived a second's allocation:
 * 15–45 ms of wall time (median) on the 2-core machine, where the venue's nine processes wait
 * for cores. A pause on the proposer or on a quorum's last voter is a pause of the block. With
 * 4 MiB a scavenge copies about a quarter as much, four times as often: pauses a quarter as long
 * (median ~7 ms), their sum not lower, and a validator's max RSS ~16 % lower (BENCHMARKS.md, session 27 live).
 * Larger semi-spaces made the pauses longer; 2 MiB doubled the total.
 *
 * Off by default: no p99 submit→fill measured lower with it (at loads of 10–20), the idle
 * validators' CPU per block was ~40 % higher with 4 MiB in five of six pairs, and with large
 * mempools (20,000 orders/s offered) the summed pauses were 1.5–2.5× V8's own sizing.
 *
 * FAULTLINE_SERVICE_SEMI_SPACE_MB: a whole number of MiB (1–1024), or 0 for V8's own sizing;
 * unset: SERVICE_SEMI_SPACE_MB_DEFAULT (0). The A/B: 0 against 4.
 */
export const SERVICE_SEMI_SPACE_ENV = 'FAULTLINE_SERVICE_SEMI_SPACE_MB';
export const SERVICE_SEMI_SPACE_MB_DEFAULT = 0;
const SEMI_SPACE_MB_MAX = 1024;

/**
 * V8's allocation-site pretenuring is off in every service (`--no-allocation-site-pretenuring`).
 * V8 watches the objects each literal site allocates and, when nearly all of them survive a
 * scavenge, allocates that site's objects straight in the old space from then on — a decision it
 * does not take back. A service takes it in its first seconds (the venue catching up, blocks of
 * thousands of orders, every object long-lived) for sites whose objects live a block or less
 * afterwards: each one then dies in the old space, and until the next mark-compact it holds every
 * young object it points to alive through scavenges, so those are copied and promoted too. In
 * one-tree runs at 5,000 orders/s (BENCHMARKS.md "Session 37 live", --trace-gc-nvp, load 7–21) the
 * execution node promoted 22–64 bytes per order in 22 of 22 steps without it (0.2–1.0 MB kept young
 * per scavenge, 0–2 mark-compacts a step); with it, 92–335 bytes per order (0.7–1.5 MB kept, 1–5
 * mark-compacts) in the 18 of 27 steps whose run had taken such a decision, 27–53 in the others.
 * The validators promoted alike either way (~390–450 bytes per order).
 *
 * FAULTLINE_SERVICE_PRETENURING=1 leaves V8 its pretenuring (as before, for side-by-side runs);
 * unset, empty or 0: off.
 */
export const SERVICE_PRETENURING_ENV = 'FAULTLINE_SERVICE_PRETENURING';

export function serviceNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env[SERVICE_SEMI_SPACE_ENV];
  const mb = raw === undefined || raw === '' ? SERVICE_SEMI_SPACE_MB_DEFAULT : /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
  if (!(mb >= 0 && mb <= SEMI_SPACE_MB_MAX)) throw new Error(`${SERVICE_SEMI_SPACE_ENV}=${raw}: expected a whole number of MiB from 0 (V8's own sizing) to ${SEMI_SPACE_MB_MAX}`);
  const pretenuring = env[SERVICE_PRETENURING_ENV];
  if (pretenuring !== undefined && pretenuring !== '' && pretenuring !== '0' && pretenuring !== '1') throw new Error(`${SERVICE_PRETENURING_ENV}=${pretenuring}: expected 1 (V8's allocation-site pretenuring on) or 0 (off, the default)`);
  return [...(pretenuring === '1' ? [] : ['--no-allocation-site-pretenuring']), ...(mb === 0 ? [] : [`--max-semi-space-size=${mb}`])];
}
