// Generates the static protobufjs codec for proto/faultline/v1/*.proto into src/generated/.
// Run with `npm run gen:proto`; the test "generated code is fresh" fails when the checked-in
// output differs from what this script produces, so edits to .proto files cannot be forgotten.
// Usage: node gen-proto.mjs [outDir] [--proto-root DIR]
//   outDir defaults to packages/protocol/src/generated; --proto-root to the repo's proto/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const args = process.argv.slice(2);
const rootFlag = args.indexOf('--proto-root');
const protoRoot = rootFlag >= 0 ? resolve(args[rootFlag + 1]) : join(root, 'proto');
const positional = args.filter((_, index) => rootFlag < 0 || (index !== rootFlag && index !== rootFlag + 1));
const outDir = resolve(positional[0] ?? join(here, '../src/generated'));
const protoFiles = readdirSync(join(protoRoot, 'faultline/v1'))
  .filter((name) => name.endsWith('.proto'))
  .sort()
  .map((name) => `faultline/v1/${name}`);

const bin = (name) => join(root, 'node_modules/.bin', name);
mkdirSync(outDir, { recursive: true });
const jsPath = join(outDir, 'faultline.js');
const dtsPath = join(outDir, 'faultline.d.ts');

// int64 fields decode as JS numbers (--force-number); the protocol package rejects values
// that are not safe integers, so no precision is ever lost silently.
execFileSync(
  bin('pbjs'),
  ['-t', 'static-module', '-w', 'esm', '--force-number', '--no-typeurl', '--no-service',
   '--no-convert', '--no-verify', '-p', protoRoot, '-o', jsPath, ...protoFiles],
  { cwd: root, stdio: 'inherit' },
);
let js = readFileSync(jsPath, 'utf8');
const importLine = 'import $protobuf from "protobufjs/minimal.js";';
if (!js.includes(importLine)) throw new Error(`gen-proto: pbjs output lacks the line ${importLine}`);
js = js.replace(
  importLine,
  [
    importLine,
    '',
    '// Faultline: 64-bit integers decode as JS numbers, never Long objects. Must run before the',
    '// message prototypes below read $util.Long for their defaults. Values that are not safe',
    '// integers are rejected by packages/protocol after decoding.',
    '$protobuf.util.Long = undefined;',
    '$protobuf.configure();',
  ].join('\n'),
);
// protobufjs decode marks the set oneof member with `message.<oneof> = "<member>"`, whose
// setter deletes every other member: ~24 deletes per Envelope, 3x slower decoding overall. We
// drop those assignments; the oneof getter still names the set member, and packages/protocol's
// validator rejects a frame that sets two members of one oneof instead of keeping the last.
const oneofMarks = /\n\s+message\.\w+ = "\w+";/g;
if (!oneofMarks.test(js)) throw new Error('gen-proto: no oneof assignments found to remove (protobufjs output changed?)');
js = js.replace(oneofMarks, '');
writeFileSync(jsPath, js);

execFileSync(bin('pbts'), ['-o', dtsPath, jsPath], { cwd: root, stdio: 'inherit' });
let dts = readFileSync(dtsPath, 'utf8');
dts = dts.replace(/import \* as \$protobuf from "protobufjs";/, 'import * as $protobuf from "protobufjs";');
writeFileSync(dtsPath, dts);

// The JSON descriptor drives decode-time validation (enum ranges, safe integers) by reflection.
execFileSync(bin('pbjs'), ['-t', 'json', '-p', protoRoot, '-o', join(outDir, 'faultline.json'), ...protoFiles], {
  cwd: root,
  stdio: 'inherit',
});

