export { faultEventArbitrary, faultScheduleArbitrary, type FaultArbitraryOptions } from './fault-arbitraries.ts';
