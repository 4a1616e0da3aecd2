// Worker entry: registers tsx in this thread first (execArgv --import does not reach a worker's
// own entry module on Node 20), then loads the TypeScript worker.
import { register } from 'tsx/esm/api';
register();
await import('./venue-worker.ts');
