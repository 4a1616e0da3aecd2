/** Option parsers for commander that fail with a CliError naming the option. */
import { InvalidArgumentError, Option } from 'commander';

export function integerOption(name: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be an integer, got "${value}"`);
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      throw new InvalidArgumentError(`${name} must be in [${min}, ${max}], got ${value}`);
    }
    return parsed;
  };
}

export function secondsOption(name: string): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0 || parsed > 30 * 24 * 3600) {
      throw new InvalidArgumentError(`${name} must be a positive number of seconds, got "${value}"`);
    }
    return Math.round(parsed * 1_000_000);
  };
}

/**
 * A `<seconds>` option: parsed to µs (what the code uses), its default held in µs but shown in
 * the flag's unit (`(default: 60 s)`, never the µs number), or a sentence when the default
 * depends on the mode.
 */
export function secondsFlag(flags: string, description: string, fallback?: { us: number } | { says: string }): Option {
  const name = flags.split(/[ ,]/)[0] as string;
  const option = new Option(flags, description).argParser(secondsOption(name));
  if (fallback && 'us' in fallback) option.default(fallback.us, `${fallback.us / 1_000_000} s`);
  else if (fallback) option.description = `${description} (default: ${fallback.says})`;
  return option;
}
