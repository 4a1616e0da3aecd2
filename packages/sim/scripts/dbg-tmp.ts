import { loadScenarioFile, runVenue, scenarioSetup, campaignByzantine, withByzantine, campaignRunScenario, venueCampaignTarget, campaignInputs } from '@faultline/sim';
import { readEventLog } from '@faultline/protocol';
const seed = Number(process.argv[2]), idx = Number(process.argv[3]);
const kinds = (process.argv[4] ?? 'liquidation,marketStatus').split(',');
const scenario = { ...loadScenarioFile('scenarios/baseline.json'), durationUs: 90_000_000, faults: { version: 1 as const, faults: [] } };
const inp = campaignInputs(venueCampaignTarget(scenario, {}).swarm, seed, idx)[idx - 1]!;
const rs = campaignRunScenario(scenario, inp.runSeed);
const chunks: Uint8Array[] = [];
const s = runVenue({ ...scenarioSetup(withByzantine({ ...rs, faults: inp.faults }, campaignByzantine(rs, inp.runSeed)), inp.runSeed, []), ...(process.argv[5] ? { venueVariant: process.argv[5] as never } : {}) }, { logSink: (b) => chunks.push(b) });
const bytes = Buffer.concat(chunks);
const log = readEventLog(bytes);
let prices = 0;
for (const r of log.records) {
  const t = (Number(r.timeUs) / 1e6).toFixed(1);
  if (r.externalPrice && kinds.includes('price') && prices++ % 20 === 0) console.log(t, 'ext', JSON.stringify(r.externalPrice));
  if (r.event) { const e = r.event as Record<string, unknown>; for (const k of kinds) if (e[k]) console.log(t, k, JSON.stringify(e[k])); }
}
console.log(JSON.stringify({ liq: s.liquidations, refused: s.liquidationsRefused, viol: s.violations.slice(0, 3), markets: s.markets }));
