export { swarmScheduleArbitrary, type SwarmOptions } from './swarm.ts';
export {
  runCampaign,
  CAMPAIGN_RUNS_MAX,
  type CampaignTarget,
  type CampaignOptions,
  type CampaignResult,
  type CampaignFailure,
  type TargetRun,
} from './campaign.ts';
export { consensusSwarmArbitrary, byzantineArbitrary, CONSENSUS_SWARM_KINDS, type ConsensusSwarmRun, type ConsensusSwarmOptions } from './consensus-swarm.ts';
