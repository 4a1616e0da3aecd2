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
// protobufjs reads every 64-bit varint into a new LongBits object and converts it to a number.
// Most of ours are small (sequence numbers, prices, sizes, ids): one of at most four bytes
// (< 2^28) is read here directly, to the same number (LongBits(lo, 0).toNumber() is lo for
// both signednesses); a longer one, or one near the end of the buffer, goes through protobufjs.
const longReads = /reader\.(u?int64)\(\)/g;
if (!longReads.test(js)) throw new Error('gen-proto: no reader.int64()/uint64() calls found (protobufjs output changed?)');
js = js.replace(longReads, '$read$1(reader)');
js = js.replace(
  '$protobuf.configure();',
  [
    '$protobuf.configure();',
    '',
    '// Faultline: 64-bit varints of up to four bytes read without a LongBits (see gen-proto.mjs).',
    'function $readSmallVarint(reader) {',
    '    const buf = reader.buf, pos = reader.pos;',
    '    if (reader.len - pos <= 4) return -1;',
    '    let byte = buf[pos];',
    '    if (byte < 128) { reader.pos = pos + 1; return byte; }',
    '    let value = byte & 127;',
    '    byte = buf[pos + 1]; value |= (byte & 127) << 7;',
    '    if (byte < 128) { reader.pos = pos + 2; return value; }',
    '    byte = buf[pos + 2]; value |= (byte & 127) << 14;',
    '    if (byte < 128) { reader.pos = pos + 3; return value; }',
    '    byte = buf[pos + 3]; value |= (byte & 127) << 21;',
    '    if (byte < 128) { reader.pos = pos + 4; return value; }',
    '    return -1;',
    '}',
    'function $readuint64(reader) {',
    '    const value = $readSmallVarint(reader);',
    '    return value >= 0 ? value : reader.uint64();',
    '}',
    'function $readint64(reader) {',
    '    const value = $readSmallVarint(reader);',
    '    return value >= 0 ? value : reader.int64();',
    '}',
  ].join('\n'),
);
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

