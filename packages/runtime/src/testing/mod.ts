export { faultEventArbitrary, faultScheduleArbitrary, type FaultArbitraryOptions } from '../fault-arbitraries.ts';
export { SIM_VARIANTS, type SimVariantName } from './sim-variants.ts';
/**
 * Deep-freezes every envelope the simulator decodes (recipients of one frame share one decoded
 * envelope): a handler that changes what it was handed then throws, where it would otherwise
 * change what the other recipients see. Returns the previous setting.
 */
export { setFreezeSharedDeliveries as freezeSharedDeliveries } from '../sim/simulation.ts';
/**
 * While on, the simulator's durable logs encode each record appended with `appendRecord` at once
 * too (a host may encode one later); `changedLazyLogRecords()` lists the records whose encoding
 * has changed since (a record changed after it was appended), and a restarted incarnation's read
 * throws on one. Returns the previous setting.
 */
export { setCheckLazyLogRecords as checkLazyLogRecords, changedLazyLogRecords } from '../sim/sim-log.ts';
