/**
 * `faultline replay LOG` and `faultline diff LOG_A LOG_B`: post-mortems over event logs of
 * simulated or live runs. LOG is an events.fllog file or a run directory holding one.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { buildReportData, diffLogs, renderReportHtml, replayLog, ReplayError, type DiffResult, type ReplayResult } from '@faultline/replay';
import { CliError, EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { formatRows } from '../format.ts';
import { formatVerdicts } from '../venue-summary.ts';
import { startProgress } from '../progress.ts';
import { LogFile } from '../log-file.ts';

/** The log's bytes, from a file or a run directory's events.fllog (read a window at a time). */
export function readLogArgument(path: string): { path: string; bytes: LogFile } {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'events.fllog') : path;
  if (!existsSync(file)) throw new CliError('ENOENT', 'no such event log', `${file} does not exist (give an events.fllog file or the run directory holding one)`);
  return { path: file, bytes: new LogFile(file) };
}

/**
 * Logs from this size up are replayed with the judge thread unless --no-judge-thread: on the
 * 1M-event log (~100 MiB) the thread takes ~11-19 % of the main thread's CPU off the critical path
 * for ~20-60 MiB more memory (BENCHMARKS.md, "Session 19 replay"); below it the thread's start
 * (~0.1 s to load its bundle) is a larger share of a run of a few seconds.
 */
export const JUDGE_THREAD_MIN_LOG_BYTES = 32 * 1024 * 1024;

/** Whether replay judges on a second thread: as asked, else for a large log on a machine with two CPUs or more. */
export function judgeThreadFor(asked: boolean | undefined, logBytes: number, cpus: number = availableParallelism()): boolean {
  return asked ?? (logBytes >= JUDGE_THREAD_MIN_LOG_BYTES && cpus >= 2);
}

export function registerReplayCommands(program: Command, setExit: (code: number) => void): void {
  program
    .command('replay')
    .description('rebuild the venue from an event log, re-check every invariant at every height and compare the recorded state hashes')
    .argument('<log>', 'an events.fllog file (from faultline sim --out or faultline up) or its run directory')
    .option('--to-height <h>', 'stop after this height', parseHeight)
    .option('--skip-corrupt', 'skip corrupt or truncated records instead of stopping at the first')
    .option('--json', 'print one JSON object on stdout')
    .option('--judge-thread', 'judge the solvency referee, the event checks and the certificates on a second thread while the next block applies: the same result in less wall time on two cores, for more CPU in all and ~20-60 MiB more memory (the default for a log of 32 MiB or more on a machine with two CPUs or more)')
    .option('--no-judge-thread', 'judge on the main thread only, whatever the log\'s size')
    .addHelpText('after', '\nExit codes: 0 every check held, 1 a violation, a hash mismatch or a corrupt record, 2 bad input.\n\nExample:\n  faultline replay runs/up-baseline-1-1234/events.fllog --json\n')
    .action((logPath: string, options: { toHeight?: number; skipCorrupt?: boolean; json?: boolean; judgeThread?: boolean }) => {
      const log = readLogArgument(logPath);
      const judgeThread = judgeThreadFor(options.judgeThread, log.bytes.length);
      const progress = startProgress({ total: 100, format: 'replay {bar} {percentage}% | height {height}', enabled: !options.json });
      let result: ReplayResult;
      try {
        result = replayLog(log.bytes, {
          ...(options.toHeight !== undefined ? { toHeight: options.toHeight } : {}),
          skipCorrupt: options.skipCorrupt ?? false,
          judgeThread,
          onProgress: (p) => progress.update(Math.floor((100 * p.bytesRead) / Math.max(1, p.bytes)), { height: p.height }),
        });
      } catch (error) {
        if (error instanceof ReplayError) throw new CliError('ELOG', 'cannot replay this log', `${log.path}: ${error.message}`);
        throw error;
      } finally {
        progress.stop();
        log.bytes.close();
      }
      if (options.json) process.stdout.write(`${JSON.stringify({ log: log.path, ...result })}\n`);
      else process.stdout.write(formatReplay(log.path, result));
      const clean = result.firstViolation === null && result.problems.length === 0 && (result.hashMatch || result.blocks === 0);
      setExit(clean && result.header ? EXIT_OK : EXIT_VIOLATIONS);
    });

  program
    .command('diff')
    .description('the first height where two event logs diverge (two replicas, or a live run and its simulated twin), and what differs')
    .argument('<logA>', 'first events.fllog (or run directory)')
    .argument('<logB>', 'second events.fllog (or run directory)')
    .option('--json', 'print one JSON object on stdout')
    .addHelpText('after', '\nExit codes: 0 the logs agree on every height both hold, 1 they diverge, 2 bad input.\n')
    .action((pathA: string, pathB: string, options: { json?: boolean }) => {
      const a = readLogArgument(pathA);
      const b = readLogArgument(pathB);
      const result = diffLogs(a.bytes, b.bytes, { a: a.path, b: b.path });
      if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else process.stdout.write(formatDiff(result));
      setExit(result.divergence ? EXIT_VIOLATIONS : EXIT_OK);
    });
}

