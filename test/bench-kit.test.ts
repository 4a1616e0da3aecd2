/**
 * Benches share code through the bench kit (bench/kit/mod.ts), never by importing another
 * bench: a bench file (packages/<pkg>/bench/*) imports no other package's bench folder and no
 * `*.bench.ts`. Parsed with the TypeScript compiler so comments and strings do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The relative imports of `file` that reach a bench file, or another package's bench folder. */
function benchImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const ownBench = dirname(file) + sep;
  const found: string[] = [];
  const check = (specifier: string): void => {
    if (!specifier.startsWith('.')) return;
    const target = resolve(dirname(file), specifier);
    const inPackageBench = /[/\\]packages[/\\][^/\\]+[/\\]bench[/\\]/.test(target);
    if (/\.bench\.(ts|mts|js|mjs)$/.test(target) || (inPackageBench && !target.startsWith(ownBench))) found.push(specifier);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) check(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) check(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('benches share the bench kit', () => {
  it('no bench imports another bench', () => {
    const files = readdirSync(join(ROOT, 'packages')).flatMap((pkg) => {
      try {
        return readdirSync(join(ROOT, 'packages', pkg, 'bench'))
          .filter((name) => /\.(ts|mts|mjs)$/.test(name))
          .map((name) => join(ROOT, 'packages', pkg, 'bench', name));
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(5);
    const findings = files.flatMap((file) => benchImports(file, readFileSync(file, 'utf8')).map((s) => `${relative(ROOT, file)} imports '${s}'`));
    expect(findings).toEqual([]);
  });

  it('catches a bench importing a bench, and allows the kit and its own helpers', () => {
    const at = join(ROOT, 'packages/replay/bench/replay.bench.ts');
    const planted = ["import { workload } from '../../venue/bench/apply-block.bench.ts';", "export { x } from '../../runtime/bench/helpers.ts';", "const m = await import('./other.bench.ts');"].join('\n');
    expect(benchImports(at, planted)).toHaveLength(3);
    const innocent = ["import { workload } from '../../../bench/kit/mod.ts';", "import { helper } from './worker.ts';", "// import { x } from './other.bench.ts';"].join('\n');
    expect(benchImports(at, innocent)).toEqual([]);
  });
});
