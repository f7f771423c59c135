import type { FollowUp } from '../domain/action-item';
import type { Finding } from '../domain/finding';
import type { Note } from '../domain/note';
import { clientEvidenceRefs, clientVisibleFindings, clientVisibleNotes } from './client-visible';
import { digestText } from './digest';
import type { ReleaseItem } from './release-check-schema';

/**
 * What a client reads of a note anywhere it is quoted, and of an action's or decision's follow-up
 * (owner, due day, status) once it has one; a note without one keeps the digest it always had.
 */
function noteDigest(n: Note, follow: FollowUp | undefined): string {
  const read = [n.ref, n.day, n.capturedAt, n.speakerName, n.kind, n.area, n.text];
  return digestText(JSON.stringify(follow ? [...read, follow.ownerId, follow.dueDay, follow.status] : read));
}

/** What a client reads of a finding in the report, the CSV and the board picture. */
function findingDigest(f: Finding): string {
  const evidence = clientEvidenceRefs(f);
  return digestText(JSON.stringify([f.ref, f.title, f.body, f.recommendation, f.area, f.day, f.kind, f.severity, f.votes, evidence]));
}

/**
 * Every note and finding a client may read, in any deliverable, each with a digest of its
 * content: a release keeps these, so the next one can say what was added, edited or removed since.
 */
export function releaseItems(notes: readonly Note[], findings: readonly Finding[], followUps: readonly FollowUp[]): ReleaseItem[] {
  const follow = new Map(followUps.map((f) => [f.noteId, f]));
  return [
    ...clientVisibleFindings(findings).map((f): ReleaseItem => ({ kind: 'finding', id: f.id, ref: f.ref, digest: findingDigest(f) })),
    ...clientVisibleNotes(notes).map((n): ReleaseItem => ({ kind: 'note', id: n.id, ref: n.ref, digest: noteDigest(n, follow.get(n.id)) })),
  ];
}

export interface ReleaseDiff {
  added: ReleaseItem[];
  edited: ReleaseItem[];
  /** As the earlier release knew them: the client no longer reads these. */
  removed: ReleaseItem[];
}

/** What the client reads now that differs from what an earlier release gave them. */
export function diffReleaseItems(before: readonly ReleaseItem[], now: readonly ReleaseItem[]): ReleaseDiff {
  const key = (item: ReleaseItem) => `${item.kind}:${item.id}`;
  const earlier = new Map(before.map((item) => [key(item), item]));
  const current = new Set(now.map(key));
  return {
    added: now.filter((item) => !earlier.has(key(item))),
    edited: now.filter((item) => {
      const was = earlier.get(key(item));
      return was !== undefined && was.digest !== item.digest;
    }),
    removed: before.filter((item) => !current.has(key(item))),
  };
}
