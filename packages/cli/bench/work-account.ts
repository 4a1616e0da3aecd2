/**
 * The work per order and per height of a live bench step (issue 15 item 2, session 34): counts the
 * load average does not move, so that a change's effect shows even when the step's p99 at that
 * load cannot. Taken as a snapshot before and after the step:
 *
 * - the broker (nats-server's monitoring endpoint): `/varz` messages and bytes in and out, and
 *   `/connz?subs=detail` per connection (its name is `<run>/<actor>`) and per subscription (the
 *   messages the server delivered on it) — which subjects cost the server a delivery and the
 *   receiver a wake-up and a parse;
 * - per process group (/proc): CPU time, and context switches of every thread — voluntary (the
 *   thread blocked: an event loop going back to epoll, a Go thread parking) and involuntary (taken
 *   off a core) — the wake-ups the two cores schedule.
 *
 * Each figure is divided by the step's orders (sent) or heights (blocks validator-1 committed
 * during the step). The broker's counts include the bench's own connection (its hop trace reads
 * every proposal, vote and block: measurement, not venue), reported apart as `bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** What the server counted for one connection or the whole server. */
export interface MsgCounts {
  inMsgs: number;
  outMsgs: number;
  inBytes: number;
  outBytes: number;
}

export interface WorkSnapshot {
  broker: MsgCounts;
  /** Per process group (connection name's actor id → group). */
  connections: Record<string, MsgCounts>;
  /** Messages delivered per (group, subscription subject). */
  deliveries: Record<string, number>;
  cpuS: Record<string, number>;
  voluntary: Record<string, number>;
  involuntary: Record<string, number>;
}

/**
 * A step's account (StepFigures.workAccount; a --json field, a contract: every figure is a
 * per-order or per-height rate over the step, named by its unit).
 */
export interface WorkAccount {
  orders: number;
  heights: number;
  /** Broker totals per order: messages and bytes into and out of nats-server (every connection, JetStream's included). */
  brokerPerOrder: MsgCounts;
  /** The same per height. */
  brokerPerHeight: MsgCounts;
  /** Per process group: messages the broker took from it (in) and delivered to it (out), per order. */
  connectionsPerOrder: Record<string, MsgCounts>;
  /** Messages delivered per order, per "group subject" (a subscription's subject, the largest first; at most 12). */
  deliveriesPerOrder: Record<string, number>;
  /** The same per height. */
  deliveriesPerHeight: Record<string, number>;
  /** CPU ms per 1,000 orders per process group. */
  cpuMsPerKiloOrder: Record<string, number>;
  /** Context switches per height per process group (every thread): voluntary (wake-ups) and involuntary (preemptions). */
  wakeupsPerHeight: Record<string, number>;
  preemptionsPerHeight: Record<string, number>;
}

const ZERO: MsgCounts = { inMsgs: 0, outMsgs: 0, inBytes: 0, outBytes: 0 };

/** The group of an actor id, as the bench's CPU figures name them. */
export function groupOf(actorId: string): string {
  if (actorId.startsWith('validator')) return 'validators';
  if (actorId.startsWith('exec')) return 'execution';
  if (actorId === 'bench') return 'bench';
  return 'oracles';
}

interface Connz {
  connections?: Array<{ name?: string; in_msgs: number; out_msgs: number; in_bytes: number; out_bytes: number; subscriptions_list_detail?: Array<{ subject: string; msgs: number }> }>;
}

/** A snapshot of the broker (monitorUrl; none: zeros) and of the processes (pids by group). */
export async function workSnapshot(monitorUrl: string | undefined, runId: string, pids: ReadonlyArray<readonly [string, number | 'self' | undefined]>): Promise<WorkSnapshot> {
  const snapshot: WorkSnapshot = { broker: { ...ZERO }, connections: {}, deliveries: {}, cpuS: {}, voluntary: {}, involuntary: {} };
  for (const [group, pid] of pids) {
    const { cpuS, voluntary, involuntary } = procCounts(pid);
    snapshot.cpuS[group] = (snapshot.cpuS[group] ?? 0) + cpuS;
    snapshot.voluntary[group] = (snapshot.voluntary[group] ?? 0) + voluntary;
    snapshot.involuntary[group] = (snapshot.involuntary[group] ?? 0) + involuntary;
  }
  if (!monitorUrl) return snapshot;
  try {
    const varz = (await (await fetch(`${monitorUrl}/varz`)).json()) as { in_msgs: number; out_msgs: number; in_bytes: number; out_bytes: number };
    snapshot.broker = { inMsgs: varz.in_msgs, outMsgs: varz.out_msgs, inBytes: varz.in_bytes, outBytes: varz.out_bytes };
    const connz = (await (await fetch(`${monitorUrl}/connz?subs=detail&limit=4096`)).json()) as Connz;
    for (const connection of connz.connections ?? []) {
      const name = connection.name ?? '';
      if (!name.startsWith(`${runId}/`)) continue;
      const group = groupOf(name.slice(runId.length + 1));
      const into = (snapshot.connections[group] ??= { ...ZERO });
      into.inMsgs += connection.in_msgs;
      into.outMsgs += connection.out_msgs;
      into.inBytes += connection.in_bytes;
      into.outBytes += connection.out_bytes;
      for (const sub of connection.subscriptions_list_detail ?? []) {
        // `<prefix>.<run>.<subject>`: the run's prefix dropped, so the subject reads as the actors name it.
        const at = sub.subject.indexOf(`${runId}.`);
        const key = `${group} ${at >= 0 ? sub.subject.slice(at + runId.length + 1) : sub.subject}`;
        snapshot.deliveries[key] = (snapshot.deliveries[key] ?? 0) + sub.msgs;
      }
    }
  } catch {
    // No monitoring answer: the process counts alone.
  }
  return snapshot;
}

