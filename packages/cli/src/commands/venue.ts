/**
 * `faultline venue --replay-orders FILE`: applies an order stream to a fresh venue with the
 * execution engine alone (no consensus, no network) and prints the fills and the final state
 * hash, so anyone can reproduce an execution exactly. The file (docs/venue.md, "Replaying an
 * order stream") lists transactions in order; the tool packs them into blocks, adds signed
 * reports from the test oracles at the given price to every block, and numbers nonces.
 */
import type { Command } from 'commander';
import { applyBlock, createVenueState, validateVenueConfig, VenueConfigError, VenueMonitor, type FillEvent, type VenueViolation } from '@faultline/venue';
import { encodeTx, signedOracleReport, testVenueConfig } from '@faultline/venue/testing';
import type { BlockTx } from '@faultline/venue';
import { CliError, EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { readJsonFile } from '../load-json.ts';
import { OrderStreamError, parseOrderStream, type OrderStream } from '../order-stream.ts';

export interface ReplayOrdersResult {
  fills: FillEvent[];
  stateHash: string;
  height: number;
  transactions: number;
  rejected: number;
  rejections: Record<string, number>;
  events: Record<string, number>;
  invariants: Record<string, boolean>;
  violations: VenueViolation[];
}

export function replayOrders(input: unknown, source: string): ReplayOrdersResult {
  const bad = (path: string, detail: string): CliError => new CliError('EORDERS', 'invalid order stream', `${source}: ${path} ${detail}`);
  let file: OrderStream;
  try {
    file = parseOrderStream(input, source);
  } catch (error) {
    if (error instanceof OrderStreamError) throw bad(error.path, error.detail);
    throw error;
  }
  const { config, oracleKeys } = testVenueConfig({ markets: file.markets });
  config.policy = file.policy;
  try {
    validateVenueConfig(config); // the policy's ranges
  } catch (error) {
    if (error instanceof VenueConfigError) throw bad(`$.${error.path}`, error.message.slice(`venue config: ${error.path} `.length));
    throw error;
  }
  const state = createVenueState(config);
  const monitor = new VenueMonitor();
  const perBlock = file.txsPerBlock;
  const interval = file.blockIntervalUs;
  const priceOf = file.oraclePriceTicks;
  const nonces = new Map<string, number>();
  const nextNonce = (client: string): number => {
    const n = (nonces.get(client) ?? 0) + 1;
    nonces.set(client, n);
    return n;
  };
  const result: ReplayOrdersResult = { fills: [], stateHash: '', height: 0, transactions: 0, rejected: 0, rejections: {}, events: {}, invariants: {}, violations: [] };
  let timeUs = 0;
  let pending: BlockTx[] = [];
  let reportSeq = 0;
  const flush = (): void => {
    timeUs += interval;
    reportSeq++;
    const txs: BlockTx[] = [];
    for (const [oracleId, keys] of oracleKeys) {
      for (const market of config.markets) {
        const report = signedOracleReport(keys, { oracleId, marketId: market.marketId, priceTicks: priceOf(market.marketId), observedAtUs: timeUs, reportSeq });
        txs.push(encodeTx(oracleId, nextNonce(oracleId), { oracleReport: report }));
      }
    }
    const applied = applyBlock(state, { height: state.height + 1, timeUs, txs: [...txs, ...pending] });
    pending = [];
    result.violations.push(...monitor.check(state, state.height, applied.events));
    result.stateHash = Buffer.from(applied.stateHash ?? []).toString('hex');
    for (const event of applied.events) {
      result.events[event.kind] = (result.events[event.kind] ?? 0) + 1;
      if (event.kind === 'fill') result.fills.push(event.fill);
      if (event.kind === 'txRejected') {
        result.rejected++;
        const reason = event.txRejected.reason.split(' ')[0] as string;
        result.rejections[reason] = (result.rejections[reason] ?? 0) + 1;
      }
    }
  };
  flush(); // genesis block: the oracle price exists before the first order
  for (const entry of file.transactions) {
    if ('advanceUs' in entry) {
      if (pending.length > 0) flush();
      timeUs += entry.advanceUs;
      continue;
    }
    const { kind, body } = entry;
    const clientId = String(entry.clientId ?? body['accountId'] ?? body['liquidatorId'] ?? 'client');
    pending.push(encodeTx(clientId, nextNonce(clientId), { [kind]: body }));
    result.transactions++;
    if (pending.length >= perBlock) flush();
  }
  if (pending.length > 0) flush();
  result.height = state.height;
  for (const name of ['conservation', 'open-interest', 'book-not-crossed', 'no-fill-while-halted', 'fees-venue-favour', 'funding-zero-sum', 'liquidation-recheck', 'insurance-fund-non-negative', 'adl-after-fund-exhausted', 'cancel-on-halt']) {
    result.invariants[name] = !result.violations.some((v) => v.invariant === name);
  }
  return result;
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
