/**
 * The broker users of a live run (nats/auth.ts), rule by rule, without a broker: a service may
 * publish and subscribe only on its own subjects of this run, its durable log's subjects and
 * this run's stream API, and its own reply inbox; the orchestrator gets the whole run; the
 * generated nats.conf lists exactly these users, allow lists only (an empty list is a deny of
 * everything), readable by its owner only. broker-permissions.int (cli) shows a real broker
 * enforcing them.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { wireSubject } from '@faultline/runtime';
import {
  authorizationBlock,
  DEFAULT_NATS_CONF,
  FAULT_SUBJECT,
  inboxPrefix,
  logStreamName,
  NATS_PASSWORD_ENV,
  NATS_USER_ENV,
  orchestratorUser,
  randomPassword,
  serviceConnectOptions,
  serviceUser,
  writeRunNatsConf,
} from '@faultline/runtime/nats';

const RUN = 'auth-run';

// Built inside each test, never at collection time: Stryker activates a mutant for a test only.
const stream = logStreamName(RUN);
const oracle = () => serviceUser(RUN, 'oracle-1', { publish: ['oracle.price'], subscribe: ['blocks.>', 'demo.x'] });

describe('a service user', () => {
  it('is named after its actor, with a fresh random password', () => {
    const user = oracle();
    expect(user.user).toBe('oracle-1');
    expect(user.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(serviceUser(RUN, 'oracle-1', { publish: [], subscribe: [] }).password).not.toBe(user.password);
  });

  it('publishes on its own subjects of this run, its log and snapshot subjects and this run\'s stream API, nothing else', () => {
    expect(oracle().publish).toEqual([
      wireSubject(RUN, 'oracle.price'),
      wireSubject(RUN, 'log.oracle-1'),
      wireSubject(RUN, 'snap.oracle-1'),
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
    ]);
  });

  it('subscribes to its own subjects of this run, the fault channel and its own inbox only (never _INBOX.>)', () => {
    const user = oracle();
    expect(user.subscribe).toEqual([wireSubject(RUN, 'blocks.>'), wireSubject(RUN, 'demo.x'), wireSubject(RUN, FAULT_SUBJECT), '_INBOX.oracle-1.>']);
    expect(user.subscribe).not.toContain('_INBOX.>');
  });

  it('connects with its credentials and its own inbox prefix', () => {
    expect(inboxPrefix('trader-2')).toBe('_INBOX.trader-2');
    expect(serviceConnectOptions('trader-2', 'pw')).toEqual({ user: 'trader-2', pass: 'pw', inboxPrefix: '_INBOX.trader-2' });
    expect(NATS_USER_ENV).toBe('FAULTLINE_NATS_USER');
    expect(NATS_PASSWORD_ENV).toBe('FAULTLINE_NATS_PASSWORD');
  });

  it('passwords are 18 random bytes, base64url', () => {
    const passwords = new Set(Array.from({ length: 8 }, randomPassword));
    expect(passwords.size).toBe(8);
    for (const p of passwords) expect(Buffer.from(p, 'base64url')).toHaveLength(18);
  });
});

describe('the orchestrator user', () => {
  it('publishes and subscribes on everything of this run, the JetStream API and every inbox', () => {
    const user = orchestratorUser(RUN);
    expect(user.user).toBe('faultline-up');
    expect(user.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(user.publish).toEqual([wireSubject(RUN, '>'), '$JS.API.>', '$JS.ACK.>']);
    expect(user.subscribe).toEqual([wireSubject(RUN, '>'), '_INBOX.>']);
  });
});

describe('the run\'s nats.conf', () => {
  const users = [
    { user: 'a', password: 'p"1', publish: ['x.y', 'z'], subscribe: [] },
    { user: 'b', password: 'p2', publish: [], subscribe: ['w'] },
  ];
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('lists every user with allow lists, quoted; an empty list denies everything', () => {
    expect(authorizationBlock(users)).toBe(
      'authorization {\n  users: [\n' +
        '    { user: "a", password: "p\\"1", permissions: { publish: { allow: ["x.y", "z"] }, subscribe: { deny: [">"] } } },\n' +
        '    { user: "b", password: "p2", permissions: { publish: { deny: [">"] }, subscribe: { allow: ["w"] } } }\n' +
        '  ]\n}\n',
    );
  });

  it('is the project\'s nats.conf (or the base given) plus the users, written with mode 0600', () => {
    dir = mkdtempSync(join(tmpdir(), 'faultline-auth-'));
    const path = writeRunNatsConf(dir, users);
    expect(path).toBe(join(dir, 'nats.conf'));
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(readFileSync(DEFAULT_NATS_CONF, 'utf8'))).toBe(true);
    expect(text.endsWith(`\n# Generated for this run only (never committed): per-service users.\n${authorizationBlock(users)}`)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const base = join(dir, 'base.conf');
    writeFileSync(base, 'listen: 127.0.0.1:1\n');
    expect(readFileSync(writeRunNatsConf(dir, [], base), 'utf8')).toBe(
      'listen: 127.0.0.1:1\n\n# Generated for this run only (never committed): per-service users.\nauthorization {\n  users: [\n\n  ]\n}\n',
    );
  });
});
