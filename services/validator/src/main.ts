/**
 * The validator service: a thin main over the shared actor service (see services/kit). Before it
 * connects, with FAULTLINE_WARM_UP=1, it warms up on a scratch chain (packages/actors/src/validator/warm-up.ts; off by default: see services/kit).
 * A live validator gathers the client txs it relays over a window (LIVE_RELAY_WINDOW_US, unless
 * its spec sets relayWindowUs): validator-core.ts, "Relays". FAULTLINE_RELAY_WINDOW_US=<µs>
 * overrides both (0: each relayed tx alone, at once, as before — for side-by-side benches).
 * It publishes a committed block after its own commit record is durable. FAULTLINE_COMMIT_WITH_RECORD=1
 * (or commitWithRecord in its spec) publishes it together with the record: the record's append and
 * the block in one socket write, the record first, the block not waiting for the record's ack
 * (validator-core.ts "The block with its record"); off by default until a quiet one-tree A/B
 * measures it at least as good (BENCHMARKS.md "Session 32 live"; the variables are read in one
 * place, liveCommitOrder). FAULTLINE_COMMIT_BEFORE_RECORD=1 (or
 * commitBeforeRecord in its spec) publishes it ahead of the record; off by default since session 31:
 * a recovered validator cannot tell "killed before publishing" from "killed before the record", so it
 * skips the height, and when every validator is killed in that window nobody publishes the height
 * and chain-integrity fails a run that did nothing wrong (validator-core.ts "Crash in the commit gap";
 * packages/sim/test/chain-integrity-crash-gap.test.ts).
 * FAULTLINE_SKIP_COMMIT_WAIT=1 (or skipCommitWait in its spec) ends the commit wait once every
 * validator's precommit for the block is in (CometBFT's skip_timeout_commit). Off by default: on
 * this 2-core machine the extra blocks' fixed CPU outweighed the shorter interval (BENCHMARKS.md,
 * "Session 24 live").
 * The next proposer starts its height one host timer after its commit wait ends, so that the client
 * txs its socket holds are read before it reaps (reapAfterPoll, unless its spec says otherwise;
 * FAULTLINE_REAP_AT_ONCE=1: in the commit timer's own callback, as before — for side-by-side benches).
 * FAULTLINE_PROPOSE_AHEAD_US=<µs> (or proposeAheadUs in its spec): the next proposer builds, signs and
 * appends its proposal that long before its commit wait ends and sends it when the wait ends
 * (validator-core.ts "Build ahead"); 0, the default, builds it when the wait ends.
 * FAULTLINE_DELIVER_FROM_LOG=1 (or deliverFromLog in its spec) also takes its peers' proposals and
 * votes from their logs as the broker delivers them once stored, one hop earlier than their publishes
 * after the ack (the run stream makes those copies only with the variable: storedLogDeliveryOn).
 * Off by default: on this 2-core machine it did not shorten the interval, and more orders missed
 * the next proposal (BENCHMARKS.md, "Session 26 live" and "Session 26 integrator quiet window").
 * It keeps the newest LIVE_CHAIN_BLOCKS_KEPT committed blocks decoded and older ones as their
 * encoding (unless its spec sets chainBlocksKept; FAULTLINE_CHAIN_BLOCKS_KEPT=0: every block decoded, as
 * before — for side-by-side benches): its heap no longer grows by a decoded block a height.
 * FAULTLINE_WAL_BATCH=1 (or walBatch in its spec) writes the records one input makes back to back
 * (its lock and precommit) as one log entry (validator-core.ts, "Write-ahead batches"): one JetStream
 * append a height fewer. Off by default: it measured cheaper for empty blocks and not for 20 KB
 * ones (BENCHMARKS.md, "Session 30 live"; bench/wal-appends.ts).
 * FAULTLINE_WAL_HOLD_COMMIT=1 (or walHoldCommit in its spec; the block ahead of its record)
 * also holds each commit record whose block went out ahead of it until its next record, in one
 * entry with it (validator-core.ts, "Held commit records"): a height two appends instead of four.
 * Off by default until a one-tree A/B measures it better (BENCHMARKS.md, "Session 31 live"). It
 * puts the block ahead of its record too unless that is set; set off, the service refuses to start
 * (it would hold nothing).
 * FAULTLINE_IDLE_SCAVENGE_PCT=<1-99>: after publishing its committed block, a validator that is not the
 * next proposer asks V8 for a scavenge when its young generation is at least that full — in the
 * commit wait rather than on the proposal → commit path (idle-scavenge.ts). Off by default: at loads
 * of 10–15 it moved about half the scavenges there, each 9–12 ms on average (the commit wait is 10),
 * and no change in p99 or the block interval showed (BENCHMARKS.md, "Session 37 live").
 */
