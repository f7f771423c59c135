import { readArchiveBytes } from '../../electron/core/archive/archive-file';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import type { ArchiveHeader } from '../../shared/archive/archive-format';
import type { ArchiveRow, ArchiveTables } from '../../shared/archive/archive-tables';
import type { ContentSink } from '../../shared/archive/validate-archive';

/** An archive's content as the v1 object it always describes: the engagement and every table's rows, unchecked. */
export interface RawContent {
  engagementId: string;
  tables: ArchiveTables;
}

/** Unpacks an archive held in memory (header, length and checksum checked, rows not), for a test to read or edit. */
export function decodeArchive(bytes: Buffer, latestSchemaVersion = LATEST_SCHEMA_VERSION): { header: ArchiveHeader; content: RawContent } {
  const content: RawContent = { engagementId: '', tables: {} };
  let rows: ArchiveRow[] = [];
  const collect: ContentSink = {
    start(engagementId, tables) {
      content.engagementId = engagementId;
      for (const table of tables) content.tables[table] = [];
    },
    table(name) {
      rows = content.tables[name]!;
    },
    row(candidate) {
      rows.push(candidate as ArchiveRow);
    },
  };
  const header = readArchiveBytes(bytes, latestSchemaVersion, collect);
  return { header, content };
}
