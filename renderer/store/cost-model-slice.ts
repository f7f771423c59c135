import type { StateCreator } from 'zustand/vanilla';
import type { CostInputs } from '../../shared/cost-model/cost-inputs';
import type { CostScenario } from '../../shared/domain/cost-scenario';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';
import type { LoadState } from './engagements-slice';
import { createEngagementScope } from './engagement-scope';

export interface CostModelSlice {
  /** The scenarios of one engagement at a time: the one whose cost model is open. */
  costScenarios: CostScenario[];
  costEngagementId: string | null;
  costLoad: LoadState;
  costError: string | null;
  loadCostScenarios(engagementId: string): Promise<void>;
  createCostScenario(engagementId: string): Promise<CostScenario>;
  saveCostInputs(id: string, inputs: CostInputs): Promise<CostScenario>;
  duplicateCostScenario(id: string): Promise<CostScenario>;
  renameCostScenario(id: string, name: string): Promise<CostScenario>;
  deleteCostScenario(id: string): Promise<void>;
}

/** Cost scenarios of the open engagement; each write goes through the api and keeps what it returns. */
export function createCostModelSlice(api: ApiClient): StateCreator<AppState, [], [], CostModelSlice> {
  return (set, get) => {
    const scope = createEngagementScope();
    const replace = (scenario: CostScenario) =>
      set((state) => ({ costScenarios: state.costScenarios.map((s) => (s.id === scenario.id ? scenario : s)) }));
    const append = (scenario: CostScenario) => {
      if (scope.holds(scenario.engagementId)) set((state) => ({ costScenarios: [...state.costScenarios, scenario] }));
      return scenario;
    };

    return {
      costScenarios: [],
      costEngagementId: null,
      costLoad: 'idle',
      costError: null,
      async loadCostScenarios(engagementId) {
        const { switched, isLatest } = scope.begin(engagementId);
        if (switched) set({ costScenarios: [], costEngagementId: engagementId });
        set({ costLoad: 'loading', costError: null });
        try {
          const scenarios = await api.invoke('cost:list', { engagementId });
          if (isLatest()) set({ costScenarios: scenarios, costLoad: 'ready' });
        } catch (error) {
          if (isLatest()) set({ costLoad: 'error', costError: error instanceof Error ? error.message : String(error) });
        }
      },
      async createCostScenario(engagementId) {
        return append(await api.invoke('cost:create', { engagementId }));
      },
      async saveCostInputs(id, inputs) {
        // Shown at once, so an editor reopened while the save is in flight starts from the new
        // numbers; put back if the save fails, so the store never shows what is not stored.
        const before = get().costScenarios.find((s) => s.id === id);
        if (before) replace({ ...before, inputs });
        try {
          const scenario = await api.invoke('cost:update', { id, inputs });
          replace(scenario);
          return scenario;
        } catch (error) {
          if (before) replace(before);
          throw error;
        }
      },
      async duplicateCostScenario(id) {
        return append(await api.invoke('cost:duplicate', { id }));
      },
      async renameCostScenario(id, name) {
        const scenario = await api.invoke('cost:rename', { id, name });
        replace(scenario);
        return scenario;
      },
      async deleteCostScenario(id) {
        await api.invoke('cost:delete', { id });
        set((state) => ({ costScenarios: state.costScenarios.filter((s) => s.id !== id) }));
      },
    };
  };
}
