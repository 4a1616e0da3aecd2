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
