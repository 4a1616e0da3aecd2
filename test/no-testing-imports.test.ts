/**
 * Product code never imports test helpers (PROTOCOL.md, "Standards"): no file under
 * packages/<pkg>/src or services/<svc>/src imports a package's `testing` entry — neither
 * `@faultline/<pkg>/testing` nor a relative path into a testing module (the files a package's
 * `exports["./testing"]` names, and the folder of an entry that is a folder's mod.ts). The
 * testing modules themselves are exempt: they are the seam. Parsed with the TypeScript compiler
 * (not grep) so comments and strings do not count; type-only imports count (a test helper's type
 * in product code is still a dependency on the seam). The planted test proves every form fires.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PRODUCT_ROOTS = ['packages', 'services'];
const TESTING_SPECIFIER = /^@faultline\/[^/]+\/testing(\/|$)/;

/** Absolute paths of the testing modules: each package's `./testing` export, and its folder when it is a folder's mod.ts. */
export function testingModules(root: string): { files: Set<string>; folders: string[] } {
  const files = new Set<string>();
  const folders: string[] = [];
  for (const group of PRODUCT_ROOTS) {
    for (const name of safeReaddir(join(root, group))) {
      let manifest: { exports?: Record<string, unknown> };
      try {
        manifest = JSON.parse(readFileSync(join(root, group, name, 'package.json'), 'utf8')) as typeof manifest;
      } catch {
        continue;
      }
      const entry = manifest.exports?.['./testing'];
      if (typeof entry !== 'string') continue;
      const file = resolve(root, group, name, entry);
      files.add(file);
      if (file.endsWith(`${sep}mod.ts`)) folders.push(dirname(file) + sep);
    }
  }
  return { files, folders };
}

export interface Finding {
  file: string;
  line: number;
  specifier: string;
}

/** The imports (static, re-exports, dynamic) of `text` that reach a testing entry; `file` is absolute. */
export function scanImports(file: string, text: string, testing: { files: Set<string>; folders: string[] }): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const check = (node: ts.Node, specifier: string): void => {
    if (!reachesTesting(file, specifier, testing)) return;
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, specifier });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      check(node, node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) check(node, argument.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      check(node, node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function reachesTesting(file: string, specifier: string, testing: { files: Set<string>; folders: string[] }): boolean {
  if (TESTING_SPECIFIER.test(specifier)) return true;
  if (!specifier.startsWith('.')) return false;
  const target = resolve(dirname(file), specifier);
  const candidates = [target, `${target}.ts`, join(target, 'mod.ts')];
  return candidates.some((path) => testing.files.has(path) || testing.folders.some((folder) => path.startsWith(folder)));
}

function isTestingModule(path: string, testing: { files: Set<string>; folders: string[] }): boolean {
  return testing.files.has(path) || testing.folders.some((folder) => path.startsWith(folder));
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function sourceFiles(dir: string): string[] {
  return safeReaddir(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('product code never imports a testing entry', () => {
  const testing = testingModules(ROOT);

  it('knows the testing entries it guards', () => {
    const entries = [...testing.files].map((path) => relative(ROOT, path)).sort();
    expect(entries).toEqual(expect.arrayContaining(['packages/venue/src/testing.ts', 'packages/consensus/src/testing.ts', 'packages/runtime/src/testing/mod.ts']));
  });

  it('finds no import of a testing entry under packages/*/src or services/*/src', () => {
    const product = PRODUCT_ROOTS.flatMap((group) => safeReaddir(join(ROOT, group)).map((name) => join(ROOT, group, name, 'src')));
    const files = product.flatMap(sourceFiles).filter((path) => !isTestingModule(path, testing));
    expect(files.length).toBeGreaterThan(100);
    // Only a file that says 'testing' somewhere can import a testing entry: the rest need no parse.
    const findings = files.flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return text.includes('testing') ? scanImports(path, text, testing) : [];
    });
    expect(findings.map((f) => `${relative(ROOT, f.file)}:${f.line} imports '${f.specifier}'`)).toEqual([]);
  });

  it('catches every form in a planted file, and ignores comments, strings and look-alikes', () => {
    const planted = [
      "import { VENUE_VARIANTS } from '@faultline/venue/testing';",
      "export { ACTOR_VARIANTS } from '@faultline/actors/testing';",
      "import type { ConsensusVariant } from '@faultline/consensus/testing';",
      "const t = await import('@faultline/runtime/testing');",
      "import { ClientTxs } from '../testing.ts';",
      "import { SIM_VARIANTS } from '../../../runtime/src/testing/sim-variants.ts';",
      "type V = import('./testing.ts').VenueVariant;",
      "import { x } from '../testing';",
    ].join('\n');
    const at = join(ROOT, 'packages/venue/src/book/planted.ts');
    const found = scanImports(at, planted, testing);
    expect(found.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    // './testing.ts' from book/ is book/testing.ts: not the venue's entry (src/testing.ts), so line 7 is no finding.
    const fromSrc = scanImports(join(ROOT, 'packages/venue/src/planted.ts'), "type V = import('./testing.ts').VenueVariant;", testing);
    expect(fromSrc.map((f) => f.line)).toEqual([1]);
    const innocent = [
      "// import { VENUE_VARIANTS } from '@faultline/venue/testing';",
      "const text = \"from '@faultline/venue/testing'\";",
      "import { applyBlock } from '@faultline/venue';",
      "import { builders } from '../builders.ts';",
      "import { testingNotes } from './testing-notes.ts';",
      "import { x } from '@faultline/venue/testingish';",
    ].join('\n');
    expect(scanImports(at, innocent, testing)).toEqual([]);
  });
});
