/**
 * When `faultline replay` judges on a second thread: as --judge-thread / --no-judge-thread say,
 * otherwise for a log of JUDGE_THREAD_MIN_LOG_BYTES or more on a machine with two CPUs or more
 * (the threaded and one-threaded results are the same: replay-commands.int.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { JUDGE_THREAD_MIN_LOG_BYTES, judgeThreadFor } from '../src/commands/replay.ts';

describe('faultline replay: the judge thread by default', () => {
  it('asked for or refused: as asked, whatever the size and CPUs', () => {
    expect(judgeThreadFor(true, 1_000, 1)).toBe(true);
    expect(judgeThreadFor(false, 10 * JUDGE_THREAD_MIN_LOG_BYTES, 8)).toBe(false);
  });

  it('not said: on from the size up with two CPUs or more, off below it or on one CPU', () => {
    expect(judgeThreadFor(undefined, JUDGE_THREAD_MIN_LOG_BYTES, 2)).toBe(true);
    expect(judgeThreadFor(undefined, JUDGE_THREAD_MIN_LOG_BYTES - 1, 2)).toBe(false);
    expect(judgeThreadFor(undefined, JUDGE_THREAD_MIN_LOG_BYTES, 1)).toBe(false);
  });
});
