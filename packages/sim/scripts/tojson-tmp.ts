import { loadScenarioFile, scenarioToJson } from '@faultline/sim';
console.log(JSON.stringify(scenarioToJson(loadScenarioFile('scenarios/baseline.json')), null, 1));
