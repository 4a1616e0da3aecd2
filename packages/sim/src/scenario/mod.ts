export * from './schema.ts';
export {
  ScenarioError,
  parseScenario,
  loadScenarioFile,
  listScenarios,
  findScenarioFile,
  withPolicy,
  parsePolicyInput,
  withFaults,
  scenarioToJson,
  describeIds,
  type ScenarioSummary,
} from './load.ts';
