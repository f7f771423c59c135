import { DEFAULT_COST_INPUTS, type CostInputs } from '../../../shared/cost-model/cost-inputs';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import type { PilotNumbers } from '../../../shared/domain/engagement';
import { namedFields } from '../../../shared/domain/update-schema';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { CostScenariosRepository } from '../db/repositories/cost-scenarios-repository';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import { timestamp, type ServiceContext } from './service-context';

export interface CostScenariosService {
  list(engagementId: string): CostScenario[];
  create(input: ParsedInput<'cost:create'>): CostScenario;
  update(input: ParsedInput<'cost:update'>): CostScenario;
  duplicate(input: ParsedInput<'cost:duplicate'>): CostScenario;
  rename(input: ParsedInput<'cost:rename'>): CostScenario;
  delete(id: string): { id: string };
}

/** The pilot's numbers where the client gave them, the neutral defaults elsewhere. */
export function inputsFromPilot(pilot: PilotNumbers): CostInputs {
  return {
    ...DEFAULT_COST_INPUTS,
    currency: pilot.currency,
    accuracyPct: pilot.accuracyPct ?? DEFAULT_COST_INPUTS.accuracyPct,
    pilotVolumePerDay: pilot.pilotVolumePerDay ?? DEFAULT_COST_INPUTS.pilotVolumePerDay,
    productionVolumePerDay: pilot.productionVolumePerDay ?? DEFAULT_COST_INPUTS.productionVolumePerDay,
    modelCostPerQuery: pilot.costPerQuery ?? DEFAULT_COST_INPUTS.modelCostPerQuery,
  };
}

/** The first of "base", "base 2", "base 3", … not already used in the engagement. */
function unusedName(base: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

const GONE = 'That cost scenario no longer exists. It may have been deleted.';

/** Cost scenarios of an engagement: create, edit, copy, rename, delete. Each write is one transaction. */
export function createCostScenariosService(
  ctx: ServiceContext,
  repo: CostScenariosRepository,
  engagements: EngagementsRepository,
): CostScenariosService {
  function requireScenario(id: string): CostScenario {
    const scenario = repo.get(id);
    if (!scenario) throw new AppError('not_found', GONE);
    return scenario;
  }

  function insert(engagementId: string, name: string, inputs: CostInputs): CostScenario {
    const at = timestamp(ctx);
    const scenario: CostScenario = {
      id: ctx.newId(),
      engagementId,
      name,
      position: repo.nextPosition(engagementId),
      inputs,
      createdAt: at,
      updatedAt: at,
      deviceId: ctx.deviceId,
    };
    repo.save(scenario);
    return scenario;
  }

  const change = ctx.db.transaction((id: string, patch: (current: CostScenario) => Partial<Pick<CostScenario, 'name' | 'inputs'>>): CostScenario => {
    const current = requireScenario(id);
    const next: CostScenario = { ...current, ...patch(current), updatedAt: timestamp(ctx), deviceId: ctx.deviceId };
    repo.save(next);
    return next;
  });

  return {
    list(engagementId) {
      if (!engagements.get(engagementId)) throw new AppError('not_found', 'That engagement no longer exists. It may have been deleted.');
      return repo.list(engagementId);
    },
    create: ctx.db.transaction((input: ParsedInput<'cost:create'>): CostScenario => {
      const engagement = engagements.get(input.engagementId);
      if (!engagement) throw new AppError('not_found', 'That engagement no longer exists. It may have been deleted.');
      const name = input.name ?? unusedName('Scenario', repo.names(engagement.id));
      return insert(engagement.id, name, inputsFromPilot(engagement.pilot));
    }),
    update(input) {
      return change(input.id, (current) => ({ inputs: { ...current.inputs, ...namedFields(input.inputs) } }));
    },
    duplicate: ctx.db.transaction((input: ParsedInput<'cost:duplicate'>): CostScenario => {
      const source = requireScenario(input.id);
      const name = input.name ?? unusedName(`${source.name} (copy)`, repo.names(source.engagementId));
      return insert(source.engagementId, name, source.inputs);
    }),
    rename(input) {
      return change(input.id, () => ({ name: input.name }));
    },
    delete: ctx.db.transaction((id: string): { id: string } => {
      if (!repo.delete(id, timestamp(ctx), ctx.deviceId)) throw new AppError('not_found', GONE);
      return { id };
    }),
  };
}
