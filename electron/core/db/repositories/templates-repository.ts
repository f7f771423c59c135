import type { Database } from 'better-sqlite3';
import type { TemplateDay } from '../../../../shared/domain/agenda-template';

export interface StoredTemplate {
  id: string;
  name: string;
  description: string;
  days: TemplateDay[];
  createdAt: string;
  updatedAt: string;
  deviceId: string;
}

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  days: string;
  created_at: string;
  updated_at: string;
  device_id: string;
}

function toTemplate(row: TemplateRow): StoredTemplate {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    days: JSON.parse(row.days) as TemplateDay[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  };
}

export function createTemplatesRepository(db: Database) {
  const listStmt = db.prepare<[], TemplateRow>('SELECT * FROM agenda_templates ORDER BY name COLLATE NOCASE');
  const getStmt = db.prepare<[string], TemplateRow>('SELECT * FROM agenda_templates WHERE id = ?');
  const byNameStmt = db.prepare<[string], TemplateRow>('SELECT * FROM agenda_templates WHERE name = ?');
  const insertStmt = db.prepare(
    `INSERT INTO agenda_templates (id, name, description, days, created_at, updated_at, device_id)
     VALUES (@id, @name, @description, @days, @created_at, @updated_at, @device_id)`,
  );
  const replaceStmt = db.prepare(
    'UPDATE agenda_templates SET description = @description, days = @days, updated_at = @updated_at, device_id = @device_id WHERE id = @id',
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM agenda_templates WHERE id = ?');

  const toRow = (t: StoredTemplate) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    days: JSON.stringify(t.days),
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    device_id: t.deviceId,
  });

  return {
    list: (): StoredTemplate[] => listStmt.all().map(toTemplate),
    get(id: string): StoredTemplate | undefined {
      const row = getStmt.get(id);
      return row ? toTemplate(row) : undefined;
    },
    findByName(name: string): StoredTemplate | undefined {
      const row = byNameStmt.get(name);
      return row ? toTemplate(row) : undefined;
    },
    insert: (t: StoredTemplate): void => void insertStmt.run(toRow(t)),
    replace: (t: StoredTemplate): void => void replaceStmt.run(toRow(t)),
    delete: (id: string): boolean => deleteStmt.run(id).changes > 0,
  };
}

export type TemplatesRepository = ReturnType<typeof createTemplatesRepository>;
