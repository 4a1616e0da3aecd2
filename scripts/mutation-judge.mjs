#!/usr/bin/env node
/**
 * Records a surviving mutant as judged equivalent in mutation/equivalent.json (read by
 * mutation-score.mjs), from its record in mutation/incremental/<package>.json (or a <package>.<part>.json):
 *
 *   node scripts/mutation-judge.mjs <file>:<line>:<column> <mutator> <replacement> <reason>
 *   e.g. node scripts/mutation-judge.mjs packages/consensus/src/tendermint.ts:886:19 EqualityOperator 'i <= length' 'the extra step compares undefined with undefined'
 *
 * The entry keeps the mutant's source line (trimmed) and indent, so that it still matches after
 * an edit above it moves the line. A judgement is a claim: say in the reason why no test can
 * tell the mutant from the original.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const [where, mutator, replacement, reason] = process.argv.slice(2);
const match = /^(packages\/([^/]+)\/.+):(\d+):(\d+)$/.exec(where ?? '');
if (!match || !mutator || replacement === undefined || !reason) {
  console.error('usage: node scripts/mutation-judge.mjs <file>:<line>:<column> <mutator> <replacement> <reason>');
  process.exit(2);
}
const [, file, pkg, line, column] = match;
// The package's main record, then its parts (<package>.<part>.json, see mutation-score.mjs): the
// last that holds the file is the one its score counts.
const records = [`${pkg}.json`, ...readdirSync('mutation/incremental').filter((n) => n.startsWith(`${pkg}.`) && n.endsWith('.json') && n !== `${pkg}.json`).sort()]
  .map((name) => `mutation/incremental/${name}`)
  .filter((path) => existsSync(path));
const recorded = records.map((path) => JSON.parse(readFileSync(path, 'utf8')).files?.[file]).filter(Boolean).at(-1);
const mutant = recorded?.mutants.find(
  (m) => m.location.start.line === Number(line) && m.location.start.column === Number(column) && m.mutatorName === mutator && (m.replacement ?? '') === replacement,
);
if (!mutant) {
  console.error(`no recorded mutant ${mutator} ${JSON.stringify(replacement)} at ${where} in ${records.join(' or ')}`);
  process.exit(1);
}
if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') console.warn(`note: its recorded status is ${mutant.status}`);
const text = recorded.source.split('\n')[Number(line) - 1] ?? '';
const path = 'mutation/equivalent.json';
const json = JSON.parse(readFileSync(path, 'utf8'));
json.mutants = json.mutants.filter((e) => !(e.file === file && e.line === Number(line) && e.column === Number(column) && e.mutator === mutator && e.replacement === replacement));
json.mutants.push({ file, line: Number(line), column: Number(column), mutator, replacement, code: text.trim(), indent: text.length - text.trimStart().length, reason });
json.mutants.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
console.log(`judged equivalent: ${file}:${line}:${column} ${mutator} ${JSON.stringify(replacement)}`);
