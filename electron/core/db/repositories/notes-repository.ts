import type { Database } from 'better-sqlite3';
import type { Note } from '../../../../shared/domain/note';
import { formatRef, type RefSeries } from '../../../../shared/domain/references';

export interface NoteRow {
  id: string;
  engagement_id: string;
  ref: string;
  day: number;
  session_id: string | null;
  area: Note['area'];
  kind: Note['kind'];
  text: string;
  speaker_id: string | null;
  speaker_name: string;
  tags: string;
  visibility: Note['visibility'];
  pinned: number;
  captured_at: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  device_id: string;
}

export const NOTE_COLUMNS = `id, engagement_id, ref, day, session_id, area, kind, text, speaker_id, speaker_name, tags, visibility,
  pinned, captured_at, deleted_at, created_at, updated_at, device_id`;

/** A stored row as the domain type; every notes query hydrates through this one function. */
export function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    ref: row.ref,
    day: row.day,
    sessionId: row.session_id,
    area: row.area,
    kind: row.kind,
    text: row.text,
    speakerId: row.speaker_id,
    speakerName: row.speaker_name,
    tags: JSON.parse(row.tags) as string[],
    visibility: row.visibility,
    pinned: row.pinned === 1,
    capturedAt: row.captured_at,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  };
}

function toRow(n: Note): NoteRow {
  return {
    id: n.id,
    engagement_id: n.engagementId,
    ref: n.ref,
    day: n.day,
    session_id: n.sessionId,
    area: n.area,
    kind: n.kind,
    text: n.text,
    speaker_id: n.speakerId,
    speaker_name: n.speakerName,
    tags: JSON.stringify(n.tags),
    visibility: n.visibility,
    pinned: n.pinned ? 1 : 0,
    captured_at: n.capturedAt,
    deleted_at: n.deletedAt,
    created_at: n.createdAt,
    updated_at: n.updatedAt,
    device_id: n.deviceId,
  };
}

export interface NoteContext {
  dayCount: number;
  sessionEngagementId: string | null;
  speakerEngagementId: string | null;
  speakerName: string | null;
}

