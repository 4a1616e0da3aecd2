#!/usr/bin/env node
/**
 * Sums Stryker JSON reports (mutation-testing-report-schema: reports/mutation/*.json or the
 * incremental files reports/stryker-incremental-*.json) per file and per package. Several
 * reports may cover different files of one package (one run per file): each file is counted
 * once, from the last report given that holds it.
 *
 *   node scripts/mutation-score.mjs reports/stryker-incremental-consensus*.json
 *
 * A directory is read as an event-recorder directory (reports/mutation/events-<package>: one
 * file per tested mutant, written as the run goes), so a run that has not finished yet, or was
 * stopped, still gives the figures of the mutants it tested.
 *
 * Score = (killed + timeout) / (killed + timeout + survived + no coverage), Stryker's mutation
 * score; compile errors (the TypeScript checker refused the mutant) are counted apart.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored'];
const args = process.argv.slice(2);
const listSurvivors = args[0] === '--survivors';
const files = new Map();
for (const report of args.filter((arg) => arg !== '--survivors')) {
  if (statSync(report).isDirectory()) {
    const byFile = new Map();
    for (const name of readdirSync(report).filter((n) => n.endsWith('-onMutantTested.json')).sort()) {
      const mutant = JSON.parse(readFileSync(join(report, name), 'utf8'));
      byFile.set(mutant.fileName, [...(byFile.get(mutant.fileName) ?? []), mutant]);
    }
    for (const [path, mutants] of byFile) files.set(path, mutants);
    continue;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  for (const [path, file] of Object.entries(json.files ?? {})) files.set(path, file.mutants ?? []);
}
if (files.size === 0) {
  console.error('usage: node scripts/mutation-score.mjs [--survivors] <stryker json report or events directory>…');
  process.exit(2);
}

const count = (mutants) => Object.fromEntries(STATUSES.map((status) => [status, mutants.filter((m) => m.status === status).length]));
const score = (c) => {
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return valid === 0 ? 'n/a' : `${((100 * (c.Killed + c.Timeout)) / valid).toFixed(1)} %`;
};
const row = (name, c) =>
  `| ${name} | ${c.Killed + c.Timeout + c.Survived + c.NoCoverage + c.CompileError + c.RuntimeError} | ${c.Killed} | ${c.Survived} | ${c.NoCoverage} | ${c.Timeout} | ${c.CompileError} | ${score(c)} |`;

console.log('| file | mutants | killed | survived | no coverage | timeout | compile errors | score |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const byPackage = new Map();
for (const [path, mutants] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(row(path.replace(/^.*packages\//, ''), count(mutants)));
  const pkg = /packages\/([^/]+)\//.exec(path)?.[1] ?? '?';
  byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), ...mutants]);
}
for (const [pkg, mutants] of byPackage) console.log(row(`**${pkg} (these files)**`, count(mutants)));

if (listSurvivors) {
  console.log('');
  for (const [path, mutants] of files) {
    for (const m of mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage').sort((a, b) => a.location.start.line - b.location.start.line)) {
      console.log(`${path.replace(/^.*packages\//, '')}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? '')}`);
    }
  }
}
