/**
 * A validator's broker permissions include its peers' stored logs (spec.ts actorSubjects,
 * specSubjects): it may subscribe to `stored.<peer>` of every other validator of its set (where
 * deliverFromLog reads their proposals and votes), not its own, and publishes nowhere new; other
 * kinds are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { actorSubjects, specSubjects } from '../src/spec.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];

describe("a validator's stored-log subjects", () => {
  it("subscribes to every other validator's stored log, publishes to none", () => {
    const subjects = actorSubjects('validator', 'validator-2', IDS);
    expect(subjects.subscribe.filter((s) => s.startsWith('stored.'))).toEqual(['stored.validator-1', 'stored.validator-3', 'stored.validator-4']);
    expect(subjects.publish.some((s) => s.startsWith('stored.'))).toBe(false);
    expect(actorSubjects('validator', 'validator-2').subscribe.some((s) => s.startsWith('stored.'))).toBe(false);
  });

  it('takes the set from a validator spec; other kinds get none', () => {
    const spec = { kind: 'validator' as const, id: 'validator-4', config: { validatorIds: IDS, keySeed: 1 } };
    expect(specSubjects(spec).subscribe.filter((s) => s.startsWith('stored.'))).toEqual(['stored.validator-1', 'stored.validator-2', 'stored.validator-3']);
    expect(actorSubjects('execution', 'execution-1', IDS)).toEqual(actorSubjects('execution', 'execution-1'));
  });
});