/** Notes and their per-day references; statements prepared once. Searching them is note-search-repository's. */
export function createNotesRepository(db: Database) {
  const insertStmt = db.prepare(`INSERT INTO notes (${NOTE_COLUMNS}) VALUES (@id, @engagement_id, @ref, @day, @session_id, @area,
    @kind, @text, @speaker_id, @speaker_name, @tags, @visibility, @pinned, @captured_at, @deleted_at, @created_at, @updated_at, @device_id)`);
  const updateStmt = db.prepare(`UPDATE notes SET ref = @ref, day = @day, session_id = @session_id, area = @area, kind = @kind,
    text = @text, speaker_id = @speaker_id, speaker_name = @speaker_name, tags = @tags, visibility = @visibility,
    pinned = @pinned, deleted_at = @deleted_at, updated_at = @updated_at, device_id = @device_id WHERE id = @id`);
  const getStmt = db.prepare<[string], NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes WHERE id = ?`);
  const byDayStmt = db.prepare<[string, number], NoteRow>(
    `SELECT ${NOTE_COLUMNS} FROM notes WHERE engagement_id = ? AND day = ? AND deleted_at IS NULL ORDER BY captured_at, rowid`,
  );
  // Walks the (engagement_id, day, captured_at) index backwards and stops at the limit: no sort of the engagement's notes.
  const latestStmt = db.prepare<[string, number], NoteRow>(
    `SELECT ${NOTE_COLUMNS} FROM notes WHERE engagement_id = ? AND deleted_at IS NULL ORDER BY day DESC, captured_at DESC, rowid DESC LIMIT ?`,
  );
  // Everything saving a note must check, in one read: the engagement's length, whose the session
  // and the speaker are, and the speaker's name. Scalar subqueries throughout: a LEFT JOIN on the
  // speaker took ten times as long (45 µs of a save's 0.3 ms overhead).
  const contextStmt = db.prepare<[{ engagementId: string; sessionId: string | null; speakerId: string | null }], NoteContext>(
    `SELECT e.day_count AS dayCount,
        (SELECT s.engagement_id FROM sessions s WHERE s.id = @sessionId) AS sessionEngagementId,
        (SELECT p.engagement_id FROM participants p WHERE p.id = @speakerId) AS speakerEngagementId,
        (SELECT p.name FROM participants p WHERE p.id = @speakerId) AS speakerName
       FROM engagements e WHERE e.id = @engagementId`,
  );
  // Reads only the (engagement_id, ref) unique index, never the rows: a series' references are its
  // prefix followed by digits, so they sort from prefix + '0' up to prefix + ':'. Counting by prefix
  // rather than by the day column keeps a note moved to another day from handing its reference out
  // twice. Still, it reads every reference of the series (1,000 of them cost 0.3–1.2 ms per note),
  // so allocateRef remembers the last sequence it handed out per series, and trusts it only while
  // that reference is stored (a write that failed or rolled back leaves no gap) and no note it did
  // not insert itself has appeared since (an import or a merge may have taken later numbers).
  const maxRefStmt = db.prepare<[{ engagementId: string; lower: string; upper: string; start: number }], { n: number | null }>(
    `SELECT max(CAST(substr(ref, @start) AS INTEGER)) AS n FROM notes
      WHERE engagement_id = @engagementId AND ref >= @lower AND ref < @upper`,
  );
  const readLastSequence = (engagementId: string, prefix: string): number =>
    maxRefStmt.get({ engagementId, lower: `${prefix}0`, upper: `${prefix}:`, start: prefix.length + 1 })?.n ?? 0;
  const refStoredStmt = db.prepare<[string, string], number>('SELECT 1 FROM notes WHERE engagement_id = ? AND ref = ?').pluck();
  const lastRowidStmt = db.prepare<[], number | null>('SELECT max(rowid) FROM notes').pluck();
  const newerRefsStmt = db.prepare<[number], { engagement_id: string; ref: string }>('SELECT engagement_id, ref FROM notes WHERE rowid > ?');
  const allocated = new Map<string, { prefix: string; sequence: number; ref: string }>();
  const allocationKey = (engagementId: string, prefix: string) => `${engagementId}/${prefix}`;
  /** The newest rowid whose reference the remembered sequences already account for. */
  let seenRowid: number | null = null;
  /** The reference handed out last, until `insert` stores it and moves seenRowid past its row. */
  let pending: { ref: string; afterRowid: number | null } | null = null;
  const forgetOthersNotes = (lastRowid: number | null) => {
    if (lastRowid === seenRowid) return;
    if (seenRowid === null || lastRowid === null || lastRowid < seenRowid) {
      allocated.clear();
    } else {
      // A reference can raise only the series whose prefix it starts with (readLastSequence reads
      // no other), whether or not it parses: a row with a reference of no series (a bench's, an
      // old import's) leaves every remembered sequence standing.
      for (const row of newerRefsStmt.iterate(seenRowid)) {
        for (const [key, { prefix }] of allocated) {
          if (key === allocationKey(row.engagement_id, prefix) && row.ref.startsWith(prefix)) allocated.delete(key);
        }
      }
    }
    seenRowid = lastRowid;
  };
  const tagsStmt = db.prepare<[string], { tag: string }>(
    `SELECT DISTINCT value AS tag FROM notes, json_each(notes.tags) WHERE engagement_id = ? AND deleted_at IS NULL ORDER BY tag`,
  );

  return {
    insert(note: Note): void {
      const rowid = Number(insertStmt.run(toRow(note)).lastInsertRowid);
      // The row carrying the reference just handed out is accounted for; any other insert is not.
      if (pending?.ref === note.ref && pending.afterRowid === seenRowid) seenRowid = rowid;
      pending = null;
    },
    update: (note: Note): void => void updateStmt.run(toRow(note)),
    get(id: string): Note | undefined {
      const row = getStmt.get(id);
      return row ? toNote(row) : undefined;
    },
    list: (engagementId: string, day: number): Note[] => byDayStmt.all(engagementId, day).map(toNote),
    /** The newest `limit` notes, newest first: the last day's latest captures, then the day before. */
    latest: (engagementId: string, limit: number): Note[] => latestStmt.all(engagementId, limit).map(toNote),
    /** What a note's engagement says about its day, session and speaker, and the newest rowid. */
    context: (engagementId: string, sessionId: string | null, speakerId: string | null): NoteContext | undefined =>
      contextStmt.get({ engagementId, sessionId, speakerId }),
    /**
     * The next reference of `series` in the engagement (e.g. D2-015), for the note the calling
     * transaction then inserts, or makes client-visible. Every reference is handed out here, so the
     * series stay unique and gapless whatever was written before: deleted notes count, and so do
     * notes imported or merged since.
     */
    allocateRef(engagementId: string, series: RefSeries): string {
      if (!db.inTransaction) throw new Error('A reference is handed out only inside the transaction that stores it.');
      forgetOthersNotes(lastRowidStmt.get() ?? null);
      const key = allocationKey(engagementId, series.prefix);
      const remembered = allocated.get(key);
      const last = remembered && refStoredStmt.get(engagementId, remembered.ref) ? remembered.sequence : readLastSequence(engagementId, series.prefix);
      const ref = formatRef(series, last + 1);
      allocated.set(key, { prefix: series.prefix, sequence: last + 1, ref });
      pending = { ref, afterRowid: seenRowid };
      return ref;
    },
    /** After rows were written behind the repository's back (an archive import), nothing remembered is trusted. */
    forgetAllocations(): void {
      allocated.clear();
      seenRowid = null;
    },
    tags: (engagementId: string): string[] => tagsStmt.all(engagementId).map((r) => r.tag),
  };
}

export type NotesRepository = ReturnType<typeof createNotesRepository>;

export function createDraftsRepository(db: Database) {
  const getStmt = db.prepare<[string], { text: string; context: string; updated_at: string }>(
    'SELECT text, context, updated_at FROM capture_drafts WHERE engagement_id = ?',
  );
  const upsertStmt = db.prepare<[string, string, string, string]>(
    `INSERT INTO capture_drafts (engagement_id, text, context, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (engagement_id) DO UPDATE SET text = excluded.text, context = excluded.context, updated_at = excluded.updated_at`,
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM capture_drafts WHERE engagement_id = ?');
  return {
    get(engagementId: string): { text: string; context: unknown; updatedAt: string } | null {
      const row = getStmt.get(engagementId);
      return row ? { text: row.text, context: JSON.parse(row.context) as unknown, updatedAt: row.updated_at } : null;
    },
    save: (engagementId: string, text: string, context: unknown, at: string): void =>
      void upsertStmt.run(engagementId, text, JSON.stringify(context), at),
    clear: (engagementId: string): void => void deleteStmt.run(engagementId),
  };
}

export type DraftsRepository = ReturnType<typeof createDraftsRepository>;
