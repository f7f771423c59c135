import type { Database } from 'better-sqlite3';
import { ExportScope, scopeTitle } from '../../../../shared/report/export-scope';
import { ReleaseItems, type PreviousRelease, type ReleaseCheck, type ReleaseItem } from '../../../../shared/report/release-check-schema';
import type { ReportOptions } from '../../../../shared/report/report-inputs';

/** A confirmed export: what the facilitator confirmed, what the client could read then, and the files written. */
export interface Release {
  id: string;
  engagementId: string;
  scope: ExportScope;
  options: ReportOptions;
  check: ReleaseCheck;
  items: ReleaseItem[];
  folderName: string;
  files: string[];
  confirmedAt: string;
  deviceId: string;
}

interface ReleaseRow {
  id: string;
  engagement_id: string;
  scope_kind: ExportScope['kind'];
  day: number | null;
  options: string;
  release_check: string;
  items: string;
  folder_name: string;
  files: string;
  confirmed_at: string;
  device_id: string;
}

type PreviousRow = Pick<ReleaseRow, 'scope_kind' | 'day' | 'items' | 'confirmed_at' | 'device_id'>;

const COLUMNS = 'id, engagement_id, scope_kind, day, options, release_check, items, folder_name, files, confirmed_at, device_id';

/**
 * What the next release check compares against. Its items are parsed strictly: a row that does
 * not hold them is a damaged file, not a first release.
 */
function toPrevious(row: PreviousRow): PreviousRelease {
  const scope = ExportScope.parse(row.scope_kind === 'day' || row.scope_kind === 'deck' ? { kind: row.scope_kind, day: row.day } : { kind: row.scope_kind });
  return { title: scopeTitle(scope), confirmedAt: row.confirmed_at, deviceId: row.device_id, items: ReleaseItems.parse(JSON.parse(row.items)) };
}

/** Confirmed exports, written once and never edited. */
export function createReleasesRepository(db: Database) {
  const insertStmt = db.prepare<[ReleaseRow]>(
    `INSERT INTO releases (${COLUMNS}) VALUES (@id, @engagement_id, @scope_kind, @day, @options, @release_check, @items, @folder_name, @files, @confirmed_at, @device_id)`,
  );
  const latestStmt = db.prepare<[string], PreviousRow>(
    'SELECT scope_kind, day, items, confirmed_at, device_id FROM releases WHERE engagement_id = ? ORDER BY confirmed_at DESC, rowid DESC LIMIT 1',
  );
  return {
    insert(release: Release): void {
      insertStmt.run({
        id: release.id,
        engagement_id: release.engagementId,
        scope_kind: release.scope.kind,
        day: release.scope.kind === 'day' || release.scope.kind === 'deck' ? release.scope.day : null,
        options: JSON.stringify(release.options),
        release_check: JSON.stringify(release.check),
        items: JSON.stringify(release.items),
        folder_name: release.folderName,
        files: JSON.stringify(release.files),
        confirmed_at: release.confirmedAt,
        device_id: release.deviceId,
      });
    },
    /** The engagement's most recent release on any laptop, or undefined before its first. */
    latest(engagementId: string): PreviousRelease | undefined {
      const row = latestStmt.get(engagementId);
      return row ? toPrevious(row) : undefined;
    },
  };
}
export type ReleasesRepository = ReturnType<typeof createReleasesRepository>;
