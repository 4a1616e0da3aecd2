/**
 * One way to write an actor (docs/architecture.md): a pure core returning effects, a thin actor
 * over the host, the statechart stepped as data. An actor that runs its statechart as an xstate
 * actor on the host clock (`createActor`, `hostClock`) has guards that call back into the
 * class and timers split between xstate and the host — the style the cores replaced. This test
 * fails when a file under packages/actors/src does that, so the next actor cannot copy it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ACTORS = 'packages/actors/src';
/**
 * Files allowed a forbidden import, and why. The validator's timeouts are set-timer effects too;
 * core/chart.ts is the stepper itself: it makes one inert actor per machine as the scope of
 * xstate's pure `transition` (never started, so no xstate timer or callback ever runs).
 */
const ALLOWED = new Map<string, string>([['packages/actors/src/core/chart.ts', 'the inert scope of chartStep: never started']]);
const FORBIDDEN = new Map([
  ['createActor', 'an xstate actor: step the chart with core/chart.ts (chartStep) instead'],
  ['interpret', 'an xstate actor: step the chart with core/chart.ts (chartStep) instead'],
  ['hostClock', 'xstate timers on the host clock: return set-timer effects instead'],
]);

export function scanActorSource(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings || !ts.isNamedImports(statement.importClause.namedBindings)) continue;
    for (const element of statement.importClause.namedBindings.elements) {
      const name = (element.propertyName ?? element.name).text;
      const why = FORBIDDEN.get(name);
      if (why && !element.isTypeOnly && !statement.importClause.isTypeOnly) {
        found.push(`${file}:${source.getLineAndCharacterOfPosition(element.getStart(source)).line + 1} ${name} — ${why}`);
      }
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('actor shape', () => {
  it('no actor under packages/actors/src runs its statechart as an xstate actor or on xstate timers (but the listed ones)', () => {
    const findings = sourceFiles(join(ROOT, ACTORS))
      .map((path) => relative(ROOT, path))
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) => scanActorSource(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(findings).toEqual([]);
  });

  it('catches each form in a planted file, and not type imports or look-alikes', () => {
    const planted = [
      "import { createActor, setup } from 'xstate';",
      "import { interpret as run } from 'xstate';",
      "import { hostClock, type Host } from '@faultline/runtime';",
    ].join('\n');
    expect(scanActorSource('planted.ts', planted).map((f) => f.split(' ')[1])).toEqual(['createActor', 'interpret', 'hostClock']);
    const innocent = [
      "import { setup, transition, type Actor as XstateActor } from 'xstate';",
      "import type { createActor } from 'xstate';",
      '// createActor(machine, { clock: hostClock(host) }) was the old style',
    ].join('\n');
    expect(scanActorSource('innocent.ts', innocent)).toEqual([]);
  });
});
