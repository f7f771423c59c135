import { randomUUID } from 'node:crypto';
import type { ArchiveRow, ArchiveTables } from '../../shared/archive/archive-tables';

/** The rows of one archive as the writer takes them: the engagement and every table's rows. */
export interface ArchiveRows {
  engagementId: string;
  tables: ArchiveTables;
}

/**
 * The archive's rows with `count` more notes, each a copy of its first live note under a new id
 * and a client reference of day 5 no seeded note uses, holding `text(i)`: a large engagement
 * without a database to build it in.
 */
export function withExtraNotes(rows: ArchiveRows, count: number, text: (index: number) => string): ArchiveRows {
  const notes = rows.tables.notes!;
  const template = notes.find((note) => note.deleted_at === null);
  if (!template) throw new Error('The archive needs a live note to copy.');
  const extra: ArchiveRow[] = Array.from({ length: count }, (_, i) => ({ ...template, id: randomUUID(), ref: `D5-${100000 + i}`, day: 5, text: text(i) }));
  return { ...rows, tables: { ...rows.tables, notes: [...notes, ...extra] } };
}
