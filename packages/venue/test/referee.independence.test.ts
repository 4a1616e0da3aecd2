/**
 * The referee is a second implementation: it may use the venue's types, constants, events and
 * config, the protocol's codec and signatures — never the engine's margin, health, oracle,
 * liquidation, matching or arithmetic code it judges.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../src/referee/', import.meta.url);
const ALLOWED = new Set(['../config.ts', '../events.ts', '../vocabulary.ts', '@faultline/protocol', 'node:crypto']);

describe('the referee is independent of the engine', () => {
  it('imports only types, constants, events and config from the venue', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      for (const match of source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const target = match[1] as string;
        if (target.startsWith('./') || ALLOWED.has(target)) continue;
        bad.push(`${file} imports ${target}`);
      }
      for (const match of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) bad.push(`${file} imports ${match[1]} dynamically`);
    }
    expect(bad).toEqual([]);
  });
});
