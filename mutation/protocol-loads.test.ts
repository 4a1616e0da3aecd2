/**
 * Mutation testing of packages/protocol only (vitest.protocol.config.ts runs it first, always): the
 * package's sources load. A static mutant that breaks module evaluation (the compiled encoder's
 * source made invalid, e.g. encode.ts's `'    try {'` emptied) makes every test file fail to load,
 * and Stryker 9.6 with vitest 4.1 scores a run in which no test completed as survived
 * (stryker-js#6213): found in the 13:26 run, three false survivors in encode.ts. Here the import's
 * failure is caught and a test fails, so the mutant is killed.
 *
 * The import runs at the file's top level, outside any test (session 17): imported inside the
 * test, the first evaluation of every module-level statement of the package happened during that
 * test, so Stryker's dry run recorded the module-level mutants (schema-types.ts' scalar sets,
 * signing.ts' DER prefixes, the compiled codecs' sources) as covered by this one test rather than
 * as static, and tested each of them with this test alone: 1 test completed, "survived". Loaded
 * outside a test, they are static: all tests run with the mutant active from module load.
 *
 * The same holds for validate.ts' compiled validators, built on first use and kept: the dry run
 * credited compile()'s mutants to whichever test first asked for a type's validator (a codec
 * test, for the Envelope and every type it nests), and a mutant there ran that test alone — not
 * the validator rules that judge it. Every type's validator is compiled here, at load (as the
 * first decode of a run compiles them in production, once), so those mutants are static too.
 */
import { expect, it } from 'vitest';

const loaded = await (async () => {
  try {
    const [protocol, validate, schema] = await Promise.all([
      import('@faultline/protocol'),
      import('../packages/protocol/src/validate.ts'),
      import('../packages/protocol/src/schema-types.ts'),
    ]);
    for (const [name, type] of Object.entries(schema.schemaTypes)) if (type.fields) validate.validatorFor(name);
    return { protocol, error: undefined as unknown };
  } catch (error) {
    return { protocol: undefined, error };
  }
})();

it('the protocol sources load', () => {
  expect(loaded.error).toBeUndefined();
  expect(typeof loaded.protocol?.encodeMessage).toBe('function');
});

// Its verdict is given by vitest-mutation.ts' loadCheck reporter at the end of the run: failed when
// another test file of the run failed outside any test (its top-level code threw under a static
// mutant), so that Stryker, which reads only tests, sees the mutant killed (session 18).
it('every other test file of the run loads', () => {
  expect(loaded.error).toBeUndefined();
});
