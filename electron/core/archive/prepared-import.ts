import { ARCHIVE_TABLES, type ArchiveRow } from '../../../shared/archive/archive-tables';
import type { MergeReport } from '../../../shared/domain/archive';
import type { MergePlan } from '../../../shared/merge/merge-engagement';

/** A run of rows of one table that are all updated, or all inserted. */
export interface PlanSegment {
  table: string;
  kind: 'update' | 'insert';
  count: number;
}

/**
 * A planned import as it crosses from the background thread to main: what the report will say,
 * and the rows to write packed as lines of JSON in pieces of a few megabytes. Bytes rather than
 * objects: main unpacks a few rows at a time while it writes, instead of receiving a million
 * objects in one message and holding them all.
 */
export interface PreparedImport extends Pick<MergeReport, 'engagementId' | 'created' | 'conflicts' | 'renumbered'> {
  /** In write order: per table in registry order (parents first), its updates, then its inserts. */
  segments: PlanSegment[];
  /** Each piece holds whole lines, one row per line, in segment order. */
  pieces: Uint8Array[];
}

const PIECE_BYTES = 4 * 1024 * 1024;

export function packPlan(plan: MergePlan): Pick<PreparedImport, 'segments' | 'pieces'> {
  const segments: PlanSegment[] = [];
  const pieces: Uint8Array[] = [];
  const encoder = new TextEncoder();
  let lines: string[] = [];
  let size = 0;
  const flush = () => {
    if (lines.length === 0) return;
    // Each piece in a buffer of its own (never Node's shared pool), so it can move to main whole.
    pieces.push(encoder.encode(lines.join('')));
    lines = [];
    size = 0;
  };
  for (const table of ARCHIVE_TABLES) {
    for (const kind of ['update', 'insert'] as const) {
      const rows = (kind === 'update' ? plan.updates : plan.inserts)[table.table]!;
      if (rows.length === 0) continue;
      segments.push({ table: table.table, kind, count: rows.length });
      for (const row of rows) {
        const line = `${JSON.stringify(row)}\n`;
        lines.push(line);
        size += line.length;
        if (size >= PIECE_BYTES) flush();
      }
    }
  }
  flush();
  return { segments, pieces };
}

/** The rows to write, one at a time, each with its segment. */
export function* plannedRows(prepared: Pick<PreparedImport, 'segments' | 'pieces'>): Generator<{ segment: PlanSegment; row: ArchiveRow }> {
  const decoder = new TextDecoder();
  let piece = 0;
  let lines: string[] = [];
  let next = 0;
  for (const segment of prepared.segments) {
    for (let i = 0; i < segment.count; i++) {
      while (next >= lines.length) {
        if (piece >= prepared.pieces.length) throw new Error('The planned import holds fewer rows than its segments say.');
        // Split one piece at a time: the text of the others stays packed until its turn.
        lines = decoder.decode(prepared.pieces[piece++]).split('\n');
        lines.pop();
        next = 0;
      }
      yield { segment, row: JSON.parse(lines[next++]!) as ArchiveRow };
    }
  }
}

export function plannedRowCount(prepared: Pick<PreparedImport, 'segments'>): number {
  return prepared.segments.reduce((sum, segment) => sum + segment.count, 0);
}
