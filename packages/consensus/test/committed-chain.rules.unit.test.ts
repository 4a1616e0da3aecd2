/**
 * Rules of the committed chain a validator holds (committed-chain.ts) and of a core that keeps
 * only the newest blocks decoded (CoreOptions.chainKept): every height counted; past the window
 * the oldest block is kept as its encoding, and read back (for sync) as a block equal to the one
 * committed; a validator far behind still syncs every height from peers that kept three blocks
 * decoded; over many heights the decoded blocks stay at the window, and what grows is the
 * encodings' bytes alone.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage, type faultline } from '@faultline/protocol';
import { CommittedChain, hex } from '@faultline/consensus';
import { IDS, makeCore, ScriptedNet } from './core-harness.ts';

const S = 1_000_000;
const FAST = { proposeUs: 30_000, proposeDeltaUs: 10_000, prevoteUs: 30_000, prevoteDeltaUs: 10_000, precommitUs: 30_000, precommitDeltaUs: 10_000, commitUs: 10_000 };
const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'client-1', amount: 1 } });
const block = (height: number): faultline.v1.ICommittedBlock => ({
  block: { header: { height, proposerId: 'validator-1', txCount: 2 }, txs: [tx(2 * height), tx(2 * height + 1)] },
  certificate: { height, round: 0, blockHash: new Uint8Array(32).fill(height) },
});
const heightsOf = (blocks: readonly faultline.v1.ICommittedBlock[]) => blocks.map((committed) => Number(committed.block?.header?.height));
const bytesOf = (committed: faultline.v1.ICommittedBlock) => hex(encodeMessage('CommittedBlock', committed));

describe('CommittedChain', () => {
  it('keeps every block decoded by default', () => {
    const chain = new CommittedChain();
    for (let height = 1; height <= 5; height++) chain.push(block(height));
    expect(chain.length).toBe(5);
    expect(heightsOf(chain.decoded)).toEqual([1, 2, 3, 4, 5]);
    expect(chain.archivedBytes).toBe(0);
    expect(chain.recentAt(1)).toEqual(block(1));
  });

  it('past the window archives the oldest as its encoding, and reads it back as the same block', () => {
    const chain = new CommittedChain(2);
    for (let height = 1; height <= 5; height++) chain.push(block(height));
    expect(chain.length).toBe(5);
    expect(heightsOf(chain.decoded)).toEqual([4, 5]);
    expect(chain.archivedBytes).toBe([1, 2, 3].reduce((total, height) => total + encodeMessage('CommittedBlock', block(height)).length, 0));
    // Decoded only within the window; an archived height reads back from its bytes.
    expect(chain.recentAt(3)).toBeUndefined();
    expect(chain.recentAt(4)).toEqual(block(4));
    expect(chain.recentAt(6)).toBeUndefined();
    for (let height = 1; height <= 5; height++) expect(bytesOf(chain.at(height)!)).toBe(bytesOf(block(height)));
    expect(chain.at(0)).toBeUndefined();
    expect(chain.at(6)).toBeUndefined();
  });

  it('serves a range across the archive and the window, clipped to what is committed', () => {
    const chain = new CommittedChain(2);
    for (let height = 1; height <= 5; height++) chain.push(block(height));
    expect(heightsOf(chain.range(2, 3))).toEqual([2, 3, 4]);
    expect(heightsOf(chain.range(3, 50))).toEqual([3, 4, 5]);
    expect(heightsOf(chain.range(0, 2))).toEqual([1, 2]);
    expect(heightsOf(chain.range(-4, 1))).toEqual([1]);
    expect(chain.range(6, 10)).toEqual([]);
    expect(chain.range(2, 0)).toEqual([]);
    expect(chain.range(2, -3)).toEqual([]);
  });

  it('a window of one keeps the last block decoded (what the core reads)', () => {
    const chain = new CommittedChain(1);
    for (let height = 1; height <= 3; height++) chain.push(block(height));
    expect(heightsOf(chain.decoded)).toEqual([3]);
    expect(chain.recentAt(3)).toEqual(block(3));
    expect(chain.recentAt(2)).toBeUndefined();
  });

  it('refuses a window that is not a positive whole number', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.NEGATIVE_INFINITY]) expect(() => new CommittedChain(bad), String(bad)).toThrow(/keptMax must be a positive integer/);
    expect(() => new CommittedChain(Number.POSITIVE_INFINITY)).not.toThrow();
  });
});

describe('a core that keeps three blocks decoded', () => {
  it('a validator cut off for 40+ heights syncs every one of them from peers that archived them, and agrees on the chain', () => {
    const cutUntilUs = 3 * S;
    const net = new ScriptedNet(IDS, (id) => makeCore(id, { timeouts: FAST, chainKept: 3 }));
    net.latencyUs = 2_000;
    net.extraDelayUs = (message) => ((message.to === 'validator-4' || message.from === 'validator-4') && net.nowUs < cutUntilUs ? 1_000 * S : 0);
    let nonce = 0;
    for (let atUs = 1_000; atUs < 5 * S; atUs += 5_000) net.at(atUs, () => {
      const bytes = tx(++nonce);
      for (const id of IDS) net.execute(id, net.core(id).onTx(net.clock(id), bytes, true, true));
    });
    net.start();
    net.runUntil(cutUntilUs);
    const behind = net.core('validator-4').committedHeight;
    const ahead = net.core('validator-1').committedHeight;
    expect(ahead - behind).toBeGreaterThan(40);
    expect(net.core('validator-1').archivedChainBytes).toBeGreaterThan(0);
    net.runUntil(5 * S);
    const facts = IDS.map((id) => net.core(id).durableFacts().chain);
    const shortest = Math.min(...facts.map((chain) => chain.length));
    expect(shortest).toBeGreaterThan(ahead);
    for (const chain of facts) expect(chain.slice(0, shortest)).toEqual(facts[0]!.slice(0, shortest));
    expect(net.core('validator-4').counters.synced).toBeGreaterThan(40);
    for (const id of IDS) expect(net.core(id).chain.length).toBe(3);
  });

  it('over 150 heights keeps three blocks decoded at every height; the archive grows by each archived block encoding alone', () => {
    const net = new ScriptedNet(IDS, (id) => makeCore(id, { timeouts: FAST, chainKept: 3 }));
    net.latencyUs = 1_000;
    const core = net.core('validator-2');
    const archived: number[] = [];
    let nonce = 0;
    for (let atUs = 500; atUs < 4 * S; atUs += 2_000) net.at(atUs, () => {
      const bytes = tx(++nonce);
      for (const id of IDS) net.execute(id, net.core(id).onTx(net.clock(id), bytes, true, true));
      expect(core.chain.length).toBe(Math.min(3, core.committedHeight));
      if (core.committedHeight > 3) {
        expect(Number(core.chain[0]?.block?.header?.height)).toBe(core.committedHeight - 2);
        expect(core.committedAt(core.committedHeight)).toBe(core.chain[2]);
        expect(core.committedAt(core.committedHeight - 3)).toBeUndefined();
      }
      archived.push(core.archivedChainBytes);
    });
    net.start();
    net.runUntil(4 * S);
    expect(core.committedHeight).toBeGreaterThan(150);
    let encodings = 0;
    for (let height = 1; height <= core.committedHeight - 3; height++) encodings += encodeMessage('CommittedBlock', core.blocksFrom(height, 1)[0]!).length;
    expect(core.archivedChainBytes).toBe(encodings);
    for (let i = 1; i < archived.length; i++) expect(archived[i]!).toBeGreaterThanOrEqual(archived[i - 1]!);
  });
});
