/**
 * The `forge-sync` and `amnesia` Byzantine behaviours against the honest core, and the planted
 * variants they expose: `skip-cert-verify` (a synced block taken without checking its
 * certificate's signatures) and `ignore-lock` (a locked validator prevoting a fresh block).
 */
import { describe, expect, it } from 'vitest';
import { committedBlockProblem, hex, SignatureVerifier } from '@faultline/consensus';
import type { ConsensusVariant } from '@faultline/consensus/testing';
import { chainHeights, commitsIn, IDS, makeCore, ScriptedNet, validatorSet } from './core-harness.ts';

const S = 1_000_000;

describe('forge-sync: a peer that answers sync requests with blocks it made up', () => {
  /** Four cores, validator-4 the forger, three heights committed honestly. */
  function network(variant?: ConsensusVariant): ScriptedNet {
    const net = new ScriptedNet(IDS, (id) => makeCore(id, id === 'validator-4' ? { byzantine: 'forge-sync' } : variant ? { variant } : {}));
    net.start();
    net.runUntil(2 * S);
    // Mid-height (a synced copy of a height in its commit wait changes nothing), the forger level with validator-1.
    while (net.core('validator-1').step === 'commit' || net.core('validator-4').committedHeight < net.core('validator-1').committedHeight) {
      if (net.nowUs >= 10 * S) throw new Error('validator-1 never left its commit wait level with the forger within 10 s');
      net.runUntil(net.nowUs + 5_000);
    }
    return net;
  }

  it('claims a height ahead and forges the next block on the real chain: every field right but the signatures', () => {
    const net = network();
    const forger = net.core('validator-4');
    expect(forger.claimedHeight).toBe(forger.committedHeight + 2);
    const [forged] = forger.blocksFrom(forger.committedHeight + 1, 50);
    expect(forged?.certificate?.precommits).toHaveLength(3);
    expect(forged?.certificate?.precommits?.map((v) => v.validatorId)).toEqual(['validator-4', 'validator-1', 'validator-2']);
    // What an execution replica runs on every block it is offered.
    expect(committedBlockProblem(forged!, forger.committedHeight + 1, validatorSet(), new SignatureVerifier(validatorSet()))).toBe('certificate vote from validator-1 has a bad signature');
    // Nothing to forge on where it does not hold the block below.
    expect(forger.blocksFrom(forger.committedHeight + 3, 50)).toEqual([]);
    // An honest core announces its own height and serves its own chain.
    expect(net.core('validator-1').claimedHeight).toBe(net.core('validator-1').committedHeight);
  });

  it('an honest validator refuses it by reason, keeps its chain and goes on committing', () => {
    const net = network();
    const honest = net.core('validator-1');
    const before = honest.committedHeight;
    const forged = net.core('validator-4').blocksFrom(honest.committedHeight + 1, 50);
    const effects = honest.onSyncedBlocks(net.nowUs, forged, 'validator-4');
    expect(effects).toContainEqual({ kind: 'rejected', reason: `synced block ${before + 1} from validator-4: certificate vote from validator-1 has a bad signature`, from: 'validator-4' });
    expect(commitsIn(effects)).toEqual([]);
    expect(honest.committedHeight).toBe(before);
    net.runUntil(4 * S);
    expect(honest.committedHeight).toBeGreaterThan(before);
    expect(hex(honest.chain[before]?.certificate?.blockHash)).not.toBe(hex(forged[0]?.certificate?.blockHash));
  });

  it('with skip-cert-verify planted, the validator commits the forged block', () => {
    const net = network('skip-cert-verify');
    const victim = net.core('validator-1');
    const forged = net.core('validator-4').blocksFrom(victim.committedHeight + 1, 50);
    const effects = victim.onSyncedBlocks(net.nowUs, forged, 'validator-4');
    expect(commitsIn(effects).map((c) => hex(c.certificate?.blockHash))).toEqual([hex(forged[0]?.certificate?.blockHash)]);
    expect(chainHeights(victim)).toEqual(Array.from({ length: victim.committedHeight }, (_, i) => i + 1));
  });
});

