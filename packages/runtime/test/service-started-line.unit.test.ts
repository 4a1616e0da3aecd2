/** The started line a service prints once its actor started, and how a parent tells it from the report. */
import { describe, expect, it } from 'vitest';
import { isStartedLine, startedLine } from '../src/nats/service-process.ts';

describe('the started line', () => {
  it('names the actor and its incarnation', () => {
    expect(startedLine({ actor: 'exec-2', incarnation: 3 })).toEqual({ actor: 'exec-2', incarnation: 3, started: true });
    expect(isStartedLine(JSON.parse(JSON.stringify(startedLine({ actor: 'a', incarnation: 1 }))))).toBe(true);
  });

  it('is not a report, a stopped-before-start line, a truthy non-true started, null or a string', () => {
    expect(isStartedLine({ actor: 'a', stats: {}, state: {} })).toBe(false);
    expect(isStartedLine({ actor: 'a', stoppedBeforeStart: true, state: {} })).toBe(false);
    expect(isStartedLine({ actor: 'a', started: 1 })).toBe(false);
    expect(isStartedLine({ actor: 'a', started: 'true' })).toBe(false);
    expect(isStartedLine(null)).toBe(false);
    expect(isStartedLine('{"started":true}')).toBe(false);
    expect(isStartedLine(undefined)).toBe(false);
  });
});