/** The account of a step from its two snapshots. */
export function workAccount(before: WorkSnapshot, after: WorkSnapshot, orders: number, heights: number): WorkAccount {
  const per = (n: number, d: number): number => (d > 0 ? n / d : 0);
  const countsPer = (a: MsgCounts, b: MsgCounts, d: number): MsgCounts => ({
    inMsgs: per(a.inMsgs - b.inMsgs, d),
    outMsgs: per(a.outMsgs - b.outMsgs, d),
    inBytes: per(a.inBytes - b.inBytes, d),
    outBytes: per(a.outBytes - b.outBytes, d),
  });
  const deliveries = (d: number): Record<string, number> =>
    Object.fromEntries(
      Object.entries(after.deliveries)
        .map(([key, n]) => [key, n - (before.deliveries[key] ?? 0)] as const)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([key, n]) => [key, per(n, d)]),
    );
  const byGroup = (a: Record<string, number>, b: Record<string, number>, scale: number, d: number): Record<string, number> =>
    Object.fromEntries(Object.entries(a).map(([group, n]) => [group, per((n - (b[group] ?? 0)) * scale, d)]));
  return {
    orders,
    heights,
    brokerPerOrder: countsPer(after.broker, before.broker, orders),
    brokerPerHeight: countsPer(after.broker, before.broker, heights),
    connectionsPerOrder: Object.fromEntries(Object.entries(after.connections).map(([group, counts]) => [group, countsPer(counts, before.connections[group] ?? ZERO, orders)])),
    deliveriesPerOrder: deliveries(orders),
    deliveriesPerHeight: deliveries(heights),
    cpuMsPerKiloOrder: byGroup(after.cpuS, before.cpuS, 1e6, orders),
    wakeupsPerHeight: byGroup(after.voluntary, before.voluntary, 1, heights),
    preemptionsPerHeight: byGroup(after.involuntary, before.involuntary, 1, heights),
  };
}

/** The step's line. */
export function formatWork(w: WorkAccount): string {
  const f = (n: number, digits = 2): string => n.toFixed(digits);
  const groups = (r: Record<string, number>, digits: number): string => Object.entries(r).map(([g, n]) => `${g} ${f(n, digits)}`).join(' ');
  return (
    `work over ${w.orders} orders, ${w.heights} heights: broker per order msgs in/out ${f(w.brokerPerOrder.inMsgs)}/${f(w.brokerPerOrder.outMsgs)}, bytes in/out ${f(w.brokerPerOrder.inBytes, 0)}/${f(w.brokerPerOrder.outBytes, 0)} ` +
    `(per height msgs ${f(w.brokerPerHeight.inMsgs, 0)}/${f(w.brokerPerHeight.outMsgs, 0)}); per order by connection in/out ${Object.entries(w.connectionsPerOrder).map(([g, c]) => `${g} ${f(c.inMsgs)}/${f(c.outMsgs)}`).join(' ')}; ` +
    `deliveries per order ${Object.entries(w.deliveriesPerOrder).map(([k, n]) => `${k} ${f(n)}`).join(', ')}; ` +
    `cpu ms per 1,000 orders ${groups(w.cpuMsPerKiloOrder, 0)}; wake-ups per height ${groups(w.wakeupsPerHeight, 0)}; preemptions per height ${groups(w.preemptionsPerHeight, 0)}`
  );
}

/** A window with no orders (the bench's idle window): the account per height alone. */
export function formatHeightWork(w: WorkAccount): string {
  const f = (n: number, digits = 0): string => n.toFixed(digits);
  const groups = (r: Record<string, number>): string => Object.entries(r).map(([g, n]) => `${g} ${f(n)}`).join(' ');
  return (
    `work over ${w.heights} heights: broker per height msgs in/out ${f(w.brokerPerHeight.inMsgs)}/${f(w.brokerPerHeight.outMsgs)}, bytes in/out ${f(w.brokerPerHeight.inBytes)}/${f(w.brokerPerHeight.outBytes)}; ` +
    `wake-ups per height ${groups(w.wakeupsPerHeight)}; preemptions per height ${groups(w.preemptionsPerHeight)}; ` +
    `deliveries per height ${Object.entries(w.deliveriesPerHeight).map(([k, n]) => `${k} ${f(n, 1)}`).join(', ')}`
  );
}

/** CPU s and context switches so far of a process, every thread (/proc; zeros when it is gone). */
function procCounts(pid: number | 'self' | undefined): { cpuS: number; voluntary: number; involuntary: number } {
  const counts = { cpuS: 0, voluntary: 0, involuntary: 0 };
  if (pid === undefined) return counts;
  try {
    counts.cpuS = procCpuSeconds(pid);
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'latin1');
        counts.voluntary += Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
        counts.involuntary += Number(/^nonvoluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      } catch {
        // The thread ended between the listing and the read (its switches leave the count with it).
      }
    }
  } catch {
    // The process is gone.
  }
  return counts;
}

/** CPU s so far of a process, every thread (/proc/<pid>/stat's utime + stime; 0 when it is gone). */
export function procCpuSeconds(pid: number | 'self' | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5); fields[0] here is field 3. In clock ticks.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
