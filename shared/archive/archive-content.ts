import { z } from 'zod';
import type { ArchiveRow } from './archive-tables';
import type { ContentSink } from './validate-archive';

/*
 * The content of a version-2 archive, as lines of JSON, each ending in a line break:
 *   {"engagementId":"…","tables":{"engagements":1,"participants":12,…}}   the start: how many rows
 *                                                                           each table has, in order
 *   {row}                                                                  then every row, table
 *   …                                                                      after table, in that order
 * One line per row, so an engagement of any size is written and read a row at a time.
 */

/** The first line of a version-2 content. */
export const ContentStart = z.strictObject({
  engagementId: z.uuid(),
  tables: z.record(z.string(), z.number().int().min(0)),
});

/** One table's rows as the export reads them: how many, then the rows themselves. */
export interface TableRows {
  table: string;
  count: number;
  rows: Iterable<ArchiveRow>;
}

/** The content's lines, each with its line break; `tables` in the order their rows are to follow. */
export function* contentLines(engagementId: string, tables: readonly TableRows[]): Generator<string> {
  yield `${JSON.stringify({ engagementId, tables: Object.fromEntries(tables.map((t) => [t.table, t.count])) })}\n`;
  for (const { table, count, rows } of tables) {
    let written = 0;
    for (const row of rows) {
      yield `${JSON.stringify(row)}\n`;
      written += 1;
    }
    // The count was read in the same snapshot as the rows; a difference is a bug, not a damaged file.
    if (written !== count) throw new Error(`The archive's ${table} were counted as ${count} rows but ${written} were read.`);
  }
}

/** Content whose lines do not follow the layout (the checksum matched, so it was made that way). */
export class ContentLayoutError extends Error {}

/**
 * Reads a version-2 content line by line (without line breaks) into a sink. `end` says whether
 * every row the start announced arrived; a line out of place throws a ContentLayoutError.
 */
export function createContentLineReader(sink: ContentSink): { line(text: string): void; end(): void } {
  let remaining: [string, number][] | null = null;
  let left = 0;
  const nextTable = () => {
    while (left === 0 && remaining!.length > 0) {
      const [name, count] = remaining!.shift()!;
      left = count;
      if (count > 0) sink.table(name);
    }
  };
  return {
    line(text) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new ContentLayoutError('a line is not JSON');
      }
      if (remaining === null) {
        const start = ContentStart.safeParse(value);
        if (!start.success) throw new ContentLayoutError('its first line is not an archive’s start');
        remaining = Object.entries(start.data.tables);
        sink.start(start.data.engagementId, Object.keys(start.data.tables));
        nextTable();
        return;
      }
      if (left === 0) throw new ContentLayoutError('it holds more rows than its start announces');
      sink.row(value);
      left -= 1;
      nextTable();
    },
    end() {
      if (remaining === null || left > 0 || remaining.length > 0) throw new ContentLayoutError('it holds fewer rows than its start announces');
    },
  };
}
