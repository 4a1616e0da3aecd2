/**
 * Reads a heap-survivors.cjs profile (V8's sampling heap profile): the allocating functions by
 * bytes sampled, largest first, or with `--stacks NAME` the call stacks (innermost frames) that
 * allocated through the function NAME. A bundled service's frames are named by the bundle's line
 * (dist/services/<kind>.mjs, `npm run build`'s output: look the line up there).
 *
 *   npx tsx packages/cli/bench/heap-survivors-top.ts PROFILE.json [--top 25] [--stacks NAME] [--depth 7] [--against ALL.json]
 *
 * `--against` a profile of every allocation (LIVE_BENCH_HEAP_SURVIVORS_ALL=1, another run) adds
 * each key's share of all allocation beside its share of the survivors: a mark-compact collects
 * the young generation too, so some of the survivors' profile is young garbage in proportion to
 * allocation; a key whose survivor share is well above its allocation share is what gets promoted.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
export interface ProfileNode {
  callFrame: CallFrame;
  selfSize: number;
  children: ProfileNode[];
}

function frameName(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(packages|services|node_modules)\//, '$1/')}:${frame.lineNumber + 1}`;
}

/** Bytes sampled per key: the allocating frame, or (with `stacksOf`) the innermost `depth` frames of stacks through it. */
export function survivorBytes(head: ProfileNode, options: { stacksOf?: string; depth?: number } = {}): { total: number; byKey: Map<string, number> } {
  const byKey = new Map<string, number>();
  let total = 0;
  const walk = (node: ProfileNode, stack: CallFrame[]): void => {
    const frames = [...stack, node.callFrame];
    if (node.selfSize > 0) {
      total += node.selfSize;
      const key = options.stacksOf === undefined ? frameName(node.callFrame) : node.callFrame.functionName === options.stacksOf ? frames.slice(-(options.depth ?? 7)).map(frameName).join(' < ') : undefined;
      if (key !== undefined) byKey.set(key, (byKey.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, frames);
  };
  walk(head, []);
  return { total, byKey };
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, stacks: { type: 'string' }, depth: { type: 'string', default: '7' }, against: { type: 'string' } } });
  const file = positionals[0];
  if (!file) throw new Error('usage: heap-survivors-top.ts PROFILE.json [--top 25] [--stacks NAME] [--depth 7]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { head: ProfileNode };
  const { total, byKey } = survivorBytes(profile.head, { ...(values.stacks !== undefined ? { stacksOf: values.stacks } : {}), depth: Number(values.depth) });
  const against = values.against === undefined ? undefined : survivorBytes((JSON.parse(readFileSync(values.against, 'utf8')) as { head: ProfileNode }).head, { ...(values.stacks !== undefined ? { stacksOf: values.stacks } : {}), depth: Number(values.depth) });
  console.log(`${file}: ${(total / 2 ** 20).toFixed(1)} MiB sampled (survived the scavenges)${against ? `; against ${(against.total / 2 ** 20).toFixed(1)} MiB of all allocation` : ''}`);
  for (const [key, bytes] of [...byKey].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
    const share = against ? ` (of all allocation ${((100 * (against.byKey.get(key) ?? 0)) / against.total).toFixed(1)} %)` : '';
    console.log(`${((100 * bytes) / total).toFixed(1).padStart(5)} %${share}  ${(bytes / 2 ** 20).toFixed(2).padStart(7)} MiB  ${key}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
