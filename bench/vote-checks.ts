/**
 * Signature checks per validator per height (issue 15 item 2: the lazy vote check): four consensus
 * cores of one tree, each with its own SignatureVerifier (as live validators, each in its own
 * process), on the consensus tests' scripted network (packages/consensus/test/core-harness.ts)
 * with the fast profile's 10 ms commit wait, 1 ms latency and a seeded 0-4 ms jitter per message,
 * empty blocks, 3 virtual s. Deterministic: the same counts and chain tip every run. `checks` is
 * the verifier's misses — the ed25519 verifications a live validator makes (~80 µs of CPU each on
 * this machine); "of its own signature": those checking the validator's own signature (its precommit in
 * the next block's last commit), which a live validator looks up instead (rememberOwnSignatures, the
 * validator service). Run it from each tree:
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
  // The checks of a validator's own signature (its precommit in the next block's last commit):
  // what a live validator with rememberOwnSignatures on (the validator service's default) looks up instead.
  const own = new Map<string, number>();
  for (const [id, core] of net.cores as Map<string, { verifier: { checks: number; verifyVote(vote: { validatorId?: string }): boolean } }>) {
    const verifier = core.verifier;
    const verifyVote = verifier.verifyVote.bind(verifier);
    verifier.verifyVote = (vote) => {
      const before = verifier.checks;
      const ok = verifyVote(vote);
      if (verifier.checks > before && vote.validatorId === id) own.set(id, (own.get(id) ?? 0) + 1);
      return ok;
    };
  }
  net.start();
  net.runUntil(3_000_000);
  const cores = [...net.cores.values()] as Array<{ id: string; committedHeight: number; verifier: { checks: number }; chain: Array<{ certificate?: { blockHash?: Uint8Array } }> }>;
  const heights = Math.min(...cores.map((c) => c.committedHeight));
  const checks = cores.map((c) => c.verifier.checks / heights);
  const owns = cores.map((c) => (own.get(c.id) ?? 0) / heights);
  const tip = Buffer.from(cores[0]?.chain.at(-1)?.certificate?.blockHash ?? []).toString('hex').slice(0, 12);
  const mean = (values: number[]) => (values.reduce((a, b) => a + b, 0) / values.length).toFixed(2);
  console.log(`${root}: jitter 0-${jitterUs / 1000} ms: ${heights} heights; signature checks per validator per height ${mean(checks)} (each ${checks.map((c) => c.toFixed(2)).join(', ')}), of its own signature ${mean(owns)}; chain tip ${tip}`);
}
