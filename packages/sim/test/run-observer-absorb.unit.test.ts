/**
 * The run observer moves each monitor's violations into its verdicts once: after every publish it
 * takes the ones found since the last time (RunObserver.absorb), from every monitor the run has —
 * those given by the setup (validity in the simulator, certificates-valid with keys) included.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair } from '@faultline/protocol';
import { testVenueConfig } from '@faultline/venue/testing';
import { RunObserver } from '@faultline/sim';

const { config: venue } = testVenueConfig();
const hash = (byte: number) => new Uint8Array(32).fill(byte);

/** A committed block of `height` whose certificate names block hash `byte` (no precommits: certificates-valid fails it). */
const committed = (height: number, byte: number) => ({ block: { header: { height }, txs: [] }, certificate: { height, round: 0, blockHash: hash(byte), precommits: [] } });

describe('run observer: every monitor’s violations, each once', () => {
  it('two validators committing different blocks at a height: one agreement violation, however many publishes follow', () => {
    const observer = new RunObserver({ world: 'live', venue, faults: [], replicaIds: [] });
    observer.published({ timeUs: 1, from: 'validator-1', subject: 'block.validator-1', envelope: { committedBlock: committed(1, 1) } });
    observer.published({ timeUs: 2, from: 'validator-2', subject: 'block.validator-2', envelope: { committedBlock: committed(1, 2) } });
    for (let i = 0; i < 5; i++) observer.published({ timeUs: 3 + i, from: 'validator-3', subject: 'block.validator-3', envelope: { committedBlock: committed(1, 1) } });
    const agreement = observer.violationsSoFar().filter((v) => v.invariant === 'consensus-agreement');
    expect(agreement).toHaveLength(1);
    expect(observer.finish(10).violations.filter((v) => v.invariant === 'consensus-agreement')).toHaveLength(1);
  });

  it('the monitors a setup adds report too: certificates-valid (keys given) and validity (the simulator)', () => {
    const validatorKeys = ['validator-1', 'validator-2', 'validator-3', 'validator-4'].map((id) => ({ id, publicKeyRaw: deriveKeyPair(1, id).publicKeyRaw }));
    const observer = new RunObserver({ world: 'sim', venue, faults: [], replicaIds: [], validatorKeys });
    const block = { block: { header: { height: 1 }, txs: [new Uint8Array([0x0a, 0x00])] }, certificate: { height: 1, round: 0, blockHash: hash(1), precommits: [] } };
    observer.published({ timeUs: 1, from: 'validator-1', subject: 'block.validator-1', envelope: { committedBlock: block } });
    observer.published({ timeUs: 2, from: 'validator-1', subject: 'block.validator-1', envelope: { committedBlock: block } });
    const found = observer.violationsSoFar().map((v) => v.invariant);
    expect(found.filter((name) => name === 'certificates-valid')).toHaveLength(1);
    expect(found.filter((name) => name === 'validity')).toHaveLength(1);
  });

  it('a live run without keys or validity: the monitors it has still report', () => {
    const observer = new RunObserver({ world: 'live', venue, faults: [], replicaIds: [] });
    observer.published({ timeUs: 1, from: 'validator-1', subject: 'block.validator-1', envelope: { committedBlock: committed(2, 1) } });
    observer.published({ timeUs: 2, from: 'validator-1', subject: 'block.validator-1', envelope: { committedBlock: committed(1, 1) } });
    expect(observer.violationsSoFar().map((v) => v.invariant)).toEqual(['chain-integrity']);
  });
});
