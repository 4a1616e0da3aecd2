/**
 * Chain integrity: every validator's and every execution replica's chain holds each height
 * once, in order, and is a prefix of the committed chain. Read from what they publish —
 * validators their committed blocks (`block.<id>`), replicas their executed heights
 * (`exec.<id>`, with the executed block's hash) — so it works the same in the simulator, live
 * and in replay. Independent of the consensus code: the committed chain is the first block hash
 * any validator published per height (agreement judges conflicts), and a block extends its
 * predecessor when its header's previous-block hash is the hash 2f+1 precommits signed at the
 * height below (the certificate's block hash), not a hash this monitor recomputes with the
 * consensus package's own function.
 *
 * Catches the commit wedge of issue 13 (a validator committing height 1 twice: chain 1, 1, 2)
 * and a replica executing a block at the wrong height (planted `skip-block-on-gap`).
 * A replica re-announces its last height after a restart: the same height with the same block
 * is not a second execution. Heights a publisher skipped (it synced past a crash) are not a
 * violation here: the next block it publishes must still extend the committed chain.
 */
import { BaseMonitor, type PublishedMessage, type Violation } from './monitor.ts';
import { hexOf } from './hex.ts';

/** Checks held for heights not yet committed (bounded: a run is a test input, not a stream). */
const DEFERRED_MAX = 10_000;

/**
 * A height's committed block hash and its first publisher. Made by `new`, not by a literal: one is
 * kept per height for the whole run, and once V8 decides to allocate a literal's objects in the old
 * generation it throws away the optimized code that inlined the literal (observeValidator, compiled
 * twice in every cold run for that; BENCHMARKS.md, "Session 35 sim"). A class has no such site.
 */
class CommittedAt {
  // Declared, not class fields (ES2022 would define each as undefined first, by an initializer).
  declare readonly hashHex: string;
  declare readonly by: string;
  constructor(hashHex: string, by: string) {
    this.hashHex = hashHex;
    this.by = by;
  }
}

export class ChainIntegrityMonitor extends BaseMonitor {
  readonly name = 'chain-integrity';
  readonly kind = 'safety' as const;
  readonly description = "every validator's and replica's chain is contiguous, holds each height once and is a prefix of the committed chain";
  /** height → the committed block hash (first published) and who published it. */
  private readonly committed = new Map<number, CommittedAt>();
  /** Validators: last published height and hash. */
  private readonly validatorTips = new Map<string, { height: number; hashHex: string }>();
  /** Replicas: last executed height and block hash. */
  private readonly replicaTips = new Map<string, { height: number; hashHex: string }>();
  /** Checks waiting for the committed block of a height nobody has published yet. */
  private readonly deferred: Array<{ height: number; hashHex: string; what: string; timeUs: number; who: string }> = [];
  private readonly reported = new Set<string>();

  observe(message: PublishedMessage): void {
    const committed = message.envelope.committedBlock;
    if (committed) this.observeValidator(message, committed);
    const executed = message.envelope.blockExecuted;
    if (executed) this.observeReplica(message, executed);
  }

  private observeValidator(message: PublishedMessage, committed: NonNullable<PublishedMessage['envelope']['committedBlock']>): void {
    const who = message.from;
    const height = Number(committed.block?.header?.height ?? 0);
    const hashHex = hexOf(committed.certificate?.blockHash);
    if (height < 1 || hashHex === '') return this.once(who, 'malformed', { timeUs: message.timeUs, detail: `${who} published a committed block without a height or certificate hash`, involved: [who] });
    const tip = this.validatorTips.get(who);
    if (tip && height <= tip.height) {
      this.once(who, `again/${height}`, {
        timeUs: message.timeUs,
        height,
        detail: `${who} committed height ${height} after height ${tip.height}${height === tip.height ? ' (the same height twice)' : ''}`,
        involved: [who],
      });
    }
    this.validatorTips.set(who, { height: Math.max(height, tip?.height ?? 0), hashHex });
    if (!this.committed.has(height)) this.committed.set(height, new CommittedAt(hashHex, who));
    this.expect(height, hashHex, `committed block ${hashHex.slice(0, 16)}…`, message.timeUs, who);
    // The block extends the committed chain: its previous-block hash is the certified hash below.
    const prevHex = hexOf(committed.block?.header?.prevBlockHash);
    if (height === 1) {
      if (prevHex !== '') this.once(who, `genesis/${height}`, { timeUs: message.timeUs, height, detail: `${who}'s block 1 names a previous block`, involved: [who] });
    } else {
      this.expect(height - 1, prevHex, `block ${height} extends ${prevHex.slice(0, 16)}…`, message.timeUs, who);
    }
  }

  private observeReplica(message: PublishedMessage, executed: NonNullable<PublishedMessage['envelope']['blockExecuted']>): void {
    const who = executed.replicaId || message.from;
    const height = Number(executed.height ?? 0);
    const hashHex = hexOf(executed.blockHash);
    const tip = this.replicaTips.get(who);
    if (tip && (height < tip.height || (height === tip.height && hashHex !== tip.hashHex))) {
      this.once(who, `again/${height}`, {
        timeUs: message.timeUs,
        height,
        detail: `${who} executed height ${height} after height ${tip.height}${height === tip.height ? ' with another block' : ''}`,
        involved: [who],
      });
    }
    if (!tip || height > tip.height) this.replicaTips.set(who, { height, hashHex });
    // A replica that reports no block hash cannot be checked against the chain (older logs).
    if (hashHex !== '') this.expect(height, hashHex, `executed block ${hashHex.slice(0, 16)}…`, message.timeUs, who);
  }

  /** The committed chain holds `hashHex` at `height` (checked now, or once someone commits it). */
  private expect(height: number, hashHex: string, what: string, timeUs: number, who: string): void {
    const chain = this.committed.get(height);
    if (!chain) {
      if (this.deferred.length < DEFERRED_MAX) this.deferred.push({ height, hashHex, what, timeUs, who });
      return;
    }
    if (chain.hashHex !== hashHex) {
      this.once(who, `prefix/${height}`, {
        timeUs,
        height,
        detail: `${who}: ${what} at height ${height}, the committed chain has ${chain.hashHex.slice(0, 16)}… (${chain.by})`,
        involved: [who, chain.by],
      });
    }
  }

  finish(): void {
    for (const pending of this.deferred.splice(0)) {
      const chain = this.committed.get(pending.height);
      if (chain) this.expect(pending.height, pending.hashHex, pending.what, pending.timeUs, pending.who);
      else this.once(pending.who, `unknown/${pending.height}`, { timeUs: pending.timeUs, height: pending.height, detail: `${pending.who}: ${pending.what} at height ${pending.height}, which no validator committed`, involved: [pending.who] });
    }
  }

  private once(who: string, key: string, violation: Omit<Violation, 'invariant'>): void {
    const full = `${who}/${key}`;
    if (this.reported.has(full)) return;
    this.reported.add(full);
    this.violate(violation);
  }
}
