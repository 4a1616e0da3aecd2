import { describe, expect, it } from 'vitest';
import { ConsensusAgreementMonitor, ReplicaHashMonitor, report } from '@faultline/sim';

const hash = (byte: number) => new Uint8Array(32).fill(byte);
const commit = (from: string, height: number, byte: number) => ({
  timeUs: height * 1_000,
  from,
  subject: `block.${from}`,
  envelope: { sender: from, committedBlock: { block: { header: { height } }, certificate: { height, blockHash: hash(byte) } } },
});
const executed = (replica: string, height: number, byte: number) => ({
  timeUs: height * 1_000,
  from: replica,
  subject: `exec.${replica}`,
  envelope: { sender: replica, blockExecuted: { height, replicaId: replica, stateHash: hash(byte) } },
});

describe('consensus agreement monitor', () => {
  it('passes when every validator commits the same block per height, in any order, with duplicates', () => {
    const monitor = new ConsensusAgreementMonitor();
    for (const message of [commit('v1', 1, 1), commit('v2', 1, 1), commit('v2', 2, 2), commit('v1', 2, 2), commit('v1', 2, 2)]) {
      monitor.observe(message);
    }
    expect(monitor.violations()).toEqual([]);
    expect(monitor.highestHeight).toBe(2);
  });

  it('reports two different blocks at one height once, naming both validators', () => {
    const monitor = new ConsensusAgreementMonitor();
    monitor.observe(commit('v1', 3, 1));
    monitor.observe(commit('v3', 3, 9));
    monitor.observe(commit('v3', 3, 9));
    expect(monitor.violations()).toHaveLength(1);
    expect(monitor.violations()[0]).toMatchObject({ invariant: 'consensus-agreement', height: 3, involved: ['v1', 'v3'] });
    expect(report([monitor])[0]?.passed).toBe(false);
  });
});

describe('replica state hash monitor', () => {
  it('passes when replicas agree and reports the first divergent height', () => {
    const monitor = new ReplicaHashMonitor();
    monitor.observe(executed('e1', 1, 1));
    monitor.observe(executed('e2', 1, 1));
    expect(monitor.violations()).toEqual([]);
    monitor.observe(executed('e1', 2, 2));
    monitor.observe(executed('e2', 2, 7));
    expect(monitor.violations()).toHaveLength(1);
    expect(monitor.violations()[0]?.height).toBe(2);
    expect(monitor.heights.get('e2')).toBe(2);
  });
});

describe('validity monitor (venue runs: every published tx is submitted)', () => {
  it('passes submitted txs committed once and evidence; fails a tx committed twice and one nobody submitted, by name', async () => {
    const { ValidityMonitor } = await import('@faultline/sim');
    const { encodeMessage } = await import('@faultline/protocol');
    const tx = (nonce: number) => ({ clientId: 'trader-1', nonce, submittedAtUs: nonce, deposit: { accountId: 'trader-1', amount: 1 } });
    const published = (nonce: number) => ({ timeUs: nonce, from: 'trader-1', subject: 'tx.trader-1', envelope: { sender: 'trader-1', tx: tx(nonce) } });
    const block = (from: string, height: number, nonces: number[]) => ({
      timeUs: height * 1_000,
      from,
      subject: `block.${from}`,
      envelope: { sender: from, committedBlock: { block: { header: { height }, txs: nonces.map((n) => encodeMessage('Transaction', tx(n))) }, certificate: { height, blockHash: hash(height) } } },
    });
    const monitor = new ValidityMonitor();
    for (const m of [published(1), published(2), block('v1', 1, [1]), block('v2', 1, [1]), block('v1', 2, [2])]) monitor.observe(m);
    expect(monitor.violations()).toEqual([]);
    monitor.observe(block('v1', 3, [1]));
    monitor.observe(block('v1', 4, [3]));
    expect(monitor.violations().map((v) => [v.invariant, v.height, v.detail.split(':')[0]])).toEqual([
      ['validity', 3, 'a tx committed twice'],
      ['validity', 4, 'a committed tx nobody submitted at height 4 (v1)'],
    ]);
  });
});
