/** node-flags.js: which node flags a command runs under, and when the bin restarts to give them. */
import { describe, expect, it } from 'vitest';
import { commandNodeFlags, NODE_FLAGS_ENV, restartArgs } from '../bin/node-flags.js';

describe('commandNodeFlags', () => {
  it('gives sim, check and compare one V8 background thread per spare core, and no other command flags', () => {
    expect(commandNodeFlags(['sim', '--scenario', 'baseline'], {})).toEqual(['--v8-pool-size=0']);
    expect(commandNodeFlags(['sim', '--consensus'], {})).toEqual(['--v8-pool-size=0']);
    expect(commandNodeFlags(['check', '--runs', '4'], {})).toEqual(['--v8-pool-size=0']);
    expect(commandNodeFlags(['compare'], {})).toEqual(['--v8-pool-size=0']);
    // worker and up handle SIGINT themselves (a forwarded copy would be their second); replay measured no gain.
    for (const command of ['replay', 'up', 'worker', 'venue', 'hunt', 'report', 'diff']) expect(commandNodeFlags([command], {})).toEqual([]);
    expect(commandNodeFlags([], {})).toEqual([]);
    expect(commandNodeFlags(['--help'], {})).toEqual([]);
    // The command is the first argument that is not an option; a value like 'sim' later is not it.
    expect(commandNodeFlags(['replay', 'sim'], {})).toEqual([]);
    expect(commandNodeFlags(['toString'], {})).toEqual([]);
  });

  it('FAULTLINE_NODE_FLAGS=0 gives node its defaults; 1 or unset the command flags; anything else is refused', () => {
    expect(commandNodeFlags(['sim'], { [NODE_FLAGS_ENV]: '0' })).toEqual([]);
    expect(commandNodeFlags(['sim'], { [NODE_FLAGS_ENV]: '1' })).toEqual(['--v8-pool-size=0']);
    expect(commandNodeFlags(['sim'], { [NODE_FLAGS_ENV]: '' })).toEqual(['--v8-pool-size=0']);
    expect(() => commandNodeFlags(['sim'], { [NODE_FLAGS_ENV]: 'off' })).toThrow(/FAULTLINE_NODE_FLAGS=off/);
  });
});

describe('restartArgs', () => {
  const bin = '/repo/packages/cli/bin/faultline.js';

  it('restarts sim under its flags, after this node own flags, with the same arguments', () => {
    expect(restartArgs([], bin, ['sim', '--seed', '1'], {})).toEqual(['--v8-pool-size=0', bin, 'sim', '--seed', '1']);
    expect(restartArgs(['--import', 'tsx'], bin, ['sim'], {})).toEqual(['--import', 'tsx', '--v8-pool-size=0', bin, 'sim']);
  });

  it('runs here when node already has a flag of that name (the restarted process, or the user own choice)', () => {
    expect(restartArgs(['--v8-pool-size=0'], bin, ['sim'], {})).toBeUndefined();
    expect(restartArgs(['--v8-pool-size=4'], bin, ['sim'], {})).toBeUndefined();
  });

  it('runs here for a command without flags, and with FAULTLINE_NODE_FLAGS=0', () => {
    expect(restartArgs([], bin, ['replay', 'run.fllog'], {})).toBeUndefined();
    expect(restartArgs([], bin, ['sim'], { [NODE_FLAGS_ENV]: '0' })).toBeUndefined();
  });
});
