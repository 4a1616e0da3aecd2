/**
 * `--before-env KEY=VALUE` (repeatable) of the paired benches: the variables set in the before's
 * runs only — with `--before` the after tree, a one-tree A/B of an env switch. A pair without a
 * key before its `=` stops the bench with exit 2, naming the tool and the pair.
 */
export function envPairs(tool: string, pairs: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) {
      console.error(`${tool}: --before-env must be KEY=VALUE (got '${pair}')`);
      process.exit(2);
    }
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return env;
}
