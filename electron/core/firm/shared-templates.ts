import type { SharedTemplate } from '../../../shared/firm/firm-schemas';
import type { FirmClient } from './firm-connection';

/** Shares an agenda template with the firm, or updates the one this consultant shared before. */
export async function shareTemplate(client: FirmClient, template: { id: string; name: string; description: string; days: unknown }): Promise<void> {
  await client.query(
    `INSERT INTO firm.agenda_templates (id, name, description, days) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, days = excluded.days, shared_at = now()`,
    [template.id, template.name, template.description, JSON.stringify(template.days)],
  );
}

/** The firm's shared agenda templates, newest first. */
export async function listSharedTemplates(client: FirmClient): Promise<SharedTemplate[]> {
  const result = await client.query<SharedTemplate>(
    `SELECT id::text AS id, name, description, shared_by AS "sharedBy", shared_at::text AS "sharedAt",
            jsonb_array_length(days)::int AS "dayCount",
            (SELECT coalesce(sum(jsonb_array_length(d -> 'sessions')), 0)::int FROM jsonb_array_elements(days) d) AS "sessionCount"
       FROM firm.agenda_templates ORDER BY shared_at DESC, name`,
  );
  return result.rows;
}

/** One shared template's days, as JSON the caller validates. */
export async function sharedTemplateDays(client: FirmClient, id: string): Promise<{ name: string; description: string; days: unknown } | null> {
  const result = await client.query<{ name: string; description: string; days: unknown }>('SELECT name, description, days FROM firm.agenda_templates WHERE id = $1', [id]);
  return result.rows[0] ?? null;
}
