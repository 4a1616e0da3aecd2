/**
 * Setup of every mutation test run (vitest-mutation.ts): a failing property ends at its first
 * counterexample. The test fails exactly as with shrinking; shrinking only makes the report
 * smaller, and under a mutant that breaks every input it ran past Stryker's timeout.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
