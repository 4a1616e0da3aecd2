export { Referee, REFEREE_INVARIANTS, type RefereeInvariant, type RefereeViolation, type RefereeBlock } from './referee.ts';
export { RefereeLedger, type Standing } from './ledger.ts';
