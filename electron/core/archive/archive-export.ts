import type { Database } from 'better-sqlite3';
import { contentLines, type TableRows } from '../../../shared/archive/archive-content';
import { stageProgress } from '../../../shared/archive/archive-progress';
import { ARCHIVE_TABLES, type ArchiveRow } from '../../../shared/archive/archive-tables';
import type { ArchiveProgress } from '../../../shared/domain/archive';
import { AppError } from '../../../shared/ipc/result';
import { inReadSnapshot } from '../db/bulk-transaction';
import { createArchiveRepository } from '../db/repositories/archive-repository';
import { writeArchiveFile, type HeaderFields } from './archive-file';

function notFound(): AppError {
  return new AppError('not_found', 'That engagement no longer exists.');
}

/**
 * Streams the engagement's rows from `db` into an archive at `target`, table by table, all read
 * in one snapshot, so an engagement of any size is exported without ever being held whole. For a
 * connection of its own (the background thread's): it stays inside a read transaction until done.
 */
export async function exportArchive(
  db: Database,
  target: string,
  fields: HeaderFields,
  onProgress?: (progress: ArchiveProgress) => void,
): Promise<void> {
  const repository = createArchiveRepository(db);
  const engagementId = fields.engagementId;
  await inReadSnapshot(db, async () => {
    const counts = ARCHIVE_TABLES.map((table) => repository.count(table.table, engagementId));
    if (counts[0] === 0) throw notFound();
    const total = counts.reduce((sum, count) => sum + count, 0);
    const progress = onProgress ? stageProgress('exporting', total, onProgress) : null;
    let done = 0;
    function* counted(rows: Iterable<ArchiveRow>): Generator<ArchiveRow> {
      for (const row of rows) {
        yield row;
        progress?.update(++done);
      }
    }
    const tables: TableRows[] = ARCHIVE_TABLES.map((table, i) => ({
      table: table.table,
      count: counts[i]!,
      // Each table's statement runs only when the writer reaches it, one open at a time.
      rows: { [Symbol.iterator]: () => counted(repository.iterate(table.table, engagementId)) },
    }));
    await writeArchiveFile(target, fields, contentLines(engagementId, tables));
    progress?.finish();
  });
}
