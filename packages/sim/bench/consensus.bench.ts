/**
 * Consensus in the simulator: committed blocks per wall-clock second (empty and 1,000-tx
 * blocks), virtual commit latency, transactions per second with 4 and 7 validators, and what a
 * signature verification costs per block. Virtual timeouts are dYdX's except a 10 ms commit
 * wait, so the wall-clock figure measures the simulator and the protocol, not idle waiting.
 */
import { verify } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { deriveKeyPair, signBytes, publicKeyFromRaw } from '@faultline/protocol';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { runConsensus } from '@faultline/sim';
import type { BenchResult } from '../../../bench/bench-result.ts';

const S = 1_000_000;

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const timeouts = { ...DYDX_TIMEOUTS, commitUs: 10_000 };
  const results: BenchResult[] = [];
  const measure = (label: string, validators: number, txsPerTick: number, durationUs: number) => {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const summary = runConsensus({ validators, seed: 1, durationUs, timeouts, txIntervalUs: txsPerTick ? 20_000 : 0, txsPerTick, limits: { blockTxsMax: 1_000 } });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    results.push({ name: `${label}: blocks per wall second`, value: Math.round(summary.height / seconds), unit: 'blocks/s', ...(txsPerTick === 0 ? { target: '>= 2,000 (empty blocks)' } : {}), notes: `${summary.height} blocks in ${seconds.toFixed(2)} s wall, ${(durationUs / S).toFixed(0)} s virtual` });
    // On a shared machine the wall figure is the load's; CPU time is what one core would do alone.
    results.push({ name: `${label}: blocks per CPU second`, value: Math.round(summary.height / cpuSeconds), unit: 'blocks/CPU-s', ...(txsPerTick === 0 ? { target: '>= 2,000 on an idle core' } : {}), notes: `${cpuSeconds.toFixed(2)} CPU s` });
    if (txsPerTick > 0) {
      results.push({ name: `${label}: transactions committed per wall second`, value: Math.round(summary.txsCommitted / seconds), unit: 'txs/s', notes: `${summary.txsCommitted} txs; commit latency p50 ${(summary.commitLatencyUsP50 / 1e3).toFixed(1)} ms, p99 ${(summary.commitLatencyUsP99 / 1e3).toFixed(1)} ms virtual` });
    } else {
      const gaps = summary.commitTimesUs.slice(1).map((t, i) => t - (summary.commitTimesUs[i] as number)).sort((a, b) => a - b);
      results.push({ name: `${label}: virtual block interval p50 / p99`, value: Math.round((gaps[Math.floor(gaps.length / 2)] ?? 0) / 1000), unit: 'ms', notes: `p99 ${((gaps[Math.floor(gaps.length * 0.99)] ?? 0) / 1000).toFixed(1)} ms` });
    }
  };
  const virtual = options.quick ? 20 * S : 100 * S;
  measure('4 validators, empty blocks', 4, 0, virtual);
  measure('4 validators, ~1,000-tx blocks', 4, 1_000, options.quick ? 5 * S : 10 * S);
  measure('7 validators, ~1,000-tx blocks', 7, 1_000, options.quick ? 5 * S : 10 * S);

  // Signature cost: one ed25519 verification, and what a block needs (n prevotes, n precommits,
  // a proposal, 2f+1 last-commit precommits): every one of them is verified once and cached.
  const keys = deriveKeyPair(1, 'validator-1');
  const publicKey = publicKeyFromRaw(keys.publicKeyRaw);
  const message = new Uint8Array(120).fill(1);
  const signature = signBytes(keys.privateKey, message);
  const count = options.quick ? 2_000 : 10_000;
  let started = performance.now();
  // node:crypto itself: verifyBytes would answer all but the first from its memo.
  for (let i = 0; i < count; i++) verify(null, message, publicKey, signature);
  const verifyUs = ((performance.now() - started) * 1000) / count;
  started = performance.now();
  const cache = new Set<string>();
  for (let i = 0; i < count; i++) cache.has(`validator-1/${i % 50}`) || cache.add(`validator-1/${i % 50}`);
  const lookupUs = ((performance.now() - started) * 1000) / count;
  const perBlock = 4 + 4 + 1 + 3;
  results.push({ name: 'ed25519 verification (node:crypto)', value: Math.round(verifyUs * 10) / 10, unit: 'µs each', notes: `${perBlock} per block with 4 validators = ${(verifyUs * perBlock).toFixed(0)} µs per block per validator` });
  // Signing: every vote and proposal is signed once, by its author (4 prevotes, 4 precommits and a
  // proposal a block with 4 validators) — the floor of an empty block's CPU in one thread.
  const signCpu = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    message[0] = i & 255;
    message[1] = i >> 8;
    signBytes(keys.privateKey, message);
  }
  const signUsed = process.cpuUsage(signCpu);
  const signUs = (signUsed.user + signUsed.system) / count;
  const signsPerBlock = 4 + 4 + 1;
  results.push({ name: 'ed25519 signing (node:crypto), CPU', value: Math.round(signUs * 10) / 10, unit: 'µs each', notes: `${signsPerBlock} per empty block with 4 validators = ${(signUs * signsPerBlock).toFixed(0)} µs: at most ${Math.round(1e6 / (signUs * signsPerBlock))} blocks per CPU second if nothing else ran` });
  results.push({ name: 'verified-signature cache hit', value: Math.round(lookupUs * 100) / 100, unit: 'µs each', notes: 're-sent votes, gossip duplicates and last-commit precommits already seen as votes cost a lookup, not a verification' });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run({ quick: process.argv.includes('--quick') }));
}
