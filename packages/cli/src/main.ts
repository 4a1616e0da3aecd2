/** The `faultline` command line: commander with parseAsync and exitOverride. */
import { Command, CommanderError } from 'commander';
import { EXIT_OK, EXIT_USAGE, reportError } from './cli-error.ts';
import { registerSimCommand } from './commands/sim.ts';
import { registerUpCommand } from './commands/up.ts';
import { registerVenueCommand } from './commands/venue.ts';
import { registerHuntCommand } from './commands/hunt.ts';
import { registerCompareCommand } from './commands/compare.ts';
import { registerCheckCommand } from './commands/check.ts';
import { registerWorkerCommand } from './commands/worker.ts';
import { registerReplayCommands, registerReportCommand } from './commands/replay.ts';

/** Every command of the CLI on `program` (main, and tests that read the help of each). */
export function registerCommands(program: Command, setExit: (code: number) => void): void {
  registerSimCommand(program, setExit);
  registerUpCommand(program, setExit);
  registerVenueCommand(program, setExit);
  registerHuntCommand(program, setExit);
  registerCompareCommand(program, setExit);
  registerCheckCommand(program, setExit);
  registerWorkerCommand(program, setExit);
  registerReplayCommands(program, setExit);
  registerReportCommand(program, setExit);
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const json = argv.includes('--json');
  const program = new Command('faultline')
    .description('Faultline: a perpetual-futures venue under network failure, simulated and live')
    .exitOverride()
    .configureOutput({
      writeErr: (text) => {
        if (!json) process.stderr.write(text);
      },
    })
    .showHelpAfterError(!json);
  registerCommands(program, (code: number) => (exitCode = code));
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return EXIT_OK;
      }
      if (json) process.stdout.write(`${JSON.stringify({ code: error.code, summary: 'bad usage', detail: error.message })}\n`);
      return EXIT_USAGE;
    }
    return reportError(error, json);
  }
  return exitCode;
}
