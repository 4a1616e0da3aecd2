/**
 * Setup of every mutation test run (vitest-mutation.ts), before each test file.
 *
 * - A failing property ends at its first counterexample. The test fails exactly as with
 *   shrinking; shrinking only makes the report smaller, and under a mutant that breaks every
 *   input it ran past Stryker's timeout.
 * - `FAULTLINE_MUTATION_FRESH_PER_RUN` (protocol): one fresh module graph per Stryker run (the dry
 *   run, then each mutant's run), shared by that run's test files, instead of one per test file
 *   (`isolate: true`). Protocol's static mutants (the compiled encoder and validators, built at
 *   module load) need the sources evaluated with the mutant active, and its module-level memos
 *   (compiled validators, key and signature memos) must not carry one mutant's work into the next
 *   run; both hold when the graph is rebuilt at the first file of every run. Within a run the
 *   files share the memos as they do in production. Stryker's own setup file runs before this one
 *   and has set the active mutant for a static run already.
 */
import fc from 'fast-check';
import { inject, vi } from 'vitest';

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });

if (process.env['FAULTLINE_MUTATION_FRESH_PER_RUN'] === '1') {
  const provided = inject as unknown as (key: string) => unknown;
  const run = `${String(provided('mode'))}/${String(provided('activeMutant'))}`;
  const state = globalThis as { __faultlineMutationRun?: string };
  if (state.__faultlineMutationRun !== run) {
    state.__faultlineMutationRun = run;
    vi.resetModules();
  }
}
