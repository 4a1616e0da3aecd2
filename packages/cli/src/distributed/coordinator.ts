/**
 * The coordinator of a distributed campaign (`faultline check --server URL --workers-expected N`):
 * the same campaign as a local `faultline check` — the same runs (campaignInputs), counted the
 * same way (CampaignTally), shrunk by the same steps (shrinkScheduleAsync) — with every run
 * executed by a worker (commands/worker.ts) through the JetStream work queue. Each determinism
 * re-run goes to a different worker than the first run when there is more than one, so equal
 * trace hashes show determinism across processes and machines.
 */
import { randomBytes } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { campaignInputs, CampaignTally, decodeResult, encodeJob, scenarioToJson, shrinkScheduleAsync, SHRINK_RUNS_MAX, venueCampaignTarget, type CampaignJob, type CampaignJobResult, type CampaignResult, type JobPurpose, type Scenario } from '@faultline/sim';
import type { FaultSchedule } from '@faultline/runtime';
import { connectCampaign, ensureWorkQueue, JOBS_SUBJECT, resultsSubject, WORKERS_SUBJECT } from './work-queue.ts';

/** How long the coordinator waits for --workers-expected workers to answer. */
export const WORKERS_WAIT_MS = 60_000;

export interface DistributedStats {
  server: string;
  workersExpected: number;
  /** The workers that answered before the campaign started. */
  workers: string[];
  jobs: number;
  /** Results of a job that had already been answered (a redelivery after a worker was slow or killed). */
  duplicateResults: number;
  /** Determinism re-runs that ran on a different worker than the first run. */
  rerunsOnOtherWorker: number;
  /** Runs per worker. */
  runsByWorker: Record<string, number>;
}

export interface DistributedOptions {
  server: string;
  workersExpected: number;
  scenario: Scenario;
  runs: number;
  seed: number;
  determinismEvery?: number;
  ackWaitMs?: number;
  onRun?: (index: number, failed: boolean) => void;
}

export async function runDistributedCampaign(options: DistributedOptions): Promise<{ result: CampaignResult; distributed: DistributedStats }> {
  const nc = await connectCampaign(options.server, 'faultline-check');
  try {
    await ensureWorkQueue(nc, { ...(options.ackWaitMs !== undefined ? { ackWaitMs: options.ackWaitMs } : {}) });
    const workers = await awaitWorkers(nc, options.workersExpected);
    return await new Coordinator(nc, options, workers).run();
  } finally {
    await nc.close();
  }
}

async function awaitWorkers(nc: NatsConnection, expected: number): Promise<string[]> {
  const deadline = Date.now() + WORKERS_WAIT_MS;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = [];
    try {
      for await (const reply of await nc.requestMany(WORKERS_SUBJECT, undefined, { strategy: 'timer', maxWait: 500 })) seen.push(new TextDecoder().decode(reply.data));
    } catch {
      // no worker yet (no responders): ask again
    }
    if (seen.length >= expected) return seen.sort();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${seen.length} of --workers-expected ${expected} workers answered within ${WORKERS_WAIT_MS / 1000} s (start them with: faultline worker --server URL)`);
}

class Coordinator {
  private readonly campaign = `c${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
  private readonly replyTo = resultsSubject(this.campaign);
  private readonly pending = new Map<number, (result: CampaignJobResult) => void>();
  private readonly answered = new Set<number>();
  private readonly scenarioJson: unknown;
  private nextJob = 0;
  readonly stats: DistributedStats;

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: DistributedOptions,
    workers: string[],
  ) {
    this.scenarioJson = scenarioToJson(options.scenario);
    this.stats = { server: options.server, workersExpected: options.workersExpected, workers, jobs: 0, duplicateResults: 0, rerunsOnOtherWorker: 0, runsByWorker: {} };
  }

  async run(): Promise<{ result: CampaignResult; distributed: DistributedStats }> {
    const { scenario, runs, seed } = this.options;
    const determinismEvery = this.options.determinismEvery ?? 5;
    this.nc.subscribe(this.replyTo, {
      callback: (error, message) => {
        if (error) return;
        let result: CampaignJobResult;
        try {
          result = decodeResult(message.data);
        } catch (decodeError) {
          process.stderr.write(`[faultline check] a malformed result: ${(decodeError as Error).message}\n`);
          message.respond();
          return;
        }
        message.respond(); // the worker may acknowledge its job now
        if (result.campaign !== this.campaign) return;
        if (this.answered.has(result.job)) {
          this.stats.duplicateResults++;
          return;
        }
        this.answered.add(result.job);
        this.stats.runsByWorker[result.worker] = (this.stats.runsByWorker[result.worker] ?? 0) + 1;
        this.pending.get(result.job)?.(result);
        this.pending.delete(result.job);
      },
    });
    await this.nc.flush();
    const target = venueCampaignTarget(scenario);
    const inputs = campaignInputs(target, seed, runs);
    const tally = new CampaignTally(scenario.name, seed);
    // Every run is queued at once; the re-runs follow each first run as soon as its worker is known.
    const firsts = inputs.map(({ runSeed, faults }) => this.submit('run', runSeed, faults));
    const reruns = firsts.map((first, index) =>
      determinismEvery > 0 && index % determinismEvery === 0
        ? first.then(async (result) => {
            const again = await this.submit('rerun', inputs[index]?.runSeed as number, inputs[index]?.faults as FaultSchedule, this.stats.workers.length > 1 ? result.worker : undefined);
            if (again.worker !== result.worker) this.stats.rerunsOnOtherWorker++;
            return again;
          })
        : undefined,
    );
    // Counted in run order, as the local campaign counts them.
    for (const [index, { runSeed, faults }] of inputs.entries()) {
      const outcome = await firsts[index];
      if (!outcome) throw new Error(`assert: run ${index} has a job`);
      const failed = tally.add(runSeed, faults, outcome);
      const again = await reruns[index];
      if (again) tally.determinism(runSeed, outcome.traceHash, again.traceHash);
      this.options.onRun?.(index + 1, failed);
    }
    const found = tally.found;
    if (found) tally.failure(await shrinkScheduleAsync((candidate) => this.submit('shrink', found.runSeed, candidate), found.faults, SHRINK_RUNS_MAX));
    return { result: tally.result, distributed: this.stats };
  }

  private submit(purpose: JobPurpose, runSeed: number, faults: FaultSchedule, avoidWorker?: string): Promise<CampaignJobResult> {
    const job: CampaignJob = { v: 1, campaign: this.campaign, job: this.nextJob++, purpose, scenario: this.scenarioJson, runSeed, faults, replyTo: this.replyTo, ...(avoidWorker ? { avoidWorker } : {}) };
    this.stats.jobs++;
    const answer = new Promise<CampaignJobResult>((resolve) => this.pending.set(job.job, resolve));
    return jetstream(this.nc)
      .publish(JOBS_SUBJECT, encodeJob(job))
      .then(() => answer);
  }
}
