import type { CostInputs } from '../cost-model/cost-inputs';
import type { SampleCostScenario } from './sample-types';

/**
 * Both scenarios share everything but the model: Halden's volumes, Ruben's time study and the
 * week's measurements on 150 random February invoices. Uncaught errors cost what fixing them in
 * the match-exception queue costs (about €8), because the 3-way match stops most wrong amounts.
 */
const SHARED: Omit<CostInputs, 'modelCostPerQuery' | 'accuracyPct' | 'reviewSharePct'> = {
  currency: 'EUR',
  pilotVolumePerDay: 80,
  productionVolumePerDay: 1200,
  growthPctPerYear: 3,
  workingDaysPerYear: 250,
  computeCostPerQuery: 0.012,
  infrastructurePerMonth: 1200,
  monitoringPerMonth: 250,
  integrationBuild: 85_000,
  supportFte: 0.6,
  costPerFtePerYear: 92_000,
  storagePerRecordKb: 350,
  retentionMonths: 84,
  storagePricePerGbMonth: 0.023,
  falsePositiveSharePct: null,
  minutesPerReview: 1.5,
  reviewerCostPerHour: 38,
  productiveHoursPerFteDay: 6,
  downstreamCostPerError: 8,
  currentCostPerItem: 3.2,
};

export const SAMPLE_COST_SCENARIOS: SampleCostScenario[] = [
  {
    name: 'Pilot model (large LLM)',
    inputs: { ...SHARED, modelCostPerQuery: 0.046, accuracyPct: 91.3, reviewSharePct: 30 },
  },
  {
    name: 'Smaller model, more review',
    inputs: { ...SHARED, modelCostPerQuery: 0.005, accuracyPct: 89.6, reviewSharePct: 40 },
  },
];
