import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeArchive } from '../../../../electron/core/archive/archive-file';
import { decodeArchive } from '../../../support/archive-bytes';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { ARCHIVE_TABLES, type ArchiveRow, type ArchiveTables } from '../../../../shared/archive/archive-tables';
import { AppError } from '../../../../shared/ipc/result';
import { useTestCore } from '../../helpers/core';
import { hashAllTables } from '../../helpers/db-hash';
import { seedEveryTable } from '../../helpers/seed-engagement';

const newCore = useTestCore();

type Content = { engagementId: string; tables: ArchiveTables };

interface Case {
  table: string;
  column: string;
  value: string;
  /** What the domain says about the value. */
  message: RegExp;
  /** The row to change; the first by default. */
  pick?: (row: ArchiveRow) => boolean;
}

// One value per archived table that the app itself would never store, because the domain schema
// the app's answers are checked against refuses it, each in one field of one otherwise valid row.
const CASES: readonly Case[] = [
  { table: 'engagements', column: 'currency', value: ' ', message: /Currency must be a three-letter code/ },
  { table: 'engagements', column: 'facilitators', value: '[1]', message: /Does not hold what the app stores here/ },
  { table: 'participants', column: 'days_attended', value: '["Monday"]', message: /Does not hold what the app stores here/ },
  { table: 'sessions', column: 'start_time', value: '25:99', message: /Use a time in the form HH:MM/ },
  { table: 'sessions', column: 'questions', value: '[{"text":""}]', message: /Question is required/ },
  { table: 'notes', column: 'tags', value: '{"ops":true}', message: /Does not hold what the app stores here/ },
  { table: 'action_items', column: 'status', value: 'pending', message: /Invalid option/ },
  { table: 'session_attendance', column: 'checked_in_at', value: 'at nine', message: /datetime/ },
  { table: 'findings', column: 'area', value: 'upstairs', message: /Invalid option/ },
  { table: 'visibility_changes', column: 'item_kind', value: 'comment', message: /Invalid option/ },
  { table: 'assessment_criterion_scores', column: 'criterion_id', value: 'pf-made-up', message: /no audit criterion with that id/ },
  { table: 'assessment_ml_test_scores', column: 'test_id', value: 'monitor-99', message: /no ML Test Score test with that id/ },
  { table: 'assessment_cause_ratings', column: 'cause_id', value: 'bad-luck', message: /no pilot-purgatory cause with that id/ },
  { table: 'cost_scenarios', column: 'inputs', value: '{"currency":"EUR"}', message: /Does not hold what the app stores here/ },
  { table: 'finding_evidence', column: 'linked_at', value: 'yesterday', message: /datetime/ },
  { table: 'finding_moves', column: 'to_area', value: 'upstairs', message: /Choose one of the four audit areas/ },
  { table: 'criterion_evidence', column: 'linked_at', value: '2026-03-02', message: /datetime/ },
  { table: 'path_recommendations', column: 'decided_on', value: 'next Friday', message: /Use a date in the form YYYY-MM-DD/ },
  { table: 'path_recommendations', column: 'decided_by_name', value: '   ', message: /Who decided is required/ },
  { table: 'path_recommendations', column: 'conditions', value: '"Name an owner"', message: /Does not hold what the app stores here/ },
  { table: 'path_phases', column: 'exit_criteria', value: '[{"done":true}]', message: /Does not hold what the app stores here/ },
  {
    table: 'path_links',
    column: 'target_id',
    value: 'pf-made-up',
    message: /no audit criterion with that id/,
    pick: (row) => row.target_kind === 'criterion',
  },
  { table: 'path_systems', column: 'name', value: '', message: /Too small/ },
  { table: 'path_raci', column: 'role', value: 'X', message: /Invalid option/ },
  { table: 'releases', column: 'options', value: '{"redactNames":"yes"}', message: /Does not hold what the app stores here/ },
  { table: 'releases', column: 'release_check', value: '{}', message: /Does not hold what the app stores here/ },
];

describe('an archive row the domain would refuse', () => {
  it('covers every archived table', () => {
    expect(new Set(CASES.map((c) => c.table))).toEqual(new Set(ARCHIVE_TABLES.map((t) => t.table)));
  });

  it('is refused by name, table and field, and nothing of the archive is imported', async () => {
    const source = newCore();
    const { engagement } = await seedEveryTable(source.dispatch);
    const file = path.join(path.dirname(source.dbPath), 'source.auditweek');
    await source.core.archive.exportTo(engagement.id, file);
    const { header, content } = decodeArchive(readFileSync(file), LATEST_SCHEMA_VERSION);
    const base = { schemaVersion: header.schemaVersion, appVersion: header.appVersion, exportedAt: header.exportedAt, engagementId: header.engagementId };
    const laptop = newCore();
    await seedEveryTable(laptop.dispatch, 'Already here');
    const hash = hashAllTables(laptop.core.db);

    for (const c of CASES) {
      const edited = structuredClone(content) as Content;
      const rows = edited.tables[c.table]!;
      const index = c.pick ? rows.findIndex(c.pick) : 0;
      expect(rows[index], `${c.table} has a row to change`).toBeDefined();
      rows[index]![c.column] = c.value;

      let refusal: unknown = null;
      try {
        await laptop.core.archive.importBytes(encodeArchive(base, edited));
      } catch (error) {
        refusal = error;
      }

      expect(refusal, `${c.table}.${c.column}`).toBeInstanceOf(AppError);
      const { code, message } = refusal as AppError;
      expect(code).toBe('invalid_archive');
      expect(message, `${c.table}.${c.column}`).toContain(`${c.table} record ${index + 1}, field “${c.column}”: `);
      expect(message, `${c.table}.${c.column}`).toMatch(c.message);
      expect(hashAllTables(laptop.core.db), `${c.table}.${c.column}`).toBe(hash);
    }
  });
});
