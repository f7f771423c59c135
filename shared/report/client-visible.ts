import type { Finding } from '../domain/finding';
import type { Note } from '../domain/note';

/** The one rule for every deliverable: facilitator-only and deleted notes never leave the app. */
export function clientVisibleNotes(notes: readonly Note[]): Note[] {
  return notes.filter((n) => n.visibility === 'client' && n.deletedAt === null);
}

/** The references of the notes a finding cites that a client may read; a private note is not even hinted at. */
export function clientEvidenceRefs(finding: Finding): string[] {
  return finding.evidence.filter((e) => e.visibility === 'client').map((e) => e.ref);
}

/** The same rule for findings, where a dropped finding stays in the room too. */
export function clientVisibleFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.visibility === 'client' && f.status !== 'dropped' && f.deletedAt === null);
}
