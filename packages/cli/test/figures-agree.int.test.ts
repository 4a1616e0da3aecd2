/**
 * One run, one figure: the printed summary, summary.json and the report computed from the event
 * log agree on the longest block gap (issue 12: the live summary said 41.7 s where the report of
 * the same run said 1.0 s — the summary counted the start-up interval from block 1's genesis time).
 * The validators come up 20 s late, as in a slow live start, so that interval is large.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportData } from '@faultline/replay';

const BIN = 'packages/cli/bin/faultline.js';

describe('summary, summary.json and report agree', () => {
  it('on the longest block gap, and none of them counts the start-up interval', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-figures-'));
    const faults = join(dir, 'late-validators.json');
    writeFileSync(faults, JSON.stringify({ version: 1, faults: [{ kind: 'crash', atUs: 0, durationUs: 20_000_000, actors: ['validator-*'] }] }));
    const out = join(dir, 'run');
    const result = spawnSync(process.execPath, [BIN, 'sim', '--scenario', 'baseline', '--faults', faults, '--duration', '35', '--out', out], { encoding: 'utf8', timeout: 300_000 });
    expect(result.status, result.stderr).toBe(0);
    const printed = /longest gap ([\d.]+) s/.exec(result.stdout)?.[1];
    const json = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { longestBlockGapUs: number; height: number };
    const report = buildReportData(new Uint8Array(readFileSync(join(out, 'events.fllog'))));
    const reportRow = report.summary.find(([label]) => label === 'longest block gap')?.[1];
    const committed = report.charts.find((c) => c.id === 'block-gaps')?.series.find((s) => s.name === 'committed');
    const seriesMaxS = Math.max(...(committed?.points ?? []).map(([, v]) => v ?? 0));

    expect(json.height).toBeGreaterThan(10);
    expect(json.longestBlockGapUs).toBeLessThan(5_000_000); // blocks ~0.5 s apart once the chain runs; block 1 -> 2 spans the 20 s start
    expect(printed).toBe((json.longestBlockGapUs / 1e6).toFixed(1));
    expect(reportRow).toBe(`${(json.longestBlockGapUs / 1e6).toFixed(1)} s`);
    expect(seriesMaxS * 1e6).toBeCloseTo(json.longestBlockGapUs, 0);
  }, 300_000);
});
