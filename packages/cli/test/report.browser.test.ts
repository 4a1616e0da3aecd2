/**
 * `faultline report` in a real headless browser (Debian's chromium via playwright-core): the
 * page loads without console or page errors, every chart is drawn with its expected series and
 * points, fault windows are there to shade, the invariant table has a row per invariant, and a
 * screenshot is saved beside the report in the run directory.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findProgram } from '../../../scripts/ensure-deps.mjs';

const BIN = 'packages/cli/bin/faultline.js';
// Where scripts/ensure-deps.mjs (npm test's pretest) found it: FAULTLINE_CHROMIUM, else chromium on PATH or in /usr/bin.
const CHROMIUM = findProgram('chromium') ?? process.env['FAULTLINE_CHROMIUM'] ?? '/usr/bin/chromium';

describe('faultline report (headless chromium)', () => {
  it('renders every chart with its series, the fault windows and the invariant table; saves a screenshot', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'faultline-report-'));
    execFileSync(process.execPath, [BIN, 'sim', '--scenario', 'flash-crash-during-stall', '--seed', '1', '--duration', '150', '--out', dir, '--json'], { encoding: 'utf8' });
    const report = spawnSync(process.execPath, [BIN, 'report', join(dir, 'events.fllog'), '--out', join(dir, 'report.html'), '--json'], { encoding: 'utf8' });
    expect(report.status, report.stderr).toBe(0);
    const written = JSON.parse(report.stdout);
    expect(written.out).toBe(join(dir, 'report.html'));

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(written.out).href);
      await page.waitForFunction(() => (globalThis as unknown as { __faultlineReport?: unknown }).__faultlineReport !== undefined);
      const state = (await page.evaluate(() => (globalThis as unknown as { __faultlineReport: unknown }).__faultlineReport)) as {
        windows: number;
        charts: Array<{ id: string; rendered: boolean; missing: boolean; series: Array<{ name: string; points: number }> }>;
      };
      expect(errors).toEqual([]);
      const expected: Record<string, string[]> = {
        'prices-m1': ['external', 'oracle', 'mark'],
        heights: ['committed', 'validator-1', 'validator-2', 'validator-3', 'validator-4'],
        'block-gaps': ['committed', 'validator-1', 'validator-2', 'validator-3', 'validator-4'],
        'market-state': ['pre-open m1', 'halted m1', 'auction m1'],
        liquidations: ['liquidations', 'refused', 'ADL'],
        funds: ['insurance fund', 'bad debt'],
        'hedger-inventory': ['delta', 'venue position', 'external position'],
        'hedger-pnl': ['venue P&L', 'external P&L', 'basis P&L'],
      };
      for (const [id, names] of Object.entries(expected)) {
        const chart = state.charts.find((c) => c.id === id);
        expect(chart?.rendered, id).toBe(true);
        expect(chart?.missing, id).toBe(false);
        expect(chart?.series.map((s) => s.name), id).toEqual(names);
        expect(await page.locator(`#chart-${id}`).getAttribute('data-series'), id).toBe(names.join(','));
        for (const s of chart?.series ?? []) expect(s.points, `${id} ${s.name}`).toBeGreaterThan(0);
      }
      // uPlot drew a canvas per chart; the stall and the oracle crash are shaded windows.
      expect(await page.locator('#charts canvas').count()).toBeGreaterThanOrEqual(Object.keys(expected).length);
      expect(state.windows).toBeGreaterThanOrEqual(2);
      expect(await page.locator('#invariants tr').count()).toBeGreaterThan(10);
      expect(await page.locator('#invariants tr.violated').count()).toBe(0);
      // The stall's halt (oracle-stale) and the reopening auction are listed with their reasons.
      expect(await page.locator('#market-changes tr.state-halted').count()).toBeGreaterThan(0);
      expect(await page.locator('#market-changes tr.state-auction').count()).toBeGreaterThan(0);
      // Clicking a fault window zooms every chart to it (with a margin), so cause and effect line up.
      await page.locator('#windows tr[data-from]').first().click();
      const spans = (await page.evaluate(() => (globalThis as unknown as { __faultlineReport: { spans: () => number[][] } }).__faultlineReport.spans())) as number[][];
      expect(spans.length).toBe(Object.keys(expected).length);
      for (const span of spans) expect(span).toEqual([15, 105]);
      await page.locator('#zoom-reset').click();
      expect((await page.evaluate(() => (globalThis as unknown as { __faultlineReport: { spans: () => number[][] } }).__faultlineReport.spans()))[0]).toEqual([0, 150]);
      await page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
      const screenshot = join(dir, 'report.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
