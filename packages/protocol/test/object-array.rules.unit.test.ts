/**
 * objectArray: an empty array in V8's object elements kind whatever its literal's allocation site
 * knows — so an array made a few times a run has the same map in a process's first run as in its
 * later ones. The kind is read with V8's natives syntax in a child process (it needs the flag at
 * start-up); `[]` is shown to be the other kind there, so the check can fail.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { objectArray } from '@faultline/protocol';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function kindsInChild(): { made: boolean[]; literal: boolean } {
  const script = `
    const { objectArray } = await import(${JSON.stringify(`${root}packages/protocol/src/object-array.ts`)});
    const objects = new Function('a', 'return %HasObjectElements(a)');
    const made = [];
    for (let i = 0; i < 20; i++) { made.push(objects(objectArray())); }
    console.log(JSON.stringify({ made, literal: objects([]) }));`;
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string) as { made: boolean[]; literal: boolean };
}

describe('objectArray', () => {
  it('is a new empty array at every call, and holds what is pushed', () => {
    const a = objectArray<{ n: number }>();
    const b = objectArray<{ n: number }>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    a.push({ n: 1 });
    expect(a).toEqual([{ n: 1 }]);
    expect(b).toEqual([]);
  });

  it('is in the object elements kind from its first call on, where a fresh [] is not', () => {
    const { made, literal } = kindsInChild();
    expect(made).toEqual(Array.from({ length: 20 }, () => true));
    expect(literal).toBe(false);
  }, 30_000);
});
