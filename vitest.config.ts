import { defineConfig } from 'vitest/config';

/**
 * Files that rewrite what every other file uses, so they run alone, after the rest: the compiled
 * services test writes a stale dist/services/build-hash.txt and rebuilds dist/ in place, while a
 * live test's `faultline up` would rebuild it too and spawn services from half-written bundles.
 */
const ALONE = ['packages/cli/test/service-build.int.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Both cores. Vitest's default in run mode is availableParallelism() - 1: one worker here,
    // every file in turn (8 min 59 s on a fresh clone, session 19), while the live tests' time
    // is mostly their scenarios' wall clock (nemesis schedules, fixed run lengths).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'faultline',
          include: ['packages/*/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...ALONE],
        },
      },
      // maxWorkers 1 with isolation: vitest runs these files in a group of their own, after the
      // others have finished.
      { extends: true, test: { name: 'alone', include: ALONE, maxWorkers: 1 } },
    ],
  },
});
