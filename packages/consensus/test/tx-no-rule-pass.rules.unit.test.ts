/**
 * A plain tx input (onTx, onRelayedTxs) runs no rule pass after it (tendermint.ts `admit`): a tx
 * changes only the mempool, which no rule reads, so the rules stay at the fixpoint the previous
 * input left them at. Checked here as what makes that sound: in a run of four cores with client
 * txs arriving at every step of every height, a rule pass right after each tx input (a timeout of
 * another height: a `run` that changes nothing itself) finds nothing to do.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import type { CoreEffect } from '@faultline/consensus';
import { IDS, makeCore, ScriptedNet } from './core-harness.ts';

const S = 1_000_000;
const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'client-1', amount: 1 } });

describe('a tx input leaves the rules at their fixpoint', () => {
  it('a rule pass after every client tx and relay batch, at every step of 20+ heights, finds nothing to do', () => {
    const net = new ScriptedNet(IDS, (id) => makeCore(id, { timeouts: { proposeUs: S, proposeDeltaUs: S, prevoteUs: S, prevoteDeltaUs: S, precommitUs: S, precommitDeltaUs: S, commitUs: 20_000 } }));
    net.latencyUs = 3_000;
    net.start();
    const probes: CoreEffect[][] = [];
    const steps = new Set<string>();
    let nonce = 0;
    // Every 3 ms a client tx to each core, and every 7 ms a relay batch of two (copies and new ones): arrivals at every step.
    for (let atUs = 1_000; atUs < 1_000_000; atUs += 3_000) {
      net.at(atUs, () => {
        const bytes = tx(++nonce);
        for (const id of IDS) {
          const core = net.core(id);
          steps.add(core.step);
          net.execute(id, core.onTx(net.clock(id), bytes, true, true));
          probes.push(core.onTimeout(net.clock(id), 'propose', core.height + 5, 0));
        }
      });
    }
    for (let atUs = 2_000; atUs < 1_000_000; atUs += 7_000) {
      net.at(atUs, () => {
        const batch = [tx(nonce), tx(1_000_000 + atUs)];
        for (const id of IDS) {
          const core = net.core(id);
          net.execute(id, core.onRelayedTxs(net.clock(id), batch));
          probes.push(core.onTimeout(net.clock(id), 'propose', core.height + 5, 0));
        }
      });
    }
    net.runUntil(1_000_000);
    const committedTxs = net.core('validator-1').chain.reduce((total, committed) => total + (committed.block?.txs?.length ?? 0), 0);
    expect(net.core('validator-1').committedHeight).toBeGreaterThan(20);
    expect(committedTxs).toBeGreaterThan(300);
    expect([...steps].sort()).toEqual(['commit', 'precommit', 'prevote', 'propose']);
    expect(probes.length).toBeGreaterThan(1_000);
    expect(probes.filter((effects) => effects.length > 0)).toEqual([]);
  });

});
