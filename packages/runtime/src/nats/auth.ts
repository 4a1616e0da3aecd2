/**
 * Broker users for one live run: every service gets its own user, allowed to publish and
 * subscribe only on its own subjects of this run (plus what its JetStream durable log needs on
 * this run's stream, and its own reply inbox), so an oracle cannot publish blocks and a trader cannot publish fills or
 * another client's transactions. Passwords are random per run, written only into the run's
 * nats.conf (mode 0600, in a temp dir) and handed to each child in its environment.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAULT_SUBJECT } from './nats-host.ts';
import { logStreamName } from './nats-log.ts';
import { DEFAULT_NATS_CONF } from './server.ts';
import { wireSubject } from '../subjects.ts';

export interface BrokerUser {
  user: string;
  password: string;
  publish: string[];
  subscribe: string[];
}

/** Env variables a service process reads its broker credentials from (runServiceProcess). */
export const NATS_USER_ENV = 'FAULTLINE_NATS_USER';
export const NATS_PASSWORD_ENV = 'FAULTLINE_NATS_PASSWORD';

/**
 * A service's request replies (JetStream API answers, acks, consumer deliveries) arrive under
 * its own inbox prefix, and it may subscribe only there: with `_INBOX.>` any service could read
 * every other one's replies, their durable logs included.
 */
export function inboxPrefix(user: string): string {
  return `_INBOX.${user}`;
}

/** The nats.js connect options of a service user: its credentials and its own inbox prefix. */
export function serviceConnectOptions(user: string, pass: string): { user: string; pass: string; inboxPrefix: string } {
  return { user, pass, inboxPrefix: inboxPrefix(user) };
}

export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

/** What an actor's durable log needs: its own log and snapshot subjects and this run's stream API. */
function durableLogPermissions(runId: string, actorId: string): { publish: string[]; subscribe: string[] } {
  const stream = logStreamName(runId);
  return {
    publish: [
      wireSubject(runId, `log.${actorId}`),
      wireSubject(runId, `snap.${actorId}`),
      '$JS.API.INFO',
      `$JS.API.STREAM.INFO.${stream}`,
      `$JS.API.STREAM.CREATE.${stream}`,
      `$JS.API.STREAM.MSG.GET.${stream}`,
      `$JS.API.DIRECT.GET.${stream}`,
      `$JS.API.DIRECT.GET.${stream}.>`,
      `$JS.API.CONSUMER.*.${stream}`,
      `$JS.API.CONSUMER.*.${stream}.>`,
      `$JS.API.CONSUMER.MSG.NEXT.${stream}.>`,
      `$JS.ACK.${stream}.>`,
    ],
    subscribe: [`${inboxPrefix(actorId)}.>`],
  };
}

/** A service's user: its actor's run-relative subjects made absolute, plus the control channel and its log. */
export function serviceUser(runId: string, actorId: string, subjects: { publish: readonly string[]; subscribe: readonly string[] }): BrokerUser {
  const log = durableLogPermissions(runId, actorId);
  return {
    user: actorId,
    password: randomPassword(),
    publish: [...subjects.publish.map((s) => wireSubject(runId, s)), ...log.publish],
    subscribe: [...subjects.subscribe.map((s) => wireSubject(runId, s)), wireSubject(runId, FAULT_SUBJECT), ...log.subscribe],
  };
}

/** The orchestrator (`faultline up`: nemesis, observer replica): everything of this run and its stream. */
export function orchestratorUser(runId: string): BrokerUser {
  return {
    user: 'faultline-up',
    password: randomPassword(),
    publish: [wireSubject(runId, '>'), '$JS.API.>', '$JS.ACK.>'],
    subscribe: [wireSubject(runId, '>'), '_INBOX.>'],
  };
}

const quote = (s: string): string => JSON.stringify(s);

/** A permission list: what is allowed; nothing is written as an explicit deny of every subject (not left to how the server reads an empty allow list). */
const permission = (subjects: readonly string[]): string => (subjects.length ? `{ allow: [${subjects.map(quote).join(', ')}] }` : '{ deny: [">"] }');

/** The `authorization` block of nats.conf for these users. */
export function authorizationBlock(users: readonly BrokerUser[]): string {
  const entries = users.map((u) => `    { user: ${quote(u.user)}, password: ${quote(u.password)}, permissions: { publish: ${permission(u.publish)}, subscribe: ${permission(u.subscribe)} } }`);
  return `authorization {\n  users: [\n${entries.join(',\n')}\n  ]\n}\n`;
}

/** Writes the run's nats.conf: the project's (DEFAULT_NATS_CONF) plus the users; readable by the owner only. */
export function writeRunNatsConf(dir: string, users: readonly BrokerUser[], base = DEFAULT_NATS_CONF): string {
  const path = join(dir, 'nats.conf');
  writeFileSync(path, `${readFileSync(base, 'utf8')}\n# Generated for this run only (never committed): per-service users.\n${authorizationBlock(users)}`, { mode: 0o600 });
  return path;
}
