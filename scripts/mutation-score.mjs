#!/usr/bin/env node
/**
 * Mutation scores per file and per package.
 *
 *   node scripts/mutation-score.mjs [--survivors] [--equivalents] [<package>…]
 *     everything measured so far: the committed incremental files mutation/incremental/<package>.json
 *     (and <package>.<part>.json: a second record of the package, written by a concurrent run with
 *     `npm run mutation -- <package> --mutate … --incrementalFile mutation/incremental/<package>.<part>.json`)
 *     (npm run mutation writes them; every run, whole package or --mutate'd file or line range,
 *     adds to its package's file). Per package it says whether the package is measured whole —
 *     every file its Stryker configs mutate has a record (the main config's `mutate` and any
 *     mutation/stryker.<package>-<part>.config.json's: scripts/mutation-configs.mjs) — or which files have none, and which
 *     files changed since they were measured (their figures are of the older source; the next run
 *     re-tests only the mutants in changed code or under changed covering tests).
 *   node scripts/mutation-score.mjs [--survivors] <json report or events directory>…
 *     other reports: Stryker JSON reports (reports/mutation/<package>.json), or event-recorder
 *     directories (reports/mutation/events-<package>: one file per tested mutant, written as the
 *     run goes, so a run stopped early still gives the figures of the mutants it tested). Several
 *     reports may cover different files of one package: each file is counted once, from the last
 *     report given that holds it.
 *
 * Score = (killed + timeout) / (killed + timeout + survived + no coverage), Stryker's mutation
 * score; compile errors (the TypeScript checker refused the mutant) and static mutants that the
 * config ignores (`ignoreStatic`: consensus, runtime, venue) are counted apart. The
 * mutants judged equivalent (mutation/equivalent.json: file, line, column, mutator, replacement,
 * the source line's text and indent, and the reason; `--judge` below writes an entry) are counted apart too: "score, equivalents set aside" leaves them out of the
 * denominator. `--survivors` lists the survivors not judged equivalent, `--equivalents` the
 * judged ones with their reasons; an entry of equivalent.json that matches no survivor any more
 * is reported (stale: the code moved or the mutant is killed now).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { mutatedFiles } from './mutation-configs.mjs';

const PACKAGES = ['actors', 'consensus', 'protocol', 'runtime', 'venue'];
const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored'];
const args = process.argv.slice(2);
const listSurvivors = args.includes('--survivors');
const listEquivalents = args.includes('--equivalents');
const positional = args.filter((arg) => !arg.startsWith('--'));
const namedPackages = positional.filter((arg) => PACKAGES.includes(arg));
const reportPaths = positional.filter((arg) => !PACKAGES.includes(arg));
const committed = reportPaths.length === 0;

/** path → { mutants, source (when the report holds it) } */
const files = new Map();
const inputs = committed
  ? (namedPackages.length > 0 ? namedPackages : PACKAGES).flatMap(packageRecords)
  : reportPaths;
