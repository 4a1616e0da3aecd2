/**
 * The nats-server helper's own rules (nats/server.ts), each started inside its test: it finds the
 * binary (NATS_SERVER_BIN alone when set, else PATH then /usr/sbin), starts on a port it reads
 * back from the server's ports file, appends the server's log and every signal it sends to
 * logPath, keeps a store it was given (or one asked to be kept) and removes its own, kill() and
 * restart() keep the port and the store, and a server that cannot start is an error with its
 * exit code and log.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '@nats-io/transport-node';
import { DEFAULT_NATS_CONF, findNatsServer, NatsServerMissingError, NatsServerStartError, startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';
import { reachable } from './nats-reachable.ts';

const handles: NatsServerHandle[] = [];
const dirs: string[] = [];
const env = { bin: process.env['NATS_SERVER_BIN'], path: process.env['PATH'] };
afterEach(async () => {
  await Promise.all(handles.splice(0).map((h) => h.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  if (env.bin === undefined) delete process.env['NATS_SERVER_BIN'];
  else process.env['NATS_SERVER_BIN'] = env.bin;
  process.env['PATH'] = env.path;
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-server-test-'));
  dirs.push(dir);
  return dir;
};

describe('findNatsServer', () => {
  it('NATS_SERVER_BIN is the only candidate when set; else PATH\'s nats-server, then /usr/sbin', () => {
    const dir = tempDir();
    const fake = join(dir, 'nats-server');
    writeFileSync(fake, '');
    process.env['NATS_SERVER_BIN'] = join(dir, 'missing');
    expect(() => findNatsServer()).toThrow(new NatsServerMissingError([join(dir, 'missing')]));
    process.env['NATS_SERVER_BIN'] = fake;
    expect(findNatsServer()).toBe(fake);
    delete process.env['NATS_SERVER_BIN'];
    process.env['PATH'] = ['', '/nonexistent', dir].join(':');
    expect(findNatsServer()).toBe(fake);
    process.env['PATH'] = '/nonexistent';
    expect(() => findNatsServer({ candidates: ['/nonexistent/x'] })).toThrow(/searched \/nonexistent\/x\)/);
    expect(findNatsServer()).toBe('/usr/sbin/nats-server');
    const error = new NatsServerMissingError(['a', 'b']);
    expect(error.name).toBe('NatsServerMissingError');
    expect(error.message).toMatch(/^nats-server not found \(searched a, b\)\. Install it: `apt-get install nats-server`/);
  });
});

describe('startNatsServer', () => {
  it('starts on the port its ports file names, logs to logPath, keeps a given store, and kill/restart keep the port', async () => {
    const dir = tempDir();
    const storeDir = join(dir, 'store');
    const logPath = join(dir, 'nats.log');
    const server = await startNatsServer({ storeDir, logPath, extraArgs: ['--server_name', 'helper-test'] });
    handles.push(server);
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`nats://127.0.0.1:${server.port}`);
    expect(server.storeDir).toBe(storeDir);
    const nc = await connect({ servers: server.url });
    expect(nc.info?.server_name).toBe('helper-test');
    await nc.close();
    const firstPid = server.pid;
    expect(firstPid).toBeGreaterThan(0);
    let log = readFileSync(logPath, 'utf8');
    expect(log).toContain(`--- nats-server started (pid ${firstPid}): -c ${DEFAULT_NATS_CONF} -a 127.0.0.1 -p -1 -js -sd ${storeDir} --ports_file_dir `);
    expect(log).toMatch(/Server is ready/);

    await server.kill();
    expect(await reachable(server.url)).toBe(false);
    await server.restart({ downMs: 10 });
    expect(server.pid).not.toBe(firstPid);
    expect(await reachable(server.url)).toBe(true);
    log = readFileSync(logPath, 'utf8');
    expect(log).toContain(`--- SIGKILL to pid ${firstPid} at `);
    expect(log).toContain(`-p ${server.port} -js`);

    await server.stop();
    expect(await reachable(server.url)).toBe(false);
    expect(readFileSync(logPath, 'utf8')).toMatch(/--- SIGTERM to pid \d+ at \d{4}-/);
    expect(existsSync(storeDir)).toBe(true);
    await server.stop(); // stopping a stopped server does nothing
  });

  it('removes its own store on stop unless asked to keep it', async () => {
    const a = await startNatsServer();
    handles.push(a);
    expect(existsSync(a.storeDir)).toBe(true);
    await a.stop({ keepStore: true });
    expect(existsSync(a.storeDir)).toBe(true);
    rmSync(a.storeDir, { recursive: true, force: true });
    const b = await startNatsServer();
    handles.push(b);
    await b.stop();
    expect(existsSync(b.storeDir)).toBe(false);
  });

  it('a server that cannot start is an error naming its exit code and its log', async () => {
    const dir = tempDir();
    const config = join(dir, 'bad.conf');
    writeFileSync(config, 'this is { not a config\n');
    const failure = startNatsServer({ configPath: config });
    await expect(failure).rejects.toBeInstanceOf(NatsServerStartError);
    await expect(failure).rejects.toThrow(/^nats-server exited with code 1: \S/);
    expect(new NatsServerStartError('x').name).toBe('NatsServerStartError');
  });
});
