/** Option parsers for commander that fail with a CliError naming the option. */
import { InvalidArgumentError } from 'commander';

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