for (const report of inputs) {
  if (statSync(report).isDirectory()) {
    const byFile = new Map();
    for (const name of readdirSync(report).filter((n) => n.endsWith('-onMutantTested.json')).sort()) {
      const mutant = JSON.parse(readFileSync(join(report, name), 'utf8'));
      const path = normalize(mutant.fileName);
      byFile.set(path, [...(byFile.get(path) ?? []), mutant]);
    }
    for (const [path, mutants] of byFile) files.set(path, { mutants, source: undefined });
    continue;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  for (const [path, file] of Object.entries(json.files ?? {})) {
    if (committed && files.has(normalize(path))) console.warn(`note: ${normalize(path)} is recorded in more than one file of its package; counted from ${report}`);
    files.set(normalize(path), { mutants: file.mutants ?? [], source: file.source });
  }
}

/**
 * A package's committed records: mutation/incremental/<package>.json, then any
 * mutation/incremental/<package>.<part>.json — a second record of the same package that a run
 * writes with `--incrementalFile` while another run of that package writes the main file (two
 * Stryker runs cannot share one incremental file: each writes it whole). Each source file should
 * be recorded in one of them; where two hold it, the later (a part, by name) counts.
 */
function packageRecords(pkg) {
  const main = `mutation/incremental/${pkg}.json`;
  const parts = existsSync('mutation/incremental')
    ? readdirSync('mutation/incremental').filter((name) => name.startsWith(`${pkg}.`) && name.endsWith('.json') && name !== `${pkg}.json`).sort().map((name) => `mutation/incremental/${name}`)
    : [];
  return [main, ...parts].filter((path) => existsSync(path));
}
if (files.size === 0) {
  console.error('usage: node scripts/mutation-score.mjs [--survivors] [--equivalents] [<package>… | <stryker json report or events directory>…]');
  console.error(committed ? 'nothing recorded yet in mutation/incremental/ (npm run mutation -- <package> writes it)' : '');
  process.exit(2);
}

// Equivalent mutants are matched by file, mutator, replacement, the text of their source line
// (trimmed) and their column within it, the nearest to the recorded line winning: an edit above
// one moves it without unmatching it.
const equivalents = existsSync('mutation/equivalent.json') ? JSON.parse(readFileSync('mutation/equivalent.json', 'utf8')).mutants : [];
const keyOf = (path, m) => `${path}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.replacement ?? ''}`;
const equivalentByKey = new Map();
const entryKey = (e) => `${e.file}:${e.line}:${e.column} ${e.mutator} ${e.replacement}`;
for (const e of equivalents) {
  const file = files.get(e.file);
  if (!file?.source) continue;
  const lines = file.source.split('\n');
  const lineText = (n) => lines[n - 1] ?? '';
  const indent = (n) => lineText(n).length - lineText(n).trimStart().length;
  const candidates = file.mutants.filter(
    (m) => m.mutatorName === e.mutator && (m.replacement ?? '') === e.replacement && lineText(m.location.start.line).trim() === e.code && m.location.start.column - indent(m.location.start.line) === e.column - e.indent,
  );
  candidates.sort((a, b) => Math.abs(a.location.start.line - e.line) - Math.abs(b.location.start.line - e.line));
  if (candidates[0]) equivalentByKey.set(keyOf(e.file, candidates[0]), { ...e, matched: entryKey(e) });
}
const equivalentUsed = new Set();
const isSurvivor = (m) => m.status === 'Survived' || m.status === 'NoCoverage';

const count = (entries) => {
  const c = Object.fromEntries(STATUSES.map((status) => [status, 0]));
  c.Equivalent = 0;
  for (const [path, m] of entries) {
    c[m.status] = (c[m.status] ?? 0) + 1;
    const key = keyOf(path, m);
    if (isSurvivor(m) && equivalentByKey.has(key)) {
      c.Equivalent++;
      equivalentUsed.add(equivalentByKey.get(key).matched);
    }
  }
  return c;
};
const percent = (num, den) => (den === 0 ? 'n/a' : `${((100 * num) / den).toFixed(1)} %`);
const row = (name, c) => {
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return `| ${name} | ${valid + c.CompileError + c.RuntimeError} | ${c.Killed} | ${c.Survived} | ${c.NoCoverage} | ${c.Timeout} | ${c.CompileError} | ${percent(c.Killed + c.Timeout, valid)} | ${c.Equivalent} | ${percent(c.Killed + c.Timeout, valid - c.Equivalent)} | ${c.Ignored} |`;
};

console.log('| file | mutants | killed | survived | no coverage | timeout | compile errors | score | judged equivalent | score, equivalents set aside | ignored (static) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const byPackage = new Map();
const changed = new Map();
const scopes = new Map(PACKAGES.map((pkg) => [pkg, new Set(mutatedFiles(pkg))]));
const outOfScope = [];
for (const [path, { mutants, source }] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const scope = scopes.get(/^packages\/([^/]+)\//.exec(path)?.[1] ?? '?');
  if (scope && !scope.has(path)) {
    // Recorded by a --mutate naming a file the package's config leaves out (testing seams, generated code): not counted.
    outOfScope.push(path);
    continue;
  }
  const entries = mutants.map((m) => [path, m]);
  const stale = source !== undefined && existsSync(path) && readFileSync(path, 'utf8') !== source;
  console.log(row(`${path.replace(/^packages\//, '')}${stale ? ' (changed since)' : ''}`, count(entries)));
  const pkg = /^packages\/([^/]+)\//.exec(path)?.[1] ?? '?';
  byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), ...entries]);
  if (stale) changed.set(pkg, [...(changed.get(pkg) ?? []), path]);
}
const notes = [];
for (const [pkg, entries] of byPackage) {
  // Whole = every mutant Stryker generates today in every file the package's config mutates has a
  // record (a --mutate'd line range records only its own mutants).
  const missing = [];
  if (PACKAGES.includes(pkg)) {
    for (const path of mutatedFiles(pkg)) {
      const recorded = new Set((files.get(path)?.mutants ?? []).map((m) => keyOf(path, m)));
      const current = await currentMutantKeys(path);
      const unrecorded = current.filter((key) => !recorded.has(key)).length;
      if (unrecorded > 0) missing.push(`${path.replace(/^packages\//, '')} (${unrecorded} of ${current.length})`);
    }
  }
  console.log(row(`**${pkg}${missing.length === 0 ? ', whole package' : ' (recorded mutants only)'}**`, count(entries)));
  if (missing.length > 0) notes.push(`${pkg}: mutants with no record: ${missing.join(', ')}`);
  if (changed.has(pkg)) notes.push(`${pkg}: changed since measured: ${changed.get(pkg).map((p) => p.replace(/^packages\//, '')).join(', ')}`);
}
if (outOfScope.length > 0) notes.push(`not counted (outside its package's Stryker config): ${outOfScope.join(', ')}`);
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);

