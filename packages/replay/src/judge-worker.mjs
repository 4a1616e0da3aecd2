// Entry of replay's judge thread (judge-thread.ts starts it). Like bin/faultline.js: the
// compiled worker (dist/cli/judge-worker.mjs, built with the CLI) when dist/ is up to date with
// the sources, otherwise — or with FAULTLINE_CLI=tsx — the TypeScript worker through tsx,
// registered in this thread first (execArgv --import does not reach a worker's own entry module
// on Node 20). A failure to load is reported to replay, which is blocked waiting for the
// thread's answers, instead of dying unseen.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';

try {
  const { builtHash, inputsHash, JUDGE_WORKER_BUNDLE } = await import('../../../scripts/build-inputs.mjs');
  if (process.env.FAULTLINE_CLI !== 'tsx' && existsSync(JUDGE_WORKER_BUNDLE) && builtHash() === inputsHash()) await import(pathToFileURL(JUDGE_WORKER_BUNDLE).href);
  else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('./judge-worker.ts');
  }
} catch (error) {
  workerData.port.postMessage({ error: `replay's judge thread did not start: ${error?.stack ?? error}` });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
}
