export { faultEventArbitrary, faultScheduleArbitrary, type FaultArbitraryOptions } from '../fault-arbitraries.ts';
export { SIM_VARIANTS, type SimVariantName } from './sim-variants.ts';
