import { connect } from '@nats-io/transport-node';

/** Whether a NATS client can connect to `url` now (one try, 1 s, no reconnect) — for tests that a server is up or gone. */
export async function reachable(url: string): Promise<boolean> {
  try {
    const nc = await connect({ servers: url, timeout: 1_000, reconnect: false });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}
