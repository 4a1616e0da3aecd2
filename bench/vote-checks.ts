/**
 * Signature checks per validator per height (issue 15 item 2: the lazy vote check): four consensus
 * cores of one tree, each with its own SignatureVerifier (as live validators, each in its own
 * process), on the consensus tests' scripted network (packages/consensus/test/core-harness.ts)
 * with the fast profile's 10 ms commit wait, 1 ms latency and a seeded 0-4 ms jitter per message,
 * empty blocks, 3 virtual s. Deterministic: the same counts and chain tip every run. `checks` is
 * the verifier's misses — the ed25519 verifications a live validator makes (~80 µs of CPU each on
 * this machine). Run it from each tree:
 *
 *   npx tsx bench/vote-checks.ts [--tree DIR]     (DIR: a checkout to measure; default this one)
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({ options: { tree: { type: 'string' } } });
const root = values.tree ?? fileURLToPath(new URL('..', import.meta.url));
const { ScriptedNet, IDS, makeCore } = await import(`${root}/packages/consensus/test/core-harness.ts`);
const { DYDX_TIMEOUTS } = await import(`${root}/packages/consensus/src/config.ts`);

let seed = 12345;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
for (const jitterUs of [0, 4_000]) {
  seed = 12345;
  const net = new ScriptedNet(IDS, (id: string) => makeCore(id, { timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 } }));
  net.latencyUs = 1_000;
  net.extraDelayUs = () => Math.floor(rnd() * jitterUs);
  net.start();
  net.runUntil(3_000_000);
  const cores = [...net.cores.values()] as Array<{ committedHeight: number; verifier: { checks: number }; chain: Array<{ certificate?: { blockHash?: Uint8Array } }> }>;
  const heights = Math.min(...cores.map((c) => c.committedHeight));
  const checks = cores.map((c) => c.verifier.checks / heights);
  const tip = Buffer.from(cores[0]?.chain.at(-1)?.certificate?.blockHash ?? []).toString('hex').slice(0, 12);
  console.log(`${root}: jitter 0-${jitterUs / 1000} ms: ${heights} heights; signature checks per validator per height ${(checks.reduce((a, b) => a + b, 0) / checks.length).toFixed(2)} (each ${checks.map((c) => c.toFixed(2)).join(', ')}); chain tip ${tip}`);
}
