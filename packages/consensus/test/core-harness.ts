/** Drives TendermintCore instances by hand: a scripted network for exact message orders. */
import { deriveKeyPair, type faultline } from '@faultline/protocol';
import { DYDX_TIMEOUTS, TendermintCore, ValidatorSet, type ByzantineBehaviour, type ConsensusLimits, type ConsensusPlantedBug, type CoreEffect } from '@faultline/consensus';

export const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
export const KEY_SEED = 11;

export function validatorSet(): ValidatorSet {
  return new ValidatorSet(IDS.map((id) => ({ id, publicKeyRaw: deriveKeyPair(KEY_SEED, id).publicKeyRaw })));
}

export function makeCore(id: string, options: { plantedBug?: ConsensusPlantedBug; byzantine?: ByzantineBehaviour; limits?: Partial<ConsensusLimits> } = {}): TendermintCore {
  return new TendermintCore({
    validatorId: id,
    validators: validatorSet(),
    keys: deriveKeyPair(KEY_SEED, id),
    timeouts: DYDX_TIMEOUTS,
    genesisTimeUs: 0,
    ...options,
  });
}

export const votesIn = (effects: readonly CoreEffect[]) =>
  effects.flatMap((effect) => (effect.kind === 'broadcast-vote' ? [effect.vote] : []));
export const proposalsIn = (effects: readonly CoreEffect[]) =>
  effects.flatMap((effect) => (effect.kind === 'broadcast-proposal' ? [effect.proposal] : []));
export const persistedIn = (effects: readonly CoreEffect[]): faultline.v1.IValidatorWalRecord[] =>
  effects.flatMap((effect) => (effect.kind === 'persist' ? [effect.record] : []));
export const commitsIn = (effects: readonly CoreEffect[]) =>
  effects.flatMap((effect) => (effect.kind === 'commit' ? [effect.committed] : []));
