/**
 * The vitest settings every mutation config shares (npm run mutation): what makes one mutant's
 * test run cheap without changing what a test asserts. Profiled 2026-12-05 (docs/invariants.md,
 * "What a run costs here"):
 *
 * - `isolate: false` (consensus, runtime, venue): Stryker keeps one vitest instance and re-runs
 *   the covering test files for each mutant; isolated, every file re-imports the workspace sources
 *   (~0.6 s a file, 2/3 of a venue run's CPU). The mutants are switched at run time (schemata), so
 *   the sources need no reload; static mutants (run only at module load) are ignored in these
 *   packages. Protocol keeps isolation: its static mutants (the compiled codecs are built at
 *   module load) need the reload.
 * - Cheap, focused files first, with Stryker's bail (the run stops at the first failing test):
 *   a killed mutant costs the tests up to the first that fails. Files that failed the previous
 *   run (a neighbouring mutant) come first (after `pinned`: protocol's load check), then `first`,
 *   then the rest, `last` at the end; within a rank the shorter file (vitest's cache) first.
 * - fast-check ends a failing property at its first counterexample (no shrinking, mutation-setup.ts):
 *   the test fails the same, but shrinking a property that fails on every input ran past Stryker's
 *   timeout (40 s a mutant, then a new worker).
 * - `loadCheck` (protocol): a test file that fails outside any test (its top-level code throws
 *   under a static mutant, e.g. a fixture built with encodeFrame at load) reports no test at all,
 *   and Stryker's vitest runner reads only tests: the mutant "survived" with the other files'
 *   tests passed (session 18: event-log.ts:34's frame length, 75 of 103 tests completed, the
 *   rules file of 28 missing). The reporter below fails the named test (run first, so it has a
 *   result) with the broken file's error, so such a mutant is killed, by a test of the dry run.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import type { ViteUserConfig } from 'vitest/config';
import type { Reporter, TestModule } from 'vitest/node';
import { workspaceAliases } from './workspace-aliases.ts';

export interface MutationTestOptions {
  include: string[];
  exclude?: string[];
  isolate: boolean;
  /** Files run before every other, even before the files that failed the previous run. */
  pinned?: RegExp[];
  /** Files (path patterns) run first: the focused rule tests. */
  first?: RegExp[];
  /** Files run last: properties and whole-history runs. */
  last?: RegExp[];
  testNamePattern?: string;
  env?: Record<string, string>;
  /** A test that fails when another test file of the run fails outside any test (file comment). */
  loadCheck?: { file: RegExp; test: string };
}

/** Fails `check` when a test file of the run failed outside its tests (a top-level throw). */
function loadFailuresFail(check: { file: RegExp; test: string }): Reporter {
  return {
    onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
      const broken = modules.filter((module) => module.errors().length > 0);
      if (broken.length === 0) return;
      const test = modules
        .filter((module) => check.file.test(module.moduleId))
        .flatMap((module) => [...module.children.allTests()])
        .find((candidate) => candidate.name === check.test);
      // The task behind the reported test (internal in vitest's types): the tree Stryker reads.
      const result = (test as unknown as { task?: { result?: { state: string; errors?: unknown[] } } } | undefined)?.task?.result;
      if (!result) return;
      result.state = 'fail';
      result.errors = broken.map((module) => ({
        name: 'Error',
        message: `${relative(process.cwd(), module.moduleId)} failed outside any test: ${module.errors()[0]?.message ?? 'unknown error'}`,
      }));
    },
  };
}

export function mutationTestConfig(options: MutationTestOptions): ViteUserConfig {
  const pinned = options.pinned ?? [];
  const first = options.first ?? [];
  const last = options.last ?? [];
  const rank = (file: string): number => (first.some((re) => re.test(file)) ? 0 : last.some((re) => re.test(file)) ? 2 : 1);

  class FocusedFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const cache = this.ctx.cache;
      const key = (spec: TestSpecification): string => `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
      const failed = (spec: TestSpecification): number => (cache.getFileTestResults(key(spec))?.failed ? 0 : 1);
      const duration = (spec: TestSpecification): number => cache.getFileTestResults(key(spec))?.duration ?? Number.MAX_SAFE_INTEGER;
      const unpinned = (spec: TestSpecification): number => (pinned.some((re) => re.test(spec.moduleId)) ? 0 : 1);
      return [...files].sort(
        (a, b) => unpinned(a) - unpinned(b) || failed(a) - failed(b) || rank(a.moduleId) - rank(b.moduleId) || duration(a) - duration(b) || (a.moduleId < b.moduleId ? -1 : 1),
      );
    }
  }

  return {
    resolve: { alias: workspaceAliases() },
    test: {
      include: options.include,
      exclude: [...(options.exclude ?? []), '**/node_modules/**'],
      ...(options.testNamePattern ? { testNamePattern: options.testNamePattern } : {}),
      testTimeout: 60_000,
      pool: 'forks',
      isolate: options.isolate,
      setupFiles: [new URL('./mutation-setup.ts', import.meta.url).pathname],
      sequence: { sequencer: FocusedFirst },
      env: { FAULTLINE_MUTATION: '1', ...(options.env ?? {}) },
      ...(options.loadCheck ? { reporters: [loadFailuresFail(options.loadCheck), 'default'] } : {}),
    },
  };
}
