export * from './schema.ts';
export { ScenarioError, describeIds } from './fields.ts';
export { parseScenario, withPolicy, parsePolicyInput, withFaults } from './load.ts';
export { loadScenarioFile, listScenarios, findScenarioFile, type ScenarioSummary } from './files.ts';
export { scenarioToJson } from './to-json.ts';
export { scenarioHazards, gapThresholdAboveSlowestUs, type ScenarioHazard } from './hazards.ts';
