import { z } from 'zod';
import {
  CostScenario,
  CostScenarioCreateInput,
  CostScenarioDuplicateInput,
  CostScenarioIdInput,
  CostScenarioListInput,
  CostScenarioRenameInput,
  CostScenarioUpdateInput,
} from '../domain/cost-scenario';
import type { ContractSection } from './contract-types';

export const costContract = {
  'cost:list': { input: CostScenarioListInput, output: z.array(CostScenario) },
  'cost:create': { input: CostScenarioCreateInput, output: CostScenario },
  'cost:update': { input: CostScenarioUpdateInput, output: CostScenario },
  'cost:duplicate': { input: CostScenarioDuplicateInput, output: CostScenario },
  'cost:rename': { input: CostScenarioRenameInput, output: CostScenario },
  'cost:delete': { input: CostScenarioIdInput, output: z.object({ id: z.string() }) },
} satisfies ContractSection;
