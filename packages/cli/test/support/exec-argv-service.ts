/** A stand-in service for service-node-flags.test.ts: its report is the node flags it was started with. */
process.stdout.write(`${JSON.stringify({ execArgv: process.execArgv })}\n`);
