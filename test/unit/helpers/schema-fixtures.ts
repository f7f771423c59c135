import type { Database } from 'better-sqlite3';
import { DEFAULT_COST_INPUTS } from '../../../shared/cost-model/cost-inputs';

export const FIXTURE_ENGAGEMENT = '10000000-0000-4000-8000-000000000001';
const AT = '2026-03-02T09:00:00.000Z';
const DEVICE = 'fixture-laptop';

/**
 * The rows each schema version's fixture holds: what that version's app could have written. Each
 * step adds rows to the tables its migration created, so every upgrade carries real data.
 */
export const FIXTURE_ROWS: Record<number, (db: Database) => void> = {
  10: (db) =>
    db
      .prepare(
        `INSERT INTO engagements (id, client_name, pilot_name, facilitators, week_start, created_at, updated_at, device_id)
         VALUES (?, 'Northwind', 'Invoice reader', '["Kim"]', '2026-03-02', ?, ?, ?)`,
      )
      .run(FIXTURE_ENGAGEMENT, AT, AT, DEVICE),
  20: (db) => {
    db.prepare(
      `INSERT INTO participants (id, engagement_id, name, function, created_at, updated_at, device_id)
       VALUES ('20000000-0000-4000-8000-000000000001', ?, 'Ana Silva', 'operator', ?, ?, ?)`,
    ).run(FIXTURE_ENGAGEMENT, AT, AT, DEVICE);
    db.prepare(
      `INSERT INTO sessions (id, engagement_id, day, position, title, kind, start_time, end_time, created_at, updated_at, device_id)
       VALUES ('20000000-0000-4000-8000-000000000002', ?, 1, 0, 'Kick-off', 'session', '09:00', '10:00', ?, ?, ?)`,
    ).run(FIXTURE_ENGAGEMENT, AT, AT, DEVICE);
  },
  30: (db) =>
    db
      .prepare(
        `INSERT INTO notes (id, engagement_id, ref, day, session_id, kind, text, speaker_id, speaker_name, captured_at, created_at, updated_at, device_id)
         VALUES ('30000000-0000-4000-8000-000000000001', ?, 'D1-001', 1, '20000000-0000-4000-8000-000000000002', 'observation',
           'They re-key every invoice', '20000000-0000-4000-8000-000000000001', 'Ana Silva', ?, ?, ?, ?)`,
      )
      .run(FIXTURE_ENGAGEMENT, AT, AT, AT, DEVICE),
  50: (db) =>
    db
      .prepare(
        `INSERT INTO assessment_criterion_scores (id, engagement_id, criterion_id, score, comment, created_at, updated_at, device_id)
         VALUES ('50000000-0000-4000-8000-000000000001', ?, 'pf-value-quantified', 'partly', 'Sized', ?, ?, ?)`,
      )
      .run(FIXTURE_ENGAGEMENT, AT, AT, DEVICE),
  60: (db) =>
    db
      .prepare(
        `INSERT INTO cost_scenarios (id, engagement_id, name, position, inputs, created_at, updated_at, device_id)
         VALUES ('60000000-0000-4000-8000-000000000001', ?, 'Base case', 0, ?, ?, ?, ?)`,
      )
      .run(FIXTURE_ENGAGEMENT, JSON.stringify(DEFAULT_COST_INPUTS), AT, AT, DEVICE),
};
