import type { NoteVisibility } from './note';
import { findingSeries, formatRef, noteSeries, type RefSeries } from './references';

/*
 * Before schema 130 every note took the next number of its day, facilitator-only ones included,
 * and a finding's number counted every finding recorded; so a private item left a gap in what the
 * client saw. These give one engagement's items their references under today's rules, as if they
 * had been numbered so from the start: client-visible items (deleted ones included, the client
 * may have seen them) share out the client numbers in the order they were numbered before, and
 * facilitator-only items get facilitator-only references. The history of an item that was made
 * facilitator-only later is not recorded, so it counts as never seen. The database migration and
 * the import of an older archive both use these, so the same rows always get the same references.
 */

export interface LegacyNote {
  id: string;
  ref: string;
  day: number;
  visibility: NoteVisibility;
}

export interface LegacyFinding {
  id: string;
  visibility: NoteVisibility;
  createdAt: string;
}

function allocate<T extends { id: string }>(items: readonly T[], seriesOf: (item: T) => RefSeries): Map<string, string> {
  const next = new Map<string, number>();
  const refs = new Map<string, string>();
  for (const item of items) {
    const series = seriesOf(item);
    const sequence = (next.get(series.prefix) ?? 0) + 1;
    next.set(series.prefix, sequence);
    refs.set(item.id, formatRef(series, sequence));
  }
  return refs;
}

/**
 * One engagement's notes, in the order they were stored, to their references today. A note stays
 * on the day its old reference named (a note moved to another day kept its reference), in the
 * order of its old number; a reference that does not read as one goes last, on the note's day.
 */
export function renumberLegacyNotes(notes: readonly LegacyNote[]): Map<string, string> {
  const placed = notes.map((note, index) => {
    const match = /^D(\d+)-(\d+)$/.exec(note.ref);
    return { note, day: match ? Number(match[1]) : note.day, old: match ? Number(match[2]) : Number.MAX_SAFE_INTEGER, index };
  });
  placed.sort((a, b) => a.old - b.old || a.index - b.index);
  return allocate(
    placed.map((p) => ({ id: p.note.id, day: p.day, visibility: p.note.visibility })),
    (p) => noteSeries(p.day, p.visibility),
  );
}

/** One engagement's findings, in the order they were stored, to their references today: the old F-number order. */
export function renumberLegacyFindings(findings: readonly LegacyFinding[]): Map<string, string> {
  const recorded = findings.map((finding, index) => ({ finding, index }));
  const at = (r: { finding: LegacyFinding }) => r.finding.createdAt;
  recorded.sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : a.index - b.index));
  return allocate(
    recorded.map((r) => r.finding),
    (f) => findingSeries(f.visibility),
  );
}
