/**
 * The summary table never prints a blank field: a live run's summary has no trace hash (and no
 * simulated-network stats) and says why; the simulated run's prints its trace hash.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, runVenue, scenarioSetup } from '@faultline/sim';
import { formatVenueSummary, LIVE_NO_TRACE_HASH } from '../src/venue-summary.ts';

/** The label/value rows of the summary's first block. */
function rows(text: string): Array<[string, string]> {
  const head = text.split('\n\n')[0]?.split('\nMarkets')[0] ?? '';
  return head.split('\n').slice(1).map((line) => {
    const match = /^ {2}(\S.*?) {2,}(.*)$/.exec(line);
    return [match?.[1] ?? line, match?.[2] ?? ''];
  });
}

describe('formatVenueSummary', () => {
  const summary = runVenue(scenarioSetup({ ...loadScenarioFile('scenarios/baseline.json'), durationUs: 5_000_000 }, 1));

  it('a simulated run: every field has a value, the trace hash is the run\'s', () => {
    const printed = rows(formatVenueSummary(summary));
    expect(printed.filter(([, value]) => value.trim() === '')).toEqual([]);
    expect(printed).toContainEqual(['trace hash', summary.traceHash]);
    expect(printed.map(([label]) => label)).toContain('virtual time');
  }, 60_000);

  it('a live run: no trace hash in the summary, and the table says why instead of a blank', () => {
    const { traceHash: _trace, sim: _sim, ...live } = summary;
    const printed = rows(formatVenueSummary(live, 'live'));
    expect(printed.filter(([, value]) => value.trim() === '')).toEqual([]);
    expect(printed).toContainEqual(['trace hash', LIVE_NO_TRACE_HASH]);
    expect(printed.map(([label]) => label)).toContain('wall time');
    expect(JSON.parse(JSON.stringify(live))).not.toHaveProperty('traceHash');
  }, 60_000);
});
