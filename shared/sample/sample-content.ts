import { SAMPLE_ASSESSMENT } from './sample-assessment';
import { SAMPLE_COST_SCENARIOS } from './sample-cost';
import { SAMPLE_FINDINGS } from './sample-findings';
import { SAMPLE_DAYS } from './sample-notes';
import { SAMPLE_PATH_TO_SHIP } from './sample-path';
import { SAMPLE_ENGAGEMENT, SAMPLE_PARTICIPANTS } from './sample-people';
import type { SampleContent } from './sample-types';

/** "Try the sample": a finished audit week at a fictional distributor, loaded like an imported archive. */
export const SAMPLE_CONTENT: SampleContent = {
  engagement: SAMPLE_ENGAGEMENT,
  participants: SAMPLE_PARTICIPANTS,
  days: SAMPLE_DAYS,
  findings: SAMPLE_FINDINGS,
  assessment: SAMPLE_ASSESSMENT,
  costScenarios: SAMPLE_COST_SCENARIOS,
  pathToShip: SAMPLE_PATH_TO_SHIP,
};
