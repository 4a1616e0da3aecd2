/**
 * Help texts show defaults in the unit of the flag (issue 12: `faultline check --help` showed
 * `--duration <seconds>` with a default of 60000000, the µs value the code keeps).
 */
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { registerCommands } from '../src/main.ts';

describe('help texts', () => {
  const program = new Command('faultline');
  registerCommands(program, () => {});

  it('every <seconds> option shows its default in seconds (or says what it depends on)', () => {
    const seen: string[] = [];
    for (const command of program.commands) {
      for (const option of command.options) {
        if (!option.flags.includes('<seconds>')) continue;
        seen.push(`${command.name()} ${option.long}`);
        if (option.defaultValue !== undefined) expect(option.defaultValueDescription, `${command.name()} ${option.long}`).toMatch(/^\d+(\.\d+)? s$/);
      }
    }
    expect(seen).toEqual(expect.arrayContaining(['check --duration', 'sim --duration', 'up --duration']));
  });

  it('no help text shows a raw microsecond-sized default', () => {
    for (const command of program.commands) {
      const help = command.helpInformation();
      for (const [, value] of help.matchAll(/\(default: ([^)]*)\)/g)) {
        const n = Number(value);
        expect(Number.isFinite(n) && n >= 1_000_000, `${command.name()}: (default: ${value})`).toBe(false);
      }
    }
    expect(program.commands.find((c) => c.name() === 'check')?.helpInformation()).toContain('(default: 90 s)');
  });
});
