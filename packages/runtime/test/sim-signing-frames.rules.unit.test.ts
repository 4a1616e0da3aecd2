/**
 * The simulator's signing switch (SimulationOptions.signing, FAULTLINE_SIM_SIGNING): with 'worker'
 * an actor's host offers a signer and a vote's or a proposal's frame is encoded at its first
 * delivery (so its signature is read then, not at publish); every other frame, and every frame
 * with 'main', is encoded at publish. The bytes, and so the trace, are the same either way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, signBytes, type faultline } from '@faultline/protocol';
import type { Host } from '@faultline/runtime';
import { sharedSigner, Simulation, simSigning, type SimSigning } from '@faultline/runtime/sim';

const key = deriveKeyPair(3, 'validator-1');

/** A vote whose signature counts its reads (a getter, as a deferred signature is). */
function countedVote(reads: { n: number }): faultline.v1.IVote {
  const vote: faultline.v1.IVote = { type: pb.VoteType.VOTE_TYPE_PREVOTE, height: 1, round: 0, validatorId: 'validator-1', timestampUs: 5 };
  const signature = signBytes(key.privateKey, new Uint8Array([1, 2, 3]));
  Object.defineProperty(vote, 'signature', {
    enumerable: true,
    get() {
      reads.n++;
      return signature;
    },
  });
  return vote;
}

interface Seen {
  signer: boolean;
  readsAtPublish: number;
  readsAtDelivery: number[];
  trace: string;
  delivered: number;
}

function run(signing: SimSigning, body: 'vote' | 'proposal' | 'status'): Seen {
  const sim = new Simulation({ seed: 9, signing });
  const reads = { n: 0 };
  const seen: Seen = { signer: false, readsAtPublish: -1, readsAtDelivery: [], trace: '', delivered: 0 };
  try {
    sim.addActor('validator-1', (host: Host) => ({
      start() {
        seen.signer = host.signer !== undefined;
        host.setTimer(1_000, () => {
          const vote = countedVote(reads);
          if (body === 'vote') host.publish('consensus.validator-1', { vote });
          else if (body === 'proposal') host.publish('consensus.validator-1', { proposal: { height: 2, round: 0, polRound: -1, proposerId: 'validator-1', block: { header: { height: 2 }, lastCommit: { height: 1, round: 0, precommits: [vote] } } } });
          else host.publish('consensus.validator-1', { committedBlock: { block: { header: { height: 2 }, lastCommit: { height: 1, round: 0, precommits: [vote] } } } });
          seen.readsAtPublish = reads.n;
        });
      },
    }));
    for (const id of ['validator-2', 'validator-3']) {
      sim.addActor(id, (host: Host) => ({
        start() {
          host.subscribe('consensus.*', () => {
            seen.readsAtDelivery.push(reads.n);
            seen.delivered++;
          });
        },
      }));
    }
    sim.runFor(100_000);
    seen.trace = sim.traceHash();
    return seen;
  } finally {
    sim.close();
  }
}

afterEach(() => {
  delete process.env['FAULTLINE_SIM_SIGNING'];
});

describe('frames and the signing switch', () => {
  it("'worker': the host offers a signer, and a vote's frame is encoded at its first delivery, once, to the same bytes", () => {
    const worker = run('worker', 'vote');
    const main = run('main', 'vote');
    expect(worker.signer).toBe(true);
    expect(main.signer).toBe(false);
    expect(worker.readsAtPublish).toBe(0);
    // Encoded once for both recipients, before the first handler ran.
    expect(worker.readsAtDelivery).toEqual([1, 1]);
    expect(main.readsAtPublish).toBe(1);
    expect(main.readsAtDelivery).toEqual([1, 1]);
    expect(worker.delivered).toBe(2);
    expect(worker.trace).toBe(main.trace);
  });

  it("'worker': a proposal's frame too (its last commit's precommits are read at the first delivery)", () => {
    const worker = run('worker', 'proposal');
    const main = run('main', 'proposal');
    expect(worker.readsAtPublish).toBe(0);
    expect(worker.readsAtDelivery).toEqual([1, 1]);
    expect(main.readsAtPublish).toBe(1);
    expect(worker.trace).toBe(main.trace);
  });

  it("'worker': any other body (a committed block carrying the vote) is encoded at publish, as with 'main'", () => {
    const worker = run('worker', 'status');
    const main = run('main', 'status');
    expect(worker.readsAtPublish).toBe(1);
    expect(main.readsAtPublish).toBe(1);
    expect(worker.trace).toBe(main.trace);
  });

  it("the default is FAULTLINE_SIM_SIGNING if set, else 'main'; any other value is refused by name", () => {
    expect(simSigning('worker')).toBe('worker');
    expect(simSigning('main')).toBe('main');
    process.env['FAULTLINE_SIM_SIGNING'] = 'main';
    expect(simSigning('worker')).toBe('main');
    process.env['FAULTLINE_SIM_SIGNING'] = 'worker';
    expect(simSigning('main')).toBe('worker');
    process.env['FAULTLINE_SIM_SIGNING'] = '';
    expect(simSigning('worker')).toBe('worker');
    process.env['FAULTLINE_SIM_SIGNING'] = 'both';
    expect(() => simSigning('main')).toThrow("FAULTLINE_SIM_SIGNING must be 'main' or 'worker' (got 'both')");
    expect(() => new Simulation({ seed: 1 })).toThrow(/FAULTLINE_SIM_SIGNING/);
    delete process.env['FAULTLINE_SIM_SIGNING'];
    const sim = new Simulation({ seed: 1 });
    expect(sim.signerForActors()).toBeUndefined();
    expect(sim.signerStats()).toBeUndefined();
  });

  it('a closed simulation offers no signer and its lease is settled; the thread stays for the next simulation, which shares it', () => {
    const sim = new Simulation({ seed: 1, signing: 'worker' });
    const sign = sim.signerForActors();
    expect(sign).toBeDefined();
    expect(sim.signerForActors()).toBe(sign);
    expect(sim.signerStats()).toEqual({ jobs: 0, signedHere: 0, reads: 0, waited: 0, waitedNs: 0, stolen: 0 });
    const thread = sharedSigner();
    sim.close();
    expect(sim.signerForActors()).toBeUndefined();
    expect(() => sign?.(deriveKeyPair(1, 'validator-1').privateKey, new Uint8Array(8))).toThrow('signing worker: sign after the lease settled');
    expect(thread.unusable).toBe(false);
    const next = new Simulation({ seed: 2, signing: 'worker' });
    expect(next.signerForActors()).toBeDefined();
    expect(sharedSigner()).toBe(thread);
    next.close();
    sim.close();
  });
});
