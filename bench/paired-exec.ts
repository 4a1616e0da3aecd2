/**
 * The live execution node's work per block, before/after, on a loaded machine (issue 15: the
 * execute hop of the live bench's per-hop trace). Each child process is a fresh execution node
 * of one tree (its own sources, by absolute path): the live bench's venue (the `live-bench`
 * scenario, seed 7), fed the committed blocks the live bench's 5,000 orders/s with fast blocks
 * makes — 100 orders a block (crossing pairs of 1 lot at the mark from 32 funded clients, as
 * live.bench.ts' OrderLoad sends them), a block every 20 ms, oracle reports every second, each
 * block certified by 3 of the 4 validators — and doing what the service process does per
 * block: each of the four validators' block messages decoded as NatsHost decodes a frame, the
 * execution core's `decide`, and its effects as NatsHost and NatsDurableLog carry them out (the
 * append's copy, the snapshot's copy, the BlockExecuted envelope stamped and encoded). No
 * broker: the append's ack and the publish are the live trace's `exec-ack`; this is `exec-apply`.
 *
 * Figures per child (CPU time of the child's process, so a loaded machine inflates them little):
 * CPU per block over the last half (warm), CPU of the first 2 s of blocks (cold: a fresh process's
 * JIT warm-up, what the live bench's first step sees), and the execute-hop delay a block arriving
 * every 20 ms would see if each took its measured wall time (a queue: a slow block delays the
 * ones behind it), p50/p99/max over the blocks after the first 2 s.
 *
 *   npx tsx bench/paired-exec.ts --before DIR [--after DIR] [--pairs N] [--blocks N] [--prof DIR]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    pairs: { type: 'string', default: '3' },
    blocks: { type: 'string', default: '1500' },
    orders: { type: 'string', default: '100' },
    prof: { type: 'string' },
  },
});
if (!values.before) {
  console.error('usage: npx tsx bench/paired-exec.ts --before DIR [--after DIR] [--pairs N] [--blocks N] [--orders PER_BLOCK] [--prof DIR]');
  process.exit(2);
}
const blocks = Number(values.blocks);
const ordersPerBlock = Number(values.orders);

/** The child's source for one tree: that tree's packages by absolute path. */
function childSource(tree: string): string {
  const dir = resolve(tree);
  return `
const { deriveKeyPair, encodeMessage, encodeEnvelope, decodeEnvelope, signBytes, pb } = await import('${dir}/packages/protocol/src/mod.ts');
const { blockHash, signVote, txsHash } = await import('${dir}/packages/consensus/src/mod.ts');
const { oracleReportSigningBytes } = await import('${dir}/packages/venue/src/mod.ts');
const { parseScenario, scenarioActorSpecs } = await import('${dir}/packages/sim/src/mod.ts');
const { decide, initialExecutionState } = await import('${dir}/packages/actors/src/execution/execution-core.ts');
const SEED = 7, CLIENTS = 32, BLOCKS = ${blocks}, ORDERS = ${ordersPerBlock}, BLOCK_US = 20_000, PRICE = 30_000;
const scenario = parseScenario({ version: 1, name: 'live-bench', title: 't', incident: 'none', whatToLookFor: 'x', durationUs: 600_000_000,
  topology: { validators: 4, executionReplicas: 1, oracles: 3, traders: { noise: 0, leveraged: 0, staleArb: 0 }, hedger: false, liquidator: false }, policy: 'default' }, 'live-bench');
const { specs } = scenarioActorSpecs(scenario, SEED);
const execSpec = specs.find((s) => s.kind === 'execution');
const validators = execSpec.config.validatorIds;
const oracles = specs.filter((s) => s.kind === 'oracle').map((s) => s.id);
const keys = new Map([...validators, ...oracles].map((id) => [id, deriveKeyPair(SEED, id)]));
const nonces = new Map();
const tx = (clientId, body, atUs) => { const nonce = (nonces.get(clientId) ?? 1_000_000) + 1; nonces.set(clientId, nonce); return encodeMessage('Transaction', { clientId, nonce, submittedAtUs: atUs, ...body }); };
let reportSeq = 0;
const reports = (atUs) => { reportSeq++; return oracles.map((oracleId) => { const r = { oracleId, marketId: 1, priceTicks: PRICE, observedAtUs: atUs, reportSeq }; return tx(oracleId, { oracleReport: { ...r, signature: signBytes(keys.get(oracleId).privateKey, oracleReportSigningBytes(r)) } }, atUs); }); };
const clients = Array.from({ length: CLIENTS }, (_, i) => 'load-' + (i + 1));
let orderIndex = 0;
const order = (atUs) => {
  const i = orderIndex++, pair = i >> 1, slot = pair % (CLIENTS / 2), flip = Math.floor(pair / (CLIENTS / 2)) % 2 === 1, sellsFirst = i % 2 === 0;
  const client = clients[2 * slot + ((sellsFirst ? 0 : 1) ^ (flip ? 1 : 0))];
  return tx(client, { placeOrder: { accountId: client, marketId: 1, clientOrderId: i + 1, side: sellsFirst ? pb.Side.SIDE_SELL : pb.Side.SIDE_BUY, type: pb.OrderType.ORDER_TYPE_LIMIT, timeInForce: pb.TimeInForce.TIME_IN_FORCE_GTC, priceTicks: PRICE, sizeLots: 1 } }, atUs);
};
// The frames: each height as the four validators' block messages.
const frames = [];
const t0 = 1_000_000;
for (let h = 1; h <= BLOCKS + 60; h++) {
  const timeUs = t0 + h * BLOCK_US;
  const txs = [];
  if (h % 50 === 1) txs.push(...reports(timeUs));
  if (h === 2) for (const c of clients) txs.push(tx(c, { deposit: { accountId: c, amount: 1_000_000_000 } }, timeUs));
  if (h > 60) for (let k = 0; k < ORDERS; k++) txs.push(order(timeUs));
  const header = { height: h, round: 0, timeUs, proposerId: validators[h % 4], txsHash: txsHash(txs) };
  const hash = blockHash(header);
  const precommits = validators.slice(0, 3).map((validatorId) => signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: h, round: 0, blockHash: hash, validatorId, timestampUs: timeUs }, keys.get(validatorId).privateKey));
  const committedBlock = { block: { header, txs }, certificate: { height: h, round: 0, blockHash: hash, precommits } };
  frames.push(validators.map((sender, k) => encodeEnvelope({ runId: 'live-bench', sender, seq: h, lamport: 4 * h + k, sentAtUs: timeUs, committedBlock })));
}
// The execution node: decide, and its effects carried out as NatsHost / NatsDurableLog do (no broker).
const state = initialExecutionState(execSpec.config, execSpec.id);
let seq = 0, published = 0, fills = 0, appended = 0;
const run = (effects) => {
  for (const e of effects) {
    if (e.kind === 'persist') { appended += e.record.slice().length; }
    else if (e.kind === 'snapshot') { appended += e.state.slice().length; }
    else if (e.kind === 'publish') {
      const body = e.body;
      if (body.blockExecuted) for (const ev of body.blockExecuted.events ?? []) if (ev.fill) fills++;
      published += encodeEnvelope({ runId: 'live-bench', sender: execSpec.id, seq: ++seq, lamport: seq, sentAtUs: 0, ...body }).length;
    }
  }
};
const cpuUs = () => { const u = process.cpuUsage(); return u.user + u.system; };
const deliver = (h) => { for (const frame of frames[h - 1]) { const d = decodeEnvelope(frame); if (!d.ok) throw new Error(d.error.message); run(decide(state, { kind: 'blocks', blocks: [d.value.committedBlock], from: d.value.sender }, 0).effects); } };
for (let h = 1; h <= 60; h++) deliver(h); // the venue opens and the clients fund (before a step: not timed)
const wallMs = [], cpuMs = [];
const fillsBefore = fills;
const started = cpuUs();
for (let h = 61; h <= BLOCKS + 60; h++) {
  const c = cpuUs(), w = performance.now();
  deliver(h);
  wallMs.push(performance.now() - w); cpuMs.push((cpuUs() - c) / 1000);
}
const totalCpuMs = (cpuUs() - started) / 1000;
if (state.venue.height !== BLOCKS + 60) throw new Error('height ' + state.venue.height);
const sum = (a) => a.reduce((s, x) => s + x, 0);
const half = Math.floor(cpuMs.length / 2);
// The queue: block i arrives at i * 20 ms and takes its measured wall time once the node is free.
let free = 0; const delays = [];
wallMs.forEach((ms, i) => { const arrive = i * BLOCK_US / 1000; const start = Math.max(arrive, free); free = start + ms; delays.push(free - arrive); });
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const after2s = delays.slice(100);
console.log(JSON.stringify({
  warmCpuUsPerBlock: Math.round(1000 * sum(cpuMs.slice(half)) / (cpuMs.length - half)),
  coldCpuMsFirst2s: Math.round(sum(cpuMs.slice(0, 100))),
  totalCpuMs: Math.round(totalCpuMs),
  maxBlockWallMs: Math.round(Math.max(...wallMs) * 10) / 10,
  queueDelayMs: [pct(after2s, 0.5), pct(after2s, 0.99), Math.max(...after2s)].map((v) => Math.round(v * 10) / 10),
  queueDelayFirst2sMaxMs: Math.round(Math.max(...delays.slice(0, 100))),
  fills: fills - fillsBefore, published, appended, hash: state.lastHashHex.slice(0, 16),
}));
`;
}