export function registerReportCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('report')
    .description('write a self-contained HTML post-mortem of an event log: price, height, gap, halt, liquidation, fund and hedger timelines with fault windows shaded, and the invariant table')
    .argument('<log>', 'an events.fllog file or its run directory')
    .option('--out <file>', 'the HTML file to write (default: report.html beside the log)')
    .option('--skip-corrupt', 'skip corrupt or truncated records instead of stopping at the first')
    .option('--json', 'print one JSON object on stdout (the file written, charts and their series)')
    .addHelpText('after', '\nExit codes: 0 written and every invariant held, 1 written but the replay found a violation or a corrupt record, 2 bad input.\n\nExample:\n  faultline report runs/up-baseline-1-1234 --out /tmp/postmortem.html\n')
    .action((logPath: string, options: { out?: string; skipCorrupt?: boolean; json?: boolean }) => {
      const log = readLogArgument(logPath);
      let data;
      try {
        data = buildReportData(log.bytes, { skipCorrupt: options.skipCorrupt ?? false });
      } catch (error) {
        if (error instanceof ReplayError) throw new CliError('ELOG', 'cannot build a report from this log', `${log.path}: ${error.message}`);
        throw error;
      }
      const out = resolve(options.out ?? join(dirname(log.path), 'report.html'));
      mkdirSync(dirname(out), { recursive: true });
      const html = renderReportHtml(data);
      writeFileSync(out, html);
      const charts = data.charts.map((c) => ({ id: c.id, series: c.series.map((s) => ({ name: s.name, points: s.points.length })) }));
      if (options.json) process.stdout.write(`${JSON.stringify({ out, bytes: html.length, title: data.title, charts, windows: data.windows.length, marketChanges: data.marketChanges.length + data.marketChangesOmitted, invariants: Object.fromEntries(data.invariants.map((i) => [i.name, i.held])), problems: data.problems })}\n`);
      else process.stdout.write(`report: ${out} (${(html.length / 1024).toFixed(0)} KiB, ${charts.length} charts, ${data.windows.length} fault windows, ${data.marketChanges.length + data.marketChangesOmitted} market state changes)\n`);
      setExit(data.invariants.every((i) => i.held) && data.problems.length === 0 ? EXIT_OK : EXIT_VIOLATIONS);
    });
}

function parseHeight(value: string): number {
  const height = Number(value);
  if (!Number.isSafeInteger(height) || height < 0) throw new CliError('EUSAGE', 'bad --to-height', `"${value}" is not a height (a whole number ≥ 0)`);
  return height;
}

function formatReplay(path: string, r: ReplayResult): string {
  const h = r.header;
  const out: string[] = [];
  out.push(
    formatRows(`replay of ${path}`, [
      ['run', h ? `${h.createdBy} · ${h.scenario} · seed ${h.seed} · policy ${h.policy}` : 'no readable header'],
      ['height', `${r.height}${r.stoppedEarly ? ' (stopped early)' : ''}`],
      ['blocks / events', `${r.blocks} / ${r.events}`],
      ['state hashes', r.hashMatch ? `all ${r.hashesCompared} match` : r.firstHashMismatch ? `MISMATCH at height ${r.firstHashMismatch.height}: ${r.firstHashMismatch.replicaId} recorded ${r.firstHashMismatch.recorded.slice(0, 16)}…, replay ${r.firstHashMismatch.recomputed.slice(0, 16)}…` : 'none recorded'],
      ['final state hash', r.finalStateHash || '-'],
    ]),
  );
  for (const p of r.problems) out.push(`log problem: ${p.kind} at byte ${p.offset}, record ${p.recordIndex}: ${p.message}\n`);
  out.push(`\n${formatVerdicts(r.verdicts, {})}`);
  const v = r.firstViolation;
  if (v) {
    out.push(`\nfirst violation: ${v.invariant} at height ${v.height}\n  ${v.detail}\n  txs of that block (${v.txs.length} shown):\n`);
    for (const tx of v.txs) out.push(`    #${tx.index} ${tx.kind} ${tx.clientId}/${tx.nonce}: ${tx.detail}\n`);
  } else out.push('\nno violation\n');
  return out.join('');
}

function formatDiff(d: DiffResult): string {
  const out = [
    formatRows('diff', [
      ['A', `${d.a.path} (${d.a.createdBy} · ${d.a.scenario} · seed ${d.a.seed}, up to height ${d.a.lastHeight})`],
      ['B', `${d.b.path} (${d.b.createdBy} · ${d.b.scenario} · seed ${d.b.seed}, up to height ${d.b.lastHeight})`],
      ['agree up to', `height ${d.agreeingHeights}`],
    ]),
  ];
  if (d.headerDifferences.length > 0) out.push(`headers differ: ${d.headerDifferences.join('; ')}\n`);
  for (const [side, s] of [['A', d.a], ['B', d.b]] as const) for (const p of s.problems) out.push(`${side} log problem: ${p.kind} at byte ${p.offset}, record ${p.recordIndex}: ${p.message}\n`);
  const v = d.divergence;
  if (!v) out.push(`\nno divergence on the ${Math.min(d.a.lastHeight, d.b.lastHeight)} heights both logs hold\n`);
  else out.push(`\nfirst divergence at height ${v.height}: ${v.what}\n  ${v.detail}\n  A: ${JSON.stringify(v.a)}\n  B: ${JSON.stringify(v.b)}\n`);
  return out.join('');
}