describe('amnesia: a Byzantine proposer offers a locked validator a fresh block (ignore-lock)', () => {
  /**
   * n = 4, validator-1 Byzantine `amnesia`. At height 2 validator-2 proposes B at round 0; every
   * validator prevotes B and the honest ones lock on it and precommit it, the amnesic one
   * precommits nil. validator-2's outgoing messages are cut from then on (a one-way fault): it
   * sees the three B precommits and commits B; validator-3 and validator-4 see two B precommits
   * and a nil, time out into round 1, whose proposer is validator-3 (B again, with its proof of
   * lock — refused by nobody, precommitted nil by the amnesic one), then round 2: validator-1's
   * fresh block C with no proof-of-lock. Locked on B, validator-3 and validator-4 must prevote
   * nil; with the lock ignored they prevote C, with validator-1 a polka, and commit C: a fork.
   */
  function run(variant?: ConsensusVariant): ScriptedNet {
    const net = new ScriptedNet(IDS, (id) => makeCore(id, id === 'validator-1' ? { byzantine: 'amnesia' } : variant ? { variant } : {}));
    let cutFromUs = Infinity;
    net.extraDelayUs = (m) => (m.from === 'validator-2' && net.nowUs >= cutFromUs ? 60 * S : 0);
    net.start();
    // Height 1 (proposer validator-2 at round 0 is ids[(1 + 0) % 4]) commits normally.
    for (let t = 0; t < 3 * S && cutFromUs === Infinity; t += 10_000) {
      net.runUntil(t);
      if (net.core('validator-2').committedHeight >= 1 && net.core('validator-2').height === 2 && net.core('validator-2').step === 'prevote') cutFromUs = net.nowUs;
    }
    net.runUntil(12 * S);
    return net;
  }

  const blockAt = (net: ScriptedNet, id: string, height: number) => hex(net.core(id).chain[height - 1]?.certificate?.blockHash);
  /** validator-3's prevote at height 2, round 2 (the amnesic proposer's round): the block hash, '' for nil. */
  const prevoteInRound2 = (net: ScriptedNet) =>
    net.effects
      .filter((e) => e.id === 'validator-3' && e.effect.kind === 'broadcast-vote')
      .map((e) => (e.effect.kind === 'broadcast-vote' ? e.effect.vote : {}))
      .filter((v) => Number(v.height) === 2 && Number(v.round) === 2 && v.type === 1)
      .map((v) => hex(v.blockHash));
  /** The block validator-1 (amnesia) proposed at height 2, round 2. */
  const freshBlock = (net: ScriptedNet) =>
    net.effects.flatMap((e) => (e.id === 'validator-1' && e.effect.kind === 'broadcast-proposal' && Number(e.effect.proposal.height) === 2 && Number(e.effect.proposal.round) === 2 ? [e.effect.proposal] : []));

  it('the honest core keeps its lock: no fork, and the cut-off validator is caught up once it is heard', () => {
    const net = run();
    expect(net.core('validator-2').committedHeight).toBeGreaterThanOrEqual(2);
    const [fresh] = freshBlock(net);
    expect(fresh?.polRound).toBe(-1);
    expect(prevoteInRound2(net)).toEqual(['']);
    for (const id of ['validator-3', 'validator-4']) {
      const at2 = blockAt(net, id, 2);
      if (at2 !== '') expect(at2).toBe(blockAt(net, 'validator-2', 2));
    }
  });

  it('with ignore-lock planted, the locked validators prevote the fresh block and commit it: two blocks at height 2', () => {
    const net = run('ignore-lock');
    expect(prevoteInRound2(net)).toEqual([hex(freshBlock(net)[0]?.blockHash)]);
    const b = blockAt(net, 'validator-2', 2);
    expect(b).not.toBe('');
    expect(blockAt(net, 'validator-3', 2)).not.toBe('');
    expect(blockAt(net, 'validator-3', 2)).not.toBe(b);
  });
});
