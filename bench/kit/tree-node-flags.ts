/**
 * The node flags a tree's `faultline COMMAND` runs under (its packages/cli/bin/node-flags.js; none for
 * a tree from before that file), for a bench child that times the simulator as the product runs it.
 * `env` is the child's: FAULTLINE_NODE_FLAGS=0 there (e.g. `--before-env FAULTLINE_NODE_FLAGS=0`)
 * gives node's defaults, the one-tree A/B of the flags.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function commandNodeFlagsOf(tree: string, command: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const file = join(tree, 'packages', 'cli', 'bin', 'node-flags.js');
  if (!existsSync(file)) return [];
  // The tree's own module (a before tree's may differ from this tree's): its types are this tree's.
  const { commandNodeFlags } = (await import(pathToFileURL(file).href)) as typeof import('../../packages/cli/bin/node-flags.js');
  return commandNodeFlags([command], env);
}
