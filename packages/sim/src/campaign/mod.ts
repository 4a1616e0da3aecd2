export { swarmScheduleArbitrary, type SwarmOptions } from './swarm.ts';
export {
  runCampaign,
  campaignInputs,
  CampaignTally,
  shrinkSchedule,
  shrinkScheduleAsync,
  SHRINK_RUNS_MAX,
  CAMPAIGN_RUNS_MAX,
  REFEREE_LOST,
  type ShrinkResult,
  type CampaignTarget,
  type CampaignOptions,
  type CampaignResult,
  type CampaignFailure,
  type TargetRun,
} from './campaign.ts';
export { consensusSwarmArbitrary, byzantineArbitrary, CONSENSUS_SWARM_KINDS, type ConsensusSwarmRun, type ConsensusSwarmOptions } from './consensus-swarm.ts';
export { encodeJob, decodeJob, encodeResult, decodeResult, CampaignMessageError, CAMPAIGN_MESSAGE_VERSION, type CampaignJob, type CampaignJobResult, type JobPurpose } from './distribute.ts';
