/**
 * The execution node in the simulator with real validators: it applies the committed chain,
 * replicas agree on every state hash, a crashed replica rebuilds from its durable log and
 * catches up to the same hashes, and a forged block (no valid certificate) is refused.
 */
import { describe, expect, it } from 'vitest';
import { createValidator, createExecutionNode, ExecutionActor, TxSender } from '@faultline/actors';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { Simulation } from '@faultline/runtime/sim';
import { signBytes } from '@faultline/protocol';
import { oracleReportSigningBytes } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';
import type { Host } from '@faultline/runtime';

const VALIDATORS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const KEY_SEED = 7;

/** A scripted client: oracle reports every second, deposits, then crossing orders. */
function scriptedClient(oracleKeys: ReturnType<typeof testVenueConfig>['oracleKeys']) {
  return (host: Host) => ({
    start(): void {
      const senders = new Map<string, TxSender>();
      const sender = (id: string): TxSender => {
        let s = senders.get(id);
        if (!s) senders.set(id, (s = new TxSender(host, id)));
        return s;
      };
      let seq = 0;
      let tick = 0;
      const step = (): void => {
        tick++;
        seq++;
        for (const [oracleId, keys] of oracleKeys) {
          const report = { oracleId, marketId: 1, priceTicks: 10_000 + (tick % 7), observedAtUs: host.now(), reportSeq: seq };
          sender(oracleId).submit({ oracleReport: { ...report, signature: signBytes(keys.privateKey, oracleReportSigningBytes(report)) } });
        }
        if (tick === 1) for (const a of ['alice', 'bob']) sender(a).submit({ deposit: { accountId: a, amount: 5_000_000 } });
        if (tick > 3) {
          sender('alice').submit({ placeOrder: { accountId: 'alice', marketId: 1, side: 1, type: 1, timeInForce: 1, priceTicks: 10_000 + (tick % 5), sizeLots: 3 } });
          sender('bob').submit({ placeOrder: { accountId: 'bob', marketId: 1, side: 2, type: 2, sizeLots: 2 } });
        }
        host.setTimer(1_000_000, step);
      };
      host.setTimer(500_000, step);
    },
  });
}

function venueSim(seed: number) {
  const { config, oracleKeys } = testVenueConfig({ oracles: 3 });
  const sim = new Simulation({ seed, runId: `exec-${seed}` });
  for (const id of VALIDATORS) sim.addActor(id, createValidator({ validatorIds: VALIDATORS, keySeed: KEY_SEED, timeouts: DYDX_TIMEOUTS }));
  const replicas = new Map<string, ExecutionActor>();
  for (const id of ['exec-1', 'exec-2']) {
    sim.addActor(id, (host) => {
      const actor = createExecutionNode({ venue: config, validatorIds: VALIDATORS, keySeed: KEY_SEED, snapshotEveryBlocks: 5 })(host) as ExecutionActor;
      replicas.set(id, actor);
      return actor;
    });
  }
  sim.addActor('client', scriptedClient(oracleKeys));
  const hashes = new Map<string, Map<number, string>>();
  sim.observePublishes((p) => {
    const executed = p.envelope.blockExecuted;
    if (!executed) return;
    const byHeight = hashes.get(executed.replicaId ?? '') ?? new Map<number, string>();
    hashes.set(executed.replicaId ?? '', byHeight);
    byHeight.set(Number(executed.height), Buffer.from(executed.stateHash ?? []).toString('hex'));
  });
  return { sim, replicas, hashes };
}

describe('execution node', () => {
  it('applies the committed chain; replicas publish equal state hashes at every height; fills happen', () => {
    const { sim, replicas, hashes } = venueSim(1);
    let fills = 0;
    sim.observePublishes((p) => {
      for (const e of p.envelope.blockExecuted?.events ?? []) if (e.fill && p.envelope.blockExecuted?.replicaId === 'exec-1') fills++;
    });
    sim.runFor(30_000_000);
    const a = replicas.get('exec-1') as ExecutionActor;
    const b = replicas.get('exec-2') as ExecutionActor;
    expect(a.height).toBeGreaterThan(10);
    expect(b.height).toBe(a.height);
    expect(b.lastHashHex).toBe(a.lastHashHex);
    for (const [height, hash] of hashes.get('exec-1') ?? []) {
      const other = hashes.get('exec-2')?.get(height);
      if (other) expect(other, `height ${height}`).toBe(hash);
    }
    expect(fills).toBeGreaterThan(0);
  });

  it('a crashed replica rebuilds from its durable log and catches up to the same hash', () => {
    const { sim, replicas } = venueSim(2);
    sim.runFor(12_000_000);
    sim.crash('exec-2');
    sim.runFor(8_000_000);
    sim.restart('exec-2');
    sim.runFor(10_000_000);
    const a = replicas.get('exec-1') as ExecutionActor;
    const b = replicas.get('exec-2') as ExecutionActor;
    expect(b.counters.replayedOnStart).toBeGreaterThan(0);
    expect(b.counters.syncRequests).toBeGreaterThan(0);
    expect(b.height).toBe(a.height);
    expect(b.lastHashHex).toBe(a.lastHashHex);
  });

  it('refuses a committed block without a valid certificate', () => {
    const { sim, replicas } = venueSim(3);
    sim.addActor('forger', (host) => ({
      start(): void {
        host.setTimer(5_000_000, () => {
          host.publish('block.forger', {
            committedBlock: {
              block: { header: { height: 1_000, timeUs: host.now(), proposerId: 'validator-1' }, txs: [] },
              certificate: { height: 1_000, round: 0, blockHash: new Uint8Array(32), precommits: [] },
            },
          });
          const exec = replicas.get('exec-1') as ExecutionActor;
          host.publish('block.forger', {
            committedBlock: {
              block: { header: { height: exec.height + 1, timeUs: host.now(), proposerId: 'validator-1' }, txs: [] },
              certificate: { height: exec.height + 1, round: 0, blockHash: new Uint8Array(32), precommits: [] },
            },
          });
        });
      },
    }));
    sim.runFor(15_000_000);
    const a = replicas.get('exec-1') as ExecutionActor;
    const b = replicas.get('exec-2') as ExecutionActor;
    expect(a.counters.rejectedBlocks).toBeGreaterThan(0);
    expect(b.lastHashHex).toBe(a.lastHashHex);
  });

  it('same seed, same run: the trace hash repeats', () => {
    const one = venueSim(9);
    one.sim.runFor(10_000_000);
    const two = venueSim(9);
    two.sim.runFor(10_000_000);
    expect(two.sim.traceHash()).toBe(one.sim.traceHash());
  });
});