import { CHAIN_BLOCKS_KEPT_ENV, createValidator, type ValidatorActor, liveChainBlocksKept, liveCommitOrder, liveProposeAheadUs, LIVE_RELAY_WINDOW_US, PROPOSE_AHEAD_ENV, warmUpValidator, type ValidatorConfig } from '@faultline/actors';
import { rememberOwnSignatures } from '@faultline/protocol';
import { runActorService } from '@faultline/service-kit';
import { storedLogDeliveryOn } from '@faultline/runtime/nats';
import { IDLE_SCAVENGE_ENV, idleScavengePct, withIdleScavenge } from './idle-scavenge.ts';

// Its own signatures remembered as verified (protocol signing.ts rememberOwnSignatures: an ed25519
// signature is valid for its key and bytes by construction; the simulator does the same). Each
// block's last commit carries this validator's own precommit, which it never checks when it casts
// it: without this it verified its own signature once a height, ~0.1 ms of CPU on the way to its
// prevote for the next proposal. One validator per process, so the process's shared caches are its
// own. FAULTLINE_REMEMBER_OWN_SIGNATURES=0: verified afresh, as before (side-by-side benches).
rememberOwnSignatures(process.env['FAULTLINE_REMEMBER_OWN_SIGNATURES'] !== '0');

// FAULTLINE_IDLE_SCAVENGE_PCT=<1-99>: a scavenge in the commit wait when the young generation is that full (idle-scavenge.ts); off by default.
const idleScavengeFillPct = idleScavengePct(process.env[IDLE_SCAVENGE_ENV]);

await runActorService(['validator'], {
  warmUp: (spec) => ({ ...warmUpValidator(spec.config as ValidatorConfig) }),
  factory: (spec) => {
    const config = spec.config as ValidatorConfig;
    const override = process.env['FAULTLINE_RELAY_WINDOW_US'];
    const relayWindowUs = override !== undefined && override !== '' ? Number(override) : (config.relayWindowUs ?? LIVE_RELAY_WINDOW_US);
    if (!Number.isSafeInteger(relayWindowUs) || relayWindowUs < 0) throw new Error(`FAULTLINE_RELAY_WINDOW_US: a whole number of µs >= 0, got ${override}`);
    const { commitBeforeRecord, commitWithRecord, walHoldCommit } = liveCommitOrder(config, process.env);
    const make = createValidator({
      ...config,
      relayWindowUs,
      commitBeforeRecord,
      commitWithRecord,
      // Off by default: validator-core.ts votesWithRecord (the log giving up after a vote left is covered by the record-ahead file, runtime record-ahead.ts).
      votesWithRecord: config.votesWithRecord ?? process.env['FAULTLINE_VOTES_WITH_RECORD'] === '1',
      skipCommitWait: config.skipCommitWait ?? process.env['FAULTLINE_SKIP_COMMIT_WAIT'] === '1',
      reapAfterPoll: config.reapAfterPoll ?? process.env['FAULTLINE_REAP_AT_ONCE'] !== '1',
      // Off by default (live-options.ts PROPOSE_AHEAD_US_DEFAULT): validator-core.ts "Build ahead".
      proposeAheadUs: liveProposeAheadUs(config.proposeAheadUs, process.env[PROPOSE_AHEAD_ENV]),
      // The same switch as the run stream's republish (nats-log.ts): the stream and the validators agree.
      deliverFromLog: config.deliverFromLog ?? storedLogDeliveryOn(),
      // The newest committed blocks decoded, older ones as their encoding (validator-core.ts chainBlocksKept).
      ...liveChainBlocksKept(config.chainBlocksKept, process.env[CHAIN_BLOCKS_KEPT_ENV]),
      walBatch: config.walBatch ?? process.env['FAULTLINE_WAL_BATCH'] === '1',
      walHoldCommit,
    });
    if (idleScavengeFillPct === 0) return make;
    return (host) => {
      let actor: ValidatorActor | undefined;
      const isNextProposer = (): boolean => actor !== undefined && actor.consensus.validators.proposer(actor.consensus.height + 1, 0) === host.actorId;
      actor = make(withIdleScavenge(host, { fillPctMin: idleScavengeFillPct, isNextProposer, report: (line) => process.stderr.write(`${host.actorId} ${line}\n`) })) as ValidatorActor;
      return actor;
    };
  },
});
