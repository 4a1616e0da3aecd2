/**
 * The validator service's warm-up (FAULTLINE_WARM_UP=1; off by default — it delays a venue's
 * start, see services/kit/src/run-actor-service.ts): before the process connects to the broker, it runs the real
 * per-block code (ValidatorActor over the consensus core: tx admission and hashing, the mempool,
 * proposals and their validation by the other validators, signed votes and their checks, commits,
 * the write-ahead records' encoding, the envelope codec) on a **scratch chain** in the
 * simulator, so V8 has optimized it before the venue's first orders arrive.
 *
 * Why: a live validator meets its first orders in V8's interpreter and baseline tiers; the live
 * bench measured its main thread at ~270-300 µs per order over the venue's first 12 s of load
 * against ~180-210 µs later (BENCHMARKS.md, "Session 22 live cold start").
 *
 * No trace in the real venue — by construction:
 * - it runs before the service connects (runServiceProcess' `prepare`): it has no broker
 *   connection, no host of the real run, no durable log but the simulator's in-memory one;
 * - its four validators are scratch ones (ids `warm-up-<n>`, keys from WARM_UP_KEY_SEED and
 *   those ids, never a real validator's), its chain and client are its own, and all of it is
 *   dropped when it returns;
 * - what stays in the process is V8's compiled code and the signing module's bounded memos, which
 *   answer as a fresh verification would (keyed by the scratch keys; see protocol signing.ts).
 * `validator-warm-up.rules.unit.test.ts` checks the ids, the keys, that the real config object is
 * not written, and that a consensus run after a warm-up is the same, trace for trace, as one without.
 */
import { type TimeoutConfig, COMETBFT_TIMEOUTS } from '@faultline/consensus';
import { pb, type faultline } from '@faultline/protocol';
import { Simulation } from '@faultline/runtime/sim';
import { createValidator, type ValidatorActor } from './validator-actor.ts';
import type { ValidatorConfig } from './validator-core.ts';

/** The scratch chain's key seed (its validators' keys derive from it and their `warm-up-<n>` ids). */
export const WARM_UP_KEY_SEED = 0x5741524d; // 'WARM'
/** The scratch validators' ids: never a real actor id (a real validator is `validator-<n>`). */
export const WARM_UP_IDS = ['warm-up-1', 'warm-up-2', 'warm-up-3', 'warm-up-4'] as const;

export interface WarmUpOptions {
  /** Simulated time the scratch chain runs under load, after its first commit (default 2 s: 10,000 orders, ~100 heights; ~1.4 s of CPU here, the first half of it cold). */
  durationUs?: number;
  /** Orders its client submits per simulated second (default 5,000, as the live bench's step). */
  ordersPerSecond?: number;
}

export interface WarmUpSummary {
  /** Heights the scratch chain committed, and orders submitted. */
  heights: number;
  orders: number;
  /**
   * Of those orders, how many the scratch chain committed: the admission, mempool, proposal and
   * commit paths ran only for these — a warm-up whose orders were all refused would have warmed
   * the refusal path instead (the service logs it beside the heights).
   */
  txsCommitted: number;
  /** CPU time the warm-up took (this process), µs. */
  cpuUs: number;
}

/**
 * Runs the scratch chain with the real validator's timeouts and limits (so the same paths run:
 * e.g. the fast profile's 10 ms commit wait and its block sizes).
 */
export function warmUpValidator(config: Pick<ValidatorConfig, 'timeouts' | 'limits'>, options: WarmUpOptions = {}): WarmUpSummary {
  const cpuBefore = process.cpuUsage();
  const durationUs = options.durationUs ?? 2_000_000;
  const rate = options.ordersPerSecond ?? 5_000;
  const sim = new Simulation({ seed: WARM_UP_KEY_SEED, runId: 'warm-up' });
  const scratch: ValidatorConfig = {
    validatorIds: [...WARM_UP_IDS],
    keySeed: WARM_UP_KEY_SEED,
    timeouts: { ...((config.timeouts ?? COMETBFT_TIMEOUTS) as TimeoutConfig) },
    ...(config.limits ? { limits: { ...config.limits } } : {}),
  };
  const actors: ValidatorActor[] = [];
  for (const id of WARM_UP_IDS) {
    sim.addActor(id, (host) => {
      const actor = createValidator(scratch)(host) as ValidatorActor;
      actors.push(actor);
      return actor;
    });
  }
  let orders = 0;
  let loading = false;
  // A client as the live bench's: crossing limit orders of one lot, 32 accounts, a tick each ms.
  sim.addActor('warm-up-client', (host) => ({
    start() {
      let nonce = 0;
      let due = 0;
      const tick = (): void => {
        // The load starts with the chain's first commit (a fresh chain's first height takes ~3 s of simulated time).
        if (!loading) {
          host.setTimer(1_000, tick);
          return;
        }
        due += rate / 1000;
        for (; due >= 1; due--) {
          const i = orders++;
          const tx: faultline.v1.ITransaction = {
            clientId: `warm-up-client-${i % 32}`,
            nonce: ++nonce,
            submittedAtUs: host.now(),
            placeOrder: {
              accountId: `warm-up-client-${i % 32}`,
              marketId: 1,
              clientOrderId: i + 1,
              side: i % 2 === 0 ? pb.Side.SIDE_SELL : pb.Side.SIDE_BUY,
              type: pb.OrderType.ORDER_TYPE_LIMIT,
              timeInForce: pb.TimeInForce.TIME_IN_FORCE_GTC,
              priceTicks: 30_000,
              sizeLots: 1,
            },
          };
          host.publish(`tx.warm-up-client-${i % 32}`, { tx });
        }
        host.setTimer(1_000, tick);
      };
      host.setTimer(1_000, tick);
    },
  }));
  const height = (): number => Math.max(0, ...actors.map((actor) => actor.consensus.committedHeight));
  for (let waitedUs = 0; height() < 1 && waitedUs < 30_000_000; waitedUs += 100_000) sim.runFor(100_000);
  loading = true;
  sim.runFor(durationUs);
  const cpu = process.cpuUsage(cpuBefore);
  return { heights: height(), orders, txsCommitted: txsCommitted(actors), cpuUs: cpu.user + cpu.system };
}

/** Txs in the chain of the validator that committed most (the scratch validators keep every block decoded). */
function txsCommitted(actors: readonly ValidatorActor[]): number {
  let most = 0;
  for (const actor of actors) {
    let txs = 0;
    for (const committed of actor.consensus.chain) txs += committed.block?.txs?.length ?? 0;
    most = Math.max(most, txs);
  }
  return most;
}
