import { computeCostModel } from '../cost-model/cost-model';
import type { CostScenario } from '../domain/cost-scenario';

export interface LifecycleBudget {
  scenarioId: string;
  scenarioName: string;
  currency: string;
  oneOffBuild: number;
  tco1Year: number;
  tco3Years: number;
  productionPerMonth: number;
  productionVolumePerDay: number;
  reviewerFte: number;
  pilotPerMonth: number;
  pilotVolumePerDay: number;
}

/**
 * The cost model's figures the approval needs, from the chosen scenario or, when none is chosen
 * or it is gone, the first one. Null when the engagement has no scenario.
 */
export function lifecycleBudget(scenarios: readonly CostScenario[], chosenId: string | null): LifecycleBudget | null {
  const ordered = [...scenarios].sort((a, b) => a.position - b.position);
  const scenario = ordered.find((s) => s.id === chosenId) ?? ordered[0];
  if (!scenario) return null;
  const { inputs } = scenario;
  const result = computeCostModel(inputs);
  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    currency: inputs.currency,
    oneOffBuild: inputs.integrationBuild,
    tco1Year: result.tco1Year,
    tco3Years: result.tco3Years,
    productionPerMonth: result.production.perMonth,
    productionVolumePerDay: inputs.productionVolumePerDay,
    reviewerFte: result.reviewerFte,
    pilotPerMonth: result.pilot.perMonth,
    pilotVolumePerDay: inputs.pilotVolumePerDay,
  };
}
