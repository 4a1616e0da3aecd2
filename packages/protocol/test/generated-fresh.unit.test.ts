/**
 * The checked-in codec must be exactly what the .proto files generate: a schema edit without
 * `npm run gen:proto` fails here, naming the stale file.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const script = join(here, '../scripts/gen-proto.mjs');
const checkedIn = join(here, '../src/generated');
const protoRoot = join(here, '../../../proto');
const scratch = mkdtempSync(join(tmpdir(), 'faultline-gen-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function generate(outDir: string, root = protoRoot): void {
  execFileSync(process.execPath, [script, outDir, '--proto-root', root], { stdio: 'pipe' });
}

/** Files whose generated content differs from the checked-in copy. */
export function staleFiles(generatedDir: string, referenceDir: string): string[] {
  return readdirSync(referenceDir)
    .sort()
    .filter((name) => readFileSync(join(generatedDir, name), 'utf8') !== readFileSync(join(referenceDir, name), 'utf8'));
}

describe('generated protobuf code', () => {
  it('is fresh: regenerating from proto/ gives the checked-in files byte for byte', () => {
    const out = join(scratch, 'fresh');
    generate(out);
    expect(staleFiles(out, checkedIn)).toEqual([]);
  }, 60_000);

  it('detects a schema edit that was not regenerated', () => {
    const editedRoot = join(scratch, 'proto');
    cpSync(protoRoot, editedRoot, { recursive: true });
    const controlProto = join(editedRoot, 'faultline/v1/control.proto');
    writeFileSync(controlProto, readFileSync(controlProto, 'utf8').replace('message Shutdown {', 'message Shutdown {\n  uint32 grace_ms = 2;'));
    const out = join(scratch, 'edited');
    generate(out, editedRoot);
    expect(staleFiles(out, checkedIn)).toEqual(['faultline.d.ts', 'faultline.js', 'faultline.json']);
  }, 60_000);
});
