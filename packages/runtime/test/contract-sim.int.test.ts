import { Simulation } from '@faultline/runtime/sim';
import { describeHostContract } from './contract.ts';

let seed = 1;
describeHostContract('simulator', async () => new Simulation({ seed: seed++ }).asWorld());
