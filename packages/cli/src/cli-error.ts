/**
 * Errors the CLI reports to a person (stderr) or a script (`--json`: one object with
 * code, summary and detail, like npm). Exit codes: 0 ok, 1 ran and found violations,
 * 2 bad usage or input, 3 the environment failed (e.g. no nats-server).
 */
export const EXIT_OK = 0;
export const EXIT_VIOLATIONS = 1;
export const EXIT_USAGE = 2;
export const EXIT_ENVIRONMENT = 3;

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: string,
    readonly summary: string,
    readonly detail: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(`${summary}: ${detail}`);
  }
}

export function reportError(error: unknown, json: boolean): number {
  const cliError =
    error instanceof CliError
      ? error
      : new CliError('EINTERNAL', 'internal error', error instanceof Error ? (error.stack ?? error.message) : String(error), EXIT_ENVIRONMENT);
  if (json) {
    process.stdout.write(`${JSON.stringify({ code: cliError.code, summary: cliError.summary, detail: cliError.detail })}\n`);
  } else {
    process.stderr.write(`faultline: ${cliError.summary}\n  ${cliError.detail}\n`);
  }
  return cliError.exitCode;
}
