/**
 * The compiled services (dist/services): built from the sources, rebuilt when the recorded
 * hash of the inputs differs, left alone when it matches, and each bundle runs on plain node
 * (no tsx): its usage line on a missing flag.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { buildInputs, CLI_BUNDLE, DIST_DIR, ensureServiceBuild, inputsHash, REPO, serviceRuntime, serviceScriptArgs, SERVICE_NAMES } from '../src/live/service-build.ts';

describe('compiled services', () => {
  it('hash the sources, the manifests and the lock file', () => {
    const inputs = buildInputs().map((file) => relative(REPO, file));
    expect(inputs).toContain('services/validator/src/main.ts');
    expect(inputs.filter((file) => file.startsWith('packages/venue/src/')).length).toBeGreaterThan(5);
    expect(inputs).toContain('package-lock.json');
    expect(inputs).toContain('services/kit/package.json');
  });

  it('are rebuilt when the recorded hash differs, and not when it matches', () => {
    ensureServiceBuild();
    expect(ensureServiceBuild().built).toBe(false);
    writeFileSync(join(DIST_DIR, 'build-hash.txt'), 'stale\n');
    const rebuilt = ensureServiceBuild();
    expect(rebuilt.built).toBe(true);
    expect(readFileSync(join(DIST_DIR, 'build-hash.txt'), 'utf8').trim()).toBe(inputsHash());
    expect(ensureServiceBuild().built).toBe(false);
  });

  it('each runs on plain node, without tsx', () => {
    ensureServiceBuild();
    for (const name of SERVICE_NAMES) {
      const args = serviceScriptArgs(name, 'compiled');
      expect(args.join(' ')).not.toContain('tsx');
      const run = spawnSync(process.execPath, [...args, ...(name === 'demo' ? ['--role', 'pong'] : []), '--help'], { encoding: 'utf8' });
      expect(run.status, `${name}: ${run.stderr}`).toBe(0);
      expect(run.stderr).toContain('usage: --server URL --run RUN --actor ID');
    }
  });

  it('the compiled CLI (dist/cli/main.mjs, what bin/faultline.js runs when dist/ is current) gives what the sources give', () => {
    ensureServiceBuild();
    const args = ['packages/cli/bin/faultline.js', 'sim', '--demo', '--seed', '3', '--json'];
    const compiled = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' });
    const sources = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', env: { ...process.env, FAULTLINE_CLI: 'tsx' } });
    expect(compiled.status, compiled.stderr).toBe(0);
    expect(JSON.parse(compiled.stdout).traceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(sources.stdout));
    // Each source keeps its own import.meta.url in the bundle: paths relative to it still resolve.
    const bundle = readFileSync(CLI_BUNDLE, 'utf8');
    expect(bundle).toContain(JSON.stringify(pathToFileURL(join(REPO, 'packages', 'runtime', 'src', 'nats', 'server.ts')).href));
    expect(bundle).toContain(JSON.stringify(pathToFileURL(join(REPO, 'scripts', 'build-inputs.mjs')).href));
  });

  it('FAULTLINE_SERVICES chooses compiled (default) or tsx, and nothing else', () => {
    expect(serviceRuntime({})).toBe('compiled');
    expect(serviceRuntime({ FAULTLINE_SERVICES: 'tsx' })).toBe('tsx');
    expect(() => serviceRuntime({ FAULTLINE_SERVICES: 'ts-node' })).toThrow('FAULTLINE_SERVICES=ts-node: expected compiled or tsx');
  });
});
