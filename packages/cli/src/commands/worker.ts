/**
 * `faultline worker --server URL`: a distributed campaign's worker. Pulls one job at a time from
 * the work queue (distributed/work-queue.ts), runs it in the simulator exactly as a local
 * `faultline check` would (venueCampaignTarget over the scenario the job carries), sends the
 * verdicts and trace hash to the coordinator, and acknowledges the job once the coordinator has
 * them. Runs until SIGINT/SIGTERM (or --jobs N jobs, for benchmarks).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Command } from 'commander';
import { jetstream, type JsMsg } from '@nats-io/jetstream';
import { decodeJob, encodeResult, parseScenario, venueCampaignTarget, type CampaignJob, type CampaignTarget } from '@faultline/sim';
import { CliError, EXIT_ENVIRONMENT, EXIT_OK } from '../cli-error.ts';
import { integerOption } from '../parse-options.ts';
import { connectCampaign, ensureWorkQueue, JOBS_STREAM, WORKERS_CONSUMER, WORKERS_SUBJECT } from '../distributed/work-queue.ts';

/** How long a job marked for another worker waits before it is offered again. */
const PASS_ON_DELAY_MS = 100;

export function registerWorkerCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('worker')
    .description('a distributed campaign worker: pulls runs from the work queue at --server, runs them in the simulator, reports verdicts and trace hashes')
    .requiredOption('--server <url>', 'the nats-server (or a cluster: comma-separated URLs) the coordinator (faultline check --server) uses')
    .option('--id <name>', 'this worker\'s name in results (default: host-pid-random)')
    .option('--jobs <n>', 'stop after this many jobs (default: run until stopped)', integerOption('--jobs', 1, 1_000_000))
    .action(async (options: { server: string; id?: string; jobs?: number }) => {
      setExit(await runWorker(options));
    });
}

export async function runWorker(options: { server: string; id?: string; jobs?: number }): Promise<number> {
  const id = options.id ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  let nc;
  try {
    nc = await connectCampaign(options.server, `faultline-worker/${id}`);
  } catch (error) {
    throw new CliError('ENATS', `cannot reach ${options.server}`, (error as Error).message, EXIT_ENVIRONMENT);
  }
  await ensureWorkQueue(nc);
  nc.subscribe(WORKERS_SUBJECT, {
    callback: (_error, message) => {
      message.respond(new TextEncoder().encode(id));
    },
  });
  const consumer = await jetstream(nc).consumers.get(JOBS_STREAM, WORKERS_CONSUMER);
  let stopping = false;
  const stop = (): void => {
    stopping = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stderr.write(`[faultline worker] ${id} ready at ${options.server}\n`);
  // One target per campaign: parsing the scenario once, not per job.
  const targets = new Map<string, CampaignTarget>();
  let done = 0;
  while (!stopping && (options.jobs === undefined || done < options.jobs)) {
    let message: JsMsg | null;
    try {
      message = await consumer.next({ expires: 2_000 });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500)); // the broker is away: try again
      continue;
    }
    if (!message) continue;
    if (await runJob(message, id, targets, nc)) done++;
  }
  await nc.drain();
  process.stderr.write(`[faultline worker] ${id} stopped after ${done} jobs\n`);
  return EXIT_OK;
}

/** Runs one job and reports it; true when it ran. */
async function runJob(message: JsMsg, id: string, targets: Map<string, CampaignTarget>, nc: Awaited<ReturnType<typeof connectCampaign>>): Promise<boolean> {
  let job: CampaignJob;
  try {
    job = decodeJob(message.data);
  } catch (error) {
    process.stderr.write(`[faultline worker] dropped a malformed job: ${(error as Error).message}\n`);
    message.term();
    return false;
  }
  if (job.avoidWorker === id) {
    // A determinism re-run must run on another machine than the first run: pass it on.
    message.nak(PASS_ON_DELAY_MS);
    await new Promise((resolve) => setTimeout(resolve, PASS_ON_DELAY_MS));
    return false;
  }
  let target = targets.get(job.campaign);
  if (!target) {
    try {
      target = venueCampaignTarget(parseScenario(job.scenario, `job ${job.campaign}/${job.job}`));
    } catch (error) {
      process.stderr.write(`[faultline worker] dropped job ${job.campaign}/${job.job}: ${(error as Error).message}\n`);
      message.term();
      return false;
    }
    targets.set(job.campaign, target);
  }
  process.stderr.write(`[faultline worker] ${id} running job ${job.campaign}/${job.job} (${job.purpose}, delivery ${message.info.deliveryCount})\n`);
  const outcome = target.run(job.runSeed, job.faults);
  const result = encodeResult({ v: 1, campaign: job.campaign, job: job.job, worker: id, traceHash: outcome.traceHash, violations: [...outcome.violations], ...(outcome.verdicts ? { verdicts: outcome.verdicts } : {}), ...(outcome.byzantine ? { byzantine: [...outcome.byzantine] } : {}) });
  try {
    await nc.request(job.replyTo, result, { timeout: 10_000 });
    message.ack();
  } catch (error) {
    // No coordinator listens (it ended or died): the job is nobody's, drop it. A slow one: offer it again.
    if ((error as Error).name === 'NoRespondersError' || /no responders/i.test((error as Error).message)) message.term();
    else message.nak();
  }
  return true;
}
