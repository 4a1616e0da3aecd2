/**
 * `faultline venue --replay-orders FILE`: applies an order stream to a fresh venue with the
 * execution engine alone (no consensus, no network) and prints the fills and the final state
 * hash, so anyone can reproduce an execution exactly. The file (docs/venue.md, "Replaying an
 * order stream") lists transactions in order; the tool packs them into blocks, adds signed
 * reports from the test oracles at the given price to every block, and numbers nonces.
 */
import type { Command } from 'commander';
import { OrderStreamError, runOrderStream, type OrderStreamResult } from '@faultline/sim';
import { CliError, EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { readJsonFile } from '../load-json.ts';
import { plantedSimOptions } from '../test-plant.ts';

export type ReplayOrdersResult = OrderStreamResult;

/** Runs an order stream (packages/sim/src/order-stream.ts); a bad field is a usage error at its JSON path. */
export function replayOrders(input: unknown, source: string): ReplayOrdersResult {
  try {
    const { venueVariant } = plantedSimOptions(); // the testing seam: none in every product path
    return runOrderStream(input, { source, ...(venueVariant ? { variant: venueVariant } : {}) }).result;
  } catch (error) {
    if (error instanceof OrderStreamError) throw new CliError('EORDERS', 'invalid order stream', `${source}: ${error.path} ${error.detail}`);
    throw error;
  }
}

export function registerVenueCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('venue')
    .description('run the execution engine alone on an order stream (reproduce an execution)')
    .requiredOption('--replay-orders <file>', 'a JSON order stream (see docs/venue.md)')
    .option('--json', 'print one JSON object on stdout: { fills, stateHash, ... }')
    .addHelpText('after', '\nExample:\n  faultline venue --replay-orders examples/orders/basic.json --json\n')
    .action((options: { replayOrders: string; json?: boolean }) => {
      const result = replayOrders(readJsonFile(options.replayOrders, 'order stream'), options.replayOrders);
      if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else {
        const lines = [
          `blocks        ${result.height}`,
          `transactions  ${result.transactions} (${result.rejected} rejected${result.rejected ? `: ${Object.entries(result.rejections).map(([r, n]) => `${r} ${n}`).join(', ')}` : ''})`,
          `fills         ${result.fills.length} (${result.fills.reduce((s, f) => s + f.sizeLots, 0)} lots)`,
          `invariants    ${Object.values(result.invariants).every(Boolean) ? 'all hold' : Object.entries(result.invariants).filter(([, ok]) => !ok).map(([n]) => `${n} VIOLATED`).join(', ')}`,
          `state hash    ${result.stateHash}`,
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      setExit(result.violations.length > 0 ? EXIT_VIOLATIONS : EXIT_OK);
    });
}