if (listSurvivors) {
  console.log('\nSurvivors not judged equivalent:');
  for (const [path, { mutants }] of files) {
    if (outOfScope.includes(path)) continue;
    for (const m of mutants.filter((x) => isSurvivor(x) && !equivalentByKey.has(keyOf(path, x))).sort((a, b) => a.location.start.line - b.location.start.line)) {
      console.log(`${path.replace(/^packages\//, '')}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? '')}`);
    }
  }
}
if (listEquivalents) {
  console.log('\n| mutant | why equivalent |\n| --- | --- |');
  for (const e of equivalents.filter((x) => equivalentUsed.has(entryKey(x)))) {
    console.log(`| ${e.file.replace(/^packages\//, '')}:${e.line}:${e.column} ${e.mutator} \`${e.replacement.replace(/\|/g, '\\|').replace(/\s+/g, ' ')}\` | ${e.reason} |`);
  }
}
const measuredPackages = new Set(byPackage.keys());
const stale = equivalents.filter((e) => !equivalentUsed.has(entryKey(e)) && measuredPackages.has(/^packages\/([^/]+)\//.exec(e.file)?.[1] ?? '?') && files.has(e.file));
if (stale.length > 0) {
  console.log(`\nmutation/equivalent.json: ${stale.length} entr${stale.length === 1 ? 'y matches' : 'ies match'} no survivor (code moved, or killed now):`);
  for (const e of stale) console.log(`  ${e.file}:${e.line}:${e.column} ${e.mutator} ${JSON.stringify(e.replacement)}`);
}

/** The keys of the mutants Stryker's instrumenter generates in a file's current source (as in the reports: 1-based line and column). */
async function currentMutantKeys(path) {
  const quiet = () => false;
  const logger = { debug() {}, info() {}, trace() {}, warn: console.warn, error: console.error, fatal: console.error, isDebugEnabled: quiet, isTraceEnabled: quiet, isInfoEnabled: quiet, isWarnEnabled: quiet, isErrorEnabled: quiet, isFatalEnabled: quiet };
  const { mutants } = await new Instrumenter(logger).instrument([{ name: path, mutate: true, content: readFileSync(path, 'utf8') }], {
    plugins: null,
    excludedMutations: [],
    ignorers: [],
    noHeader: true,
  });
  return mutants.map((m) => keyOf(path, { ...m, location: { start: { line: m.location.start.line + 1, column: m.location.start.column + 1 } } }));
}

function normalize(path) {
  return (path.startsWith('/') ? relative(process.cwd(), path) : path).replace(/\\/g, '/');
}
