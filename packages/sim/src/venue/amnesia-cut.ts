/**
 * The default campaign's link cut for a run that draws an amnesic validator: what the lock rule
 * (Algorithm 1, L22/L28) is there for, on an honest network's terms. The attack needs two things at
 * once — the `amnesia` Byzantine validator (it prevotes any valid proposal, proposes a fresh block
 * with no proof-of-lock, precommits only its own blocks) and validators whose outgoing links fail
 * (`one-way`, a real network's asymmetric failure) for as long as the rounds up to the amnesic
 * proposer's take. Drawn independently (~7 % of runs have an amnesic validator, a cut of the right
 * validators lasting the right seconds is rarer still), they met in one run of the 1,000 the
 * five campaign seeds ran; so a run whose seed draws an amnesic validator also gets the cut,
 * timed from the same seed. Every other run keeps its draws exactly.
 *
 * Why this cut: with the amnesic validator(s) withholding their precommits from blocks they did
 * not propose, a block B needs the precommits of 2f + 1 of the others. The cut leaves exactly 2f
 * non-amnesic validators heard by the rest (`kept`: honest, the ones proposing just before the
 * amnesic one), so a height whose proposer is not amnesic goes like this: everyone prevotes B
 * (a polka: the kept validators lock on B), the cut validators hear 2f + 1 B precommits with
 * their own and commit B, nobody hears theirs, and the kept validators, locked on B with 2f B
 * precommits and the amnesic nil, time out round after round (the cut validators' rounds bring
 * no proposal to them) until the amnesic proposer's round: a fresh block B' with polRound -1.
 * The correct core prevotes nil (locked on B; no polka for B' without them) and commits B once
 * the link heals; a core that ignores its lock prevotes B' with the amnesic, and 2f + 1
 * precommits commit B' at B's height: two blocks at one height (`consensus-agreement`,
 * `chain-integrity`). Sync cannot rescue the kept validators: the committer's status and
 * blocks are what the link loses.
 *
 * The cut's length covers the slowest way there (CometBFT's timeouts, base + delta x round):
 * the height in progress and one more (each a commit wait), then a height whose first rounds
 * belong to the cut validators (no proposal reaches the others: propose, prevote and precommit
 * timeouts in full), then the 2f kept proposers' rounds (precommit timeouts: 2f B precommits and
 * the amnesic nil make 2f + 1), plus a second for the network and the amnesic proposal itself.
 * dYdX's timeouts at n = 4: 8.5 s (a 3.6 s cut did not fork, an 8 s one always did:
 * amnesia.test.ts); CometBFT's at n = 7: 25.5 s. It starts after start-up and ends by the
 * swarm's end of faults, so every recovery bound is still evaluated after it.
 */
import { faultTolerance, timeoutUs, type ByzantineBehaviour, type TimeoutConfig } from '@faultline/consensus';
import { createRng, type FaultEvent } from '@faultline/runtime';

/** The cut starts no earlier (the venue has opened and heights are committing). */
export const AMNESIA_CUT_START_US = 3_000_000;

/** Slack on top of the timeouts: network delay, building the amnesic proposal, the fork's votes. */
const SLACK_US = 1_000_000;

export interface AmnesiaCutInput {
  /** The run's validators (any order: the proposer order is the sorted ids, validator-set.ts). */
  validators: readonly string[];
  /** Every Byzantine validator of the run (the scenario's own and the campaign's draw). */
  byzantine: Readonly<Record<string, ByzantineBehaviour>>;
  timeouts: TimeoutConfig;
  runSeed: number;
  /** Every fault has ended by then (the swarm's endByUs). */
  endByUs: number;
}

/** The validators a run with an amnesic validator cuts off, or undefined (no amnesic validator, f = 0). */
export function amnesiaCutValidators(validators: readonly string[], byzantine: Readonly<Record<string, ByzantineBehaviour>>): string[] | undefined {
  const sorted = [...validators].sort();
  const n = sorted.length;
  const f = faultTolerance(n);
  const amnesic = sorted.filter((id) => byzantine[id] === 'amnesia');
  const first = amnesic[0];
  if (first === undefined || f === 0) return undefined;
  // Kept: the amnesic validators and the 2f honest ones proposing just before the first of them
  // (so after a lock, the rounds up to the amnesic proposer's are theirs, each a precommit timeout).
  const kept = new Set(amnesic);
  const at = sorted.indexOf(first);
  let honestKept = 0;
  for (let back = 1; back < n && honestKept < 2 * f; back++) {
    const id = sorted[(at - back + n) % n] as string;
    if (byzantine[id] === undefined) {
      kept.add(id);
      honestKept++;
    }
  }
  // Every other validator is cut, other Byzantine ones included (a forger or double voter that
  // precommits B would complete its quorum; one that withholds would leave B' short of 2f + 1).
  const cut = sorted.filter((id) => !kept.has(id));
  return honestKept === 2 * f && cut.length > 0 ? cut : undefined;
}

/** The longest the cut needs to be for `cutCount` validators cut at n validators (see the module comment). */
export function amnesiaCutUs(timeouts: TimeoutConfig, validators: number, cutCount: number): number {
  const f = faultTolerance(validators);
  let totalUs = 2 * timeouts.commitUs + SLACK_US;
  for (let round = 0; round < cutCount; round++) totalUs += timeoutUs(timeouts, 'propose', round) + timeoutUs(timeouts, 'prevote', round) + timeoutUs(timeouts, 'precommit', round);
  for (let round = cutCount; round < cutCount + 2 * f; round++) totalUs += timeoutUs(timeouts, 'precommit', round);
  return totalUs;
}

/**
 * The cut of a run with an amnesic validator (a `one-way` from the cut validators to the other
 * validators), timed from the run seed on its own stream; undefined for any other run.
 */
export function amnesiaLinkCut(input: AmnesiaCutInput): FaultEvent | undefined {
  const cut = amnesiaCutValidators(input.validators, input.byzantine);
  if (!cut) return undefined;
  const wantedUs = amnesiaCutUs(input.timeouts, input.validators.length, cut.length);
  const rng = createRng(input.runSeed).derive('campaign/amnesia-cut');
  const atUs = rng.int(AMNESIA_CUT_START_US, Math.max(AMNESIA_CUT_START_US, input.endByUs - wantedUs));
  const durationUs = Math.max(1, Math.min(wantedUs, input.endByUs - atUs));
  return { kind: 'one-way', atUs, durationUs, from: cut, to: input.validators.filter((id) => !cut.includes(id)) };
}
