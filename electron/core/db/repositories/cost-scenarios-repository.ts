import type { Database } from 'better-sqlite3';
import { CostInputs } from '../../../../shared/cost-model/cost-inputs';
import type { CostScenario } from '../../../../shared/domain/cost-scenario';
import { AppError } from '../../../../shared/ipc/result';

interface CostScenarioRow {
  id: string;
  engagement_id: string;
  name: string;
  position: number;
  inputs: string;
  created_at: string;
  updated_at: string;
  device_id: string;
}

/** The JSON column is checked against the schema when read, so a bad row is reported, never shown half-parsed. */
function toScenario(row: CostScenarioRow): CostScenario {
  const inputs = CostInputs.safeParse(JSON.parse(row.inputs));
  if (!inputs.success) {
    throw new AppError(
      'storage_corrupt',
      `The saved inputs of cost scenario “${row.name}” are damaged and cannot be shown. Delete the scenario and enter it again.`,
    );
  }
  return {
    id: row.id,
    engagementId: row.engagement_id,
    name: row.name,
    position: row.position,
    inputs: inputs.data,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  };
}

function toRow(s: CostScenario): CostScenarioRow {
  return {
    id: s.id,
    engagement_id: s.engagementId,
    name: s.name,
    position: s.position,
    // Parsed again on the way in: only inputs the model accepts ever reach the file.
    inputs: JSON.stringify(CostInputs.parse(s.inputs)),
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    device_id: s.deviceId,
  };
}

const COLUMNS = 'id, engagement_id, name, position, inputs, created_at, updated_at, device_id';

/** Cost scenario rows in and out of SQLite; statements are prepared once per connection. */
export function createCostScenariosRepository(db: Database) {
  const listFor = db.prepare<[string], CostScenarioRow>(
    `SELECT ${COLUMNS} FROM cost_scenarios WHERE engagement_id = ? AND deleted_at IS NULL ORDER BY position, created_at`,
  );
  const getOne = db.prepare<[string], CostScenarioRow>(`SELECT ${COLUMNS} FROM cost_scenarios WHERE id = ? AND deleted_at IS NULL`);
  const nextPosition = db
    .prepare<[string], number>('SELECT coalesce(max(position) + 1, 0) FROM cost_scenarios WHERE engagement_id = ? AND deleted_at IS NULL')
    .pluck();
  const namesFor = db.prepare<[string], string>('SELECT name FROM cost_scenarios WHERE engagement_id = ? AND deleted_at IS NULL').pluck();
  const upsert = db.prepare<[CostScenarioRow]>(
    `INSERT INTO cost_scenarios (${COLUMNS}) VALUES (
      @id, @engagement_id, @name, @position, @inputs, @created_at, @updated_at, @device_id)
    ON CONFLICT (id) DO UPDATE SET
      name = excluded.name, position = excluded.position, inputs = excluded.inputs,
      updated_at = excluded.updated_at, device_id = excluded.device_id`,
  );
  // A tombstone, so a co-facilitator's archive cannot bring the scenario back.
  const remove = db.prepare<[{ id: string; at: string; deviceId: string }]>(
    'UPDATE cost_scenarios SET deleted_at = @at, updated_at = @at, device_id = @deviceId WHERE id = @id AND deleted_at IS NULL',
  );

  return {
    list(engagementId: string): CostScenario[] {
      return listFor.all(engagementId).map(toScenario);
    },
    get(id: string): CostScenario | undefined {
      const row = getOne.get(id);
      return row ? toScenario(row) : undefined;
    },
    nextPosition(engagementId: string): number {
      return nextPosition.get(engagementId) ?? 0;
    },
    names(engagementId: string): string[] {
      return namesFor.all(engagementId);
    },
    save(scenario: CostScenario): void {
      upsert.run(toRow(scenario));
    },
    delete(id: string, at: string, deviceId: string): boolean {
      return remove.run({ id, at, deviceId }).changes > 0;
    },
  };
}

export type CostScenariosRepository = ReturnType<typeof createCostScenariosRepository>;
