/**
 * commitBeforeRecord (ValidatorConfig; the live validator service sets it): a committed block is
 * published ahead of this validator's own commit record, not behind it — the host holds a publish
 * behind every append issued before it (the write-ahead barrier), so only this order takes the
 * record's durable round trip off the block's way to execution. Every other publish keeps its
 * place behind the record that protects it (a vote behind its own signed-vote record). Without the
 * option (the default, the simulator's), the block follows its record.
 */
import { describe, expect, it } from 'vitest';
import type { faultline } from '@faultline/protocol';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialValidatorState, type ValidatorConfig } from '../src/validator/validator-core.ts';

/** One validator (a quorum of one): a start proposes, votes and commits height 1 in one decision. */
const solo: ValidatorConfig = { validatorIds: ['validator-1'], keySeed: 9 };

/** The decision's effects as short labels, in order: `persist:<record kind>`, `publish:<body>@<subject>`. */
function labels(effects: readonly CoreEffect[]): string[] {
  return effects.flatMap((effect) => {
    if (effect.kind === 'persist-record') return [`persist:${Object.keys(effect.record as object).find((key) => (effect.record as Record<string, unknown>)[key] != null)}`];
    if (effect.kind === 'publish') return [`publish:${Object.keys(effect.body)[0]}@${effect.subject}`];
    return [];
  });
}

function commitOf(effects: readonly CoreEffect[]): { block: number; record: number } {
  const all = labels(effects);
  return { block: all.indexOf('publish:committedBlock@block.validator-1'), record: all.indexOf('persist:committed') };
}

describe('commitBeforeRecord', () => {
  it('the committed block is published just ahead of its commit record; without the option just after', () => {
    const early = decide(initialValidatorState({ ...solo, commitBeforeRecord: true }, 'validator-1'), { kind: 'start' }, 0).effects;
    const late = decide(initialValidatorState(solo, 'validator-1'), { kind: 'start' }, 0).effects;
    const e = commitOf(early);
    const l = commitOf(late);
    expect(e.record).toBeGreaterThan(0);
    expect(e.block).toBe(e.record - 1);
    expect(l.block).toBe(l.record + 1);
    // The same effects otherwise, in the same order: only the block and its record swapped.
    const swapped = labels(late);
    [swapped[l.record], swapped[l.block]] = [swapped[l.block]!, swapped[l.record]!];
    expect(labels(early)).toEqual(swapped);
    const block = (effects: readonly CoreEffect[]) => effects.flatMap((x) => (x.kind === 'publish' && 'committedBlock' in x.body ? [x.body.committedBlock as faultline.v1.ICommittedBlock] : []));
    expect(block(early)).toHaveLength(1);
    expect(block(early)[0]!.certificate?.precommits?.length).toBe(1);
  });

  it('every vote still follows the record of it (only the block moves)', () => {
    const effects = labels(decide(initialValidatorState({ ...solo, commitBeforeRecord: true }, 'validator-1'), { kind: 'start' }, 0).effects);
    for (const vote of effects.flatMap((label, i) => (label === 'publish:vote@consensus.validator-1' ? [i] : []))) {
      expect(effects.slice(0, vote)).toContain('persist:signedVote');
    }
    expect(effects.indexOf('persist:signedProposal')).toBeLessThan(effects.indexOf('publish:proposal@consensus.validator-1'));
  });
});
