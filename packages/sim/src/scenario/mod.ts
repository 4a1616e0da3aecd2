export * from './schema.ts';
export {
  ScenarioError,
  parseScenario,
  loadScenarioFile,
  listScenarios,
  findScenarioFile,
  withPolicy,
  withFaults,
  scenarioToJson,
  describeIds,
  type ScenarioSummary,
} from './load.ts';
