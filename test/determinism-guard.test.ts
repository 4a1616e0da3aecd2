/**
 * Determinism guard: actor and domain code must get time, chance, timers, messaging and I/O
 * from its host. Parsing with the TypeScript compiler (not grep) keeps comments and strings
 * from tripping it. The planted-bug test proves the scanner finds every forbidden form.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GUARDED = ['packages/actors/src', 'packages/consensus/src', 'packages/venue/src', 'packages/runtime/src/demo'];
const FORBIDDEN_CALLS = new Map([
  ['Date.now', 'wall-clock time: use host.now()'],
  ['Math.random', 'unseeded randomness: use host.rng'],
  ['performance.now', 'wall-clock time: use host.now()'],
  ['process.hrtime', 'wall-clock time: use host.now()'],
  ['process.hrtime.bigint', 'wall-clock time: use host.now()'],
]);
const FORBIDDEN_GLOBALS = new Map([
  ['setTimeout', 'real timers: use host.setTimer'],
  ['setInterval', 'real timers: use host.setTimer'],
  ['setImmediate', 'real scheduling: use host.setTimer'],
  ['queueMicrotask', 'real scheduling: use host.setTimer'],
]);
const FORBIDDEN_MODULES = [/^@nats-io\//, /^(node:)?(fs|net|dgram|http|https|child_process|worker_threads)(\/|$)/];

export interface Finding {
  file: string;
  line: number;
  what: string;
  why: string;
}

export function scanSource(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const at = (node: ts.Node, what: string, why: string) =>
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, what, why });
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.getText(source).replace(/\s+/g, '');
      const why = FORBIDDEN_CALLS.get(name);
      if (why) at(node, name, why);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isMemberName = parent && ts.isPropertyAccessExpression(parent) && parent.name === node && parent.expression.getText(source) !== 'globalThis';
      const isDeclarationName = parent && (ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodSignature(parent)) && parent.name === node;
      if (!isMemberName && !isDeclarationName) at(node, node.text, FORBIDDEN_GLOBALS.get(node.text) as string);
    } else if (ts.isNewExpression(node) && node.expression.getText(source) === 'Date' && (node.arguments?.length ?? 0) === 0) {
      at(node, 'new Date()', 'wall-clock time: use host.now()');
    } else if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const specifier = node.moduleSpecifier.text;
      if (FORBIDDEN_MODULES.some((pattern) => pattern.test(specifier))) at(node, `import '${specifier}'`, 'I/O belongs to hosts and services');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument) && FORBIDDEN_MODULES.some((pattern) => pattern.test(argument.text))) {
        at(node, `import('${argument.text}')`, 'I/O belongs to hosts and services');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('determinism guard', () => {
  it('finds no wall clock, unseeded randomness, real timers or I/O in actor and domain code', () => {
    const findings = GUARDED.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((path) =>
      scanSource(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(findings.map((f) => `${f.file}:${f.line} ${f.what} — ${f.why}`)).toEqual([]);
  });

  it('catches every forbidden form in a planted file, and ignores comments, strings and look-alikes', () => {
    const planted = [
      'import { connect } from "@nats-io/transport-node";',
      'import { readFileSync } from "node:fs";',
      'const a = Date.now();',
      'const b = Math.random();',
      'setTimeout(() => {}, 10);',
      'globalThis.setInterval(() => {}, 10);',
      'const c = performance.now();',
      'const d = process.hrtime.bigint();',
      'const e = new Date();',
      'const f = await import("node:child_process");',
    ].join('\n');
    const found = scanSource('planted.ts', planted);
    expect(found.map((f) => f.line).filter((line, index, all) => all.indexOf(line) === index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const innocent = [
      '// Date.now() is forbidden here, and so is setTimeout',
      'const text = "Math.random()";',
      'const when = new Date(0);',
      'host.setTimer(10, () => {});',
      'const clock = { setTimeout(fn: () => void) { return host.setTimer(1, fn); } };',
      'import { encodeEnvelope } from "@faultline/protocol";',
    ].join('\n');
    expect(scanSource('innocent.ts', innocent)).toEqual([]);
  });
});
