/**
 * The JetStream side of distributed campaigns: one work-queue stream of jobs (each message is
 * removed once a worker acknowledges it) with one durable pull consumer that every worker shares.
 * A job a worker took and never acknowledged (the worker was killed mid-run) is delivered again
 * after the consumer's ack wait. Results go back as requests to the coordinator's subject: a
 * worker acknowledges its job only once the coordinator has answered, so a result is never lost
 * between the two. Who is there: workers answer requests on WORKERS_SUBJECT with their id.
 */
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';

export const JOBS_STREAM = 'FAULTLINE_CAMPAIGN_JOBS';
export const JOBS_SUBJECT = 'faultline.campaign.jobs';
export const WORKERS_CONSUMER = 'faultline-workers';
export const WORKERS_SUBJECT = 'faultline.campaign.workers';
export const resultsSubject = (campaign: string): string => `faultline.campaign.results.${campaign}`;
/** Default ack wait: a run of a 90 s scenario takes ~1 s of CPU; a busy worker gets a wide margin. */
export const ACK_WAIT_MS_DEFAULT = 60_000;

/** Connects to a server (or a cluster's comma-separated URLs), reconnecting for ever. */
export function connectCampaign(url: string, name: string): Promise<NatsConnection> {
  return connect({ servers: url.split(','), name, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
}

/** The jobs stream and the workers' consumer, created if missing; the consumer's ack wait set to `ackWaitMs`. */
export async function ensureWorkQueue(nc: NatsConnection, options: { ackWaitMs?: number; replicas?: number } = {}): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.streams.info(JOBS_STREAM);
  } catch {
    await jsm.streams.add({ name: JOBS_STREAM, subjects: [JOBS_SUBJECT], retention: 'workqueue' as never, storage: 'file' as never, ...(options.replicas ? { num_replicas: options.replicas } : {}) });
  }
  const ackWait = nanos(options.ackWaitMs ?? ACK_WAIT_MS_DEFAULT);
  try {
    const info = await jsm.consumers.info(JOBS_STREAM, WORKERS_CONSUMER);
    if (options.ackWaitMs !== undefined && info.config.ack_wait !== ackWait) await jsm.consumers.update(JOBS_STREAM, WORKERS_CONSUMER, { ack_wait: ackWait });
  } catch {
    await jsm.consumers.add(JOBS_STREAM, { durable_name: WORKERS_CONSUMER, ack_policy: 'explicit' as never, ack_wait: ackWait, max_ack_pending: -1 });
  }
  return jsm;
}
