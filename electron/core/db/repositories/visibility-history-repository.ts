import type { Database } from 'better-sqlite3';
import type { NoteVisibility } from '../../../../shared/domain/note';
import type { ReleaseItemKind, VisibilityChange } from '../../../../shared/report/release-check-schema';

interface VisibilityChangeRow {
  id: string;
  engagement_id: string;
  item_kind: ReleaseItemKind;
  item_id: string;
  from_visibility: NoteVisibility;
  to_visibility: NoteVisibility;
  changed_at: string;
  device_id: string;
}

const COLUMNS = 'id, engagement_id, item_kind, item_id, from_visibility, to_visibility, changed_at, device_id';

const toChange = (row: VisibilityChangeRow): VisibilityChange => ({
  id: row.id,
  engagementId: row.engagement_id,
  itemKind: row.item_kind,
  itemId: row.item_id,
  from: row.from_visibility,
  to: row.to_visibility,
  changedAt: row.changed_at,
  deviceId: row.device_id,
});

/** Each change of a note's or a finding's visibility, written once and never edited. */
export function createVisibilityHistoryRepository(db: Database) {
  const insertStmt = db.prepare<[VisibilityChangeRow]>(
    `INSERT INTO visibility_changes (${COLUMNS}) VALUES (@id, @engagement_id, @item_kind, @item_id, @from_visibility, @to_visibility, @changed_at, @device_id)`,
  );
  const listStmt = db.prepare<[string], VisibilityChangeRow>(`SELECT ${COLUMNS} FROM visibility_changes WHERE engagement_id = ? ORDER BY changed_at, rowid`);
  return {
    insert(change: VisibilityChange): void {
      insertStmt.run({
        id: change.id,
        engagement_id: change.engagementId,
        item_kind: change.itemKind,
        item_id: change.itemId,
        from_visibility: change.from,
        to_visibility: change.to,
        changed_at: change.changedAt,
        device_id: change.deviceId,
      });
    },
    list: (engagementId: string): VisibilityChange[] => listStmt.all(engagementId).map(toChange),
  };
}
export type VisibilityHistoryRepository = ReturnType<typeof createVisibilityHistoryRepository>;