const dir = mkdtempSync(join(tmpdir(), 'paired-exec-'));
const trees = { before: resolve(values.before), after: resolve(values.after as string) };
const scripts = Object.fromEntries(Object.entries(trees).map(([name, tree]) => {
  const path = join(tree, `.paired-exec-${process.pid}.mts`); // inside the tree: its node_modules resolve
  writeFileSync(path, childSource(tree));
  return [name, path];
})) as Record<'before' | 'after', string>;

function runChild(name: 'before' | 'after', pair: number): Promise<Record<string, unknown>> {
  const args = ['--import', 'tsx', ...(values.prof ? ['--cpu-prof', `--cpu-prof-dir=${values.prof}`, `--cpu-prof-name=${name}-${pair}.cpuprofile`] : []), scripts[name]];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: trees[name], stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(out.trim().split('\n').at(-1) as string)) : fail(new Error(`${name}: exit ${code}`))));
  });
}

const { rmSync } = await import('node:fs');
try {
  console.log(`paired-exec: ${blocks} blocks of ${ordersPerBlock} orders, before ${trees.before}, after ${trees.after}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const rows: Array<{ pair: number; name: string; figures: Record<string, unknown> }> = [];
  for (let pair = 1; pair <= Number(values.pairs); pair++) {
    const order: Array<'before' | 'after'> = pair % 2 ? ['before', 'after'] : ['after', 'before'];
    for (const name of order) {
      const figures = await runChild(name, pair);
      rows.push({ pair, name, figures });
      console.log(`pair ${pair} ${name.padEnd(6)} ${JSON.stringify(figures)} load ${loadavg()[0]?.toFixed(2)}`);
    }
  }
  for (const key of ['warmCpuUsPerBlock', 'coldCpuMsFirst2s', 'totalCpuMs']) {
    const med = (name: string) => {
      const xs = rows.filter((r) => r.name === name).map((r) => r.figures[key] as number).sort((a, b) => a - b);
      return `${xs[Math.floor(xs.length / 2)]} (${xs[0]}–${xs.at(-1)})`;
    };
    console.log(`${key}: before ${med('before')}, after ${med('after')}`);
  }
} finally {
  for (const path of Object.values(scripts)) rmSync(path, { force: true });
  rmSync(dir, { recursive: true, force: true });
}
