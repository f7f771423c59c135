import { renumberLegacyFindings, renumberLegacyNotes } from '../domain/legacy-references';
import type { NoteVisibility } from '../domain/note';
import type { ArchiveRow, ArchiveTables } from './archive-tables';

/*
 * Reading an archive written before schema 130 (CLIENT_NUMBERING_SCHEMA): its notes were numbered
 * counting facilitator-only ones, and its findings carry no reference at all.
 */

function withRefs(rows: readonly ArchiveRow[], refs: ReadonlyMap<string, string>): ArchiveRow[] {
  return rows.map((row) => ({ ...row, ref: refs.get(String(row.id))! }));
}

/** The archive's notes and findings numbered as the database migration numbers a file of that age. */
export function numberLegacyArchive(tables: ArchiveTables): ArchiveTables {
  const notes = tables.notes ?? [];
  const findings = tables.findings ?? [];
  const noteRefs = renumberLegacyNotes(
    notes.map((n) => ({ id: String(n.id), ref: String(n.ref), day: Number(n.day), visibility: n.visibility as NoteVisibility })),
  );
  const findingRefs = renumberLegacyFindings(
    findings.map((f) => ({ id: String(f.id), visibility: f.visibility as NoteVisibility, createdAt: String(f.created_at) })),
  );
  return { ...tables, notes: withRefs(notes, noteRefs), findings: withRefs(findings, findingRefs) };
}

/**
 * Before merging an older archive into an engagement this laptop already holds: a note or finding
 * both have keeps this laptop's reference. Numbered on its own, the older archive can give a shared
 * record another number than this laptop's migration did (each side counts only what it holds),
 * and the client's number must not change because a co-facilitator's laptop was not yet updated.
 * Records new here keep the archive's numbering; the merge moves any that collide.
 */
export function keepLocalReferences(local: ArchiveTables, incoming: ArchiveTables): ArchiveTables {
  const out = { ...incoming };
  for (const table of ['notes', 'findings']) {
    const ours = new Map((local[table] ?? []).map((row) => [String(row.id), row.ref]));
    out[table] = (incoming[table] ?? []).map((row) => (ours.has(String(row.id)) ? { ...row, ref: ours.get(String(row.id))! } : row));
  }
  return out;
}
