import type { Database } from 'better-sqlite3';
import { renumberLegacyFindings, renumberLegacyNotes, type LegacyFinding, type LegacyNote } from '../../../../shared/domain/legacy-references';
import type { Migration } from '../migration-types';

/**
 * Sets each changed reference; a row that held one first lets go of it, so no row briefly takes a
 * reference another still holds (findings start with none).
 */
function writeRefs(db: Database, table: 'notes' | 'findings', current: ReadonlyMap<string, string | null>, next: ReadonlyMap<string, string>): void {
  const set = db.prepare<[string, string]>(`UPDATE ${table} SET ref = ? WHERE id = ?`);
  const changed = [...next].filter(([id, ref]) => current.get(id) !== ref);
  for (const [id] of changed) if (current.get(id) !== null) set.run(`~${id}`, id);
  for (const [id, ref] of changed) set.run(ref, id);
}

/**
 * Client numbering without gaps (shared/domain/references.ts): a facilitator-only note or
 * finding no longer uses up a number the client sees. Findings get a stored reference (it was
 * computed from the order of recording); then every engagement's notes and findings are numbered
 * again as the rules would have numbered them from the start: client-visible ones, deleted ones
 * included, share out the client numbers in their old order, so D3-014 after a private D3-013
 * becomes D3-013, and facilitator-only ones take D3-P01 or P1. Ids are untouched, so every link
 * (evidence, path links, criterion evidence) still holds; so are updated_at and device_id, so two
 * laptops that migrate the same rows still agree in a merge.
 *
 * SQLite can add a NOT NULL column only with a default, and rebuilding findings would cascade
 * into its evidence and moves; so the column is nullable in SQL, checked for shape, and unique
 * per engagement. Every write the app makes sets it.
 */
export const m0130ClientNumbering: Migration = {
  version: 130,
  name: 'client-numbering',
  up(db) {
    db.exec(`ALTER TABLE findings ADD COLUMN ref TEXT CHECK (ref GLOB '[FP][1-9]*' AND substr(ref, 2) NOT GLOB '*[^0-9]*')`);
    const engagements = db.prepare<[], string>('SELECT id FROM engagements ORDER BY rowid').pluck().all();
    const notesOf = db.prepare<[string], LegacyNote>('SELECT id, ref, day, visibility FROM notes WHERE engagement_id = ? ORDER BY rowid');
    const findingsOf = db.prepare<[string], LegacyFinding & { ref: string | null }>(
      'SELECT id, ref, visibility, created_at AS createdAt FROM findings WHERE engagement_id = ? ORDER BY rowid',
    );
    for (const engagementId of engagements) {
      const notes = notesOf.all(engagementId);
      writeRefs(db, 'notes', new Map(notes.map((n) => [n.id, n.ref])), renumberLegacyNotes(notes));
      const findings = findingsOf.all(engagementId);
      writeRefs(db, 'findings', new Map(findings.map((f) => [f.id, f.ref])), renumberLegacyFindings(findings));
    }
    db.exec('CREATE UNIQUE INDEX findings_by_ref ON findings (engagement_id, ref)');
  },
};
