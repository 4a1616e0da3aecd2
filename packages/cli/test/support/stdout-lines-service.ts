/** A stand-in service for actor-process-stdout.test.ts: a line that is not JSON, then the JSON report. */
process.stdout.write('[123:0x1]  10 ms: Scavenge 4.1 (5.0) -> 3.2 (6.0) MB, 0.5 / 0.0 ms\n');
process.stdout.write(`${JSON.stringify({ report: 'done', argv: process.argv.length > 2 })}\n`);
