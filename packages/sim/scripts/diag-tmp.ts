import { campaignInputs, venueCampaignTarget, loadScenarioFile, runVenue, scenarioSetup, campaignByzantine, withByzantine, campaignRunScenario, drawCampaignWorkload } from '@faultline/sim';
const seed = Number(process.argv[2] ?? 1), runs = Number(process.argv[3] ?? 3);
const venueVariant = process.argv[4];
const scenario = { ...loadScenarioFile('scenarios/baseline.json'), durationUs: 90_000_000, faults: { version: 1 as const, faults: [] } };
const target = venueCampaignTarget(scenario, {});
for (const { runSeed, faults } of campaignInputs(target.swarm, seed, runs)) {
  const t0 = Date.now();
  const rs = campaignRunScenario(scenario, runSeed);
  const byz = campaignByzantine(rs, runSeed);
  const s = runVenue({ ...scenarioSetup(withByzantine({ ...rs, faults }, byz), runSeed, []), ...(venueVariant ? { venueVariant: venueVariant as never } : {}) });
  console.log(JSON.stringify({ runSeed, ms: Date.now() - t0, w: drawCampaignWorkload(scenario, runSeed, 35_000_000), faults: faults.faults.map((f) => `${f.kind}@${(f.atUs/1e6).toFixed(1)}`), byz, height: s.height, fills: s.fills, liq: s.liquidations, refused: s.liquidationsRefused, adl: s.adlEvents, badDebt: s.badDebt, fundMin: s.insuranceFundMin, funding: s.fundingPayments, rej: s.txRejected, markets: s.markets.map((m) => ({ h: m.halts, stale: m.maxOracleStaleUs })), viol: [...new Set(s.violations.map((v) => v.invariant))] }));
}
