import { z } from 'zod';
import { CostInputs } from '../cost-model/cost-inputs';
import { Id, RowMeta, requiredText } from './common';
import { patchOf } from './update-schema';

/** One named set of cost-model inputs in an engagement; an engagement compares several. */
export const CostScenario = RowMeta.extend({
  engagementId: Id,
  name: z.string(),
  position: z.number().int().min(0),
  inputs: CostInputs,
});
export type CostScenario = z.infer<typeof CostScenario>;

const scenarioName = requiredText('Scenario name', 80);

export const CostScenarioListInput = z.object({ engagementId: Id });
export const CostScenarioCreateInput = z.object({ engagementId: Id, name: scenarioName.optional() });
/** The inputs it names change; the others keep their stored values. */
export const CostScenarioUpdateInput = z.object({ id: Id, inputs: patchOf(CostInputs) });
export const CostScenarioDuplicateInput = z.object({ id: Id, name: scenarioName.optional() });
export const CostScenarioRenameInput = z.object({ id: Id, name: scenarioName });
export const CostScenarioIdInput = z.object({ id: Id });
