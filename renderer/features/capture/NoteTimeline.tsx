import { useEffect, useMemo, useRef, useState } from 'react';
import { AUDIT_AREAS, AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import type { Engagement } from '../../../shared/domain/engagement';
import { NOTE_KINDS, NOTE_KIND_LABELS, type Note } from '../../../shared/domain/note';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../lib/api-client';
import { evidenceDeleteQuestion } from '../board/note-evidence';
import { useAppState } from '../../app/store-context';
import { NoteItem } from './NoteItem';

interface Filters {
  sessionId: string;
  kind: string;
  area: string;
  speaker: string;
  tag: string;
  pinnedOnly: boolean;
}

const NO_FILTERS: Filters = { sessionId: '', kind: '', area: '', speaker: '', tag: '', pinnedOnly: false };
const OUTSIDE = '__outside__';

function matches(note: Note, f: Filters): boolean {
  return (
    (f.sessionId === '' || (f.sessionId === OUTSIDE ? note.sessionId === null : note.sessionId === f.sessionId)) &&
    (f.kind === '' || note.kind === f.kind) &&
    (f.area === '' || note.area === f.area) &&
    (f.speaker === '' || note.speakerName === f.speaker) &&
    (f.tag === '' || note.tags.includes(f.tag)) &&
    (!f.pinnedOnly || note.pinned)
  );
}

/** The day's notes grouped by session, newest at the bottom, with filters and delete-with-undo. */
export function NoteTimeline(props: { engagement: Engagement; day: number; onDayChange: (day: number) => void; focusNoteId: string | null }) {
  const notes = useAppState((s) => s.notes);
  const pending = useAppState((s) => s.pendingNotes);
  const sessions = useAppState((s) => s.sessions);
  const participants = useAppState((s) => s.participants);
  const deleteNote = useAppState((s) => s.deleteNote);
  const restoreNote = useAppState((s) => s.restoreNote);
  const notify = useAppState((s) => s.notify);
  const findingsForNote = useAppState((s) => s.findingsForNote);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const bottom = useRef<HTMLDivElement>(null);

  const dayNotes = useMemo(() => notes.filter((n) => n.day === props.day), [notes, props.day]);
  const shown = dayNotes.filter((n) => matches(n, filters));
  const filtered = shown.length !== dayNotes.length;

  const groups = useMemo(() => {
    const byKey = new Map<string, Note[]>();
    for (const note of shown) {
      const key = note.sessionId ?? OUTSIDE;
      byKey.set(key, [...(byKey.get(key) ?? []), note]);
    }
    return [...byKey.entries()]
      .map(([key, list]) => ({ key, title: sessions.find((s) => s.id === key)?.title ?? 'Outside sessions', list }))
      .sort((a, b) => a.list[0]!.capturedAt.localeCompare(b.list[0]!.capturedAt));
  }, [shown, sessions]);

  useEffect(() => {
    if (!props.focusNoteId) bottom.current?.scrollIntoView({ block: 'nearest' });
  }, [dayNotes.length, pending.length, props.focusNoteId]);

  const [confirming, setConfirming] = useState<{ note: Note; question: string } | null>(null);

  const requestDelete = async (note: Note) => {
    try {
      const question = evidenceDeleteQuestion(note.ref, await findingsForNote(note.id));
      if (question) setConfirming({ note, question });
      else await remove(note);
    } catch (e) {
      notify({ tone: 'error', message: errorMessage(e) });
    }
  };

  const remove = async (note: Note) => {
    try {
      await deleteNote(note.id);
      notify({
        tone: 'success',
        message: `Deleted note ${note.ref}.`,
        action: { label: 'Undo', run: () => void restoreNote(note.id).catch((e: unknown) => notify({ tone: 'error', message: errorMessage(e) })) },
      });
    } catch (e) {
      notify({ tone: 'error', message: errorMessage(e) });
    }
  };

  const speakers = [...new Set(dayNotes.map((n) => n.speakerName).filter(Boolean))].sort();
  const tags = [...new Set(dayNotes.flatMap((n) => n.tags))].sort();
  const daySessions = sessions.filter((s) => s.day === props.day && s.kind !== 'break');
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-toolbar">
        <div className="segmented" role="group" aria-label="Timeline day">
          {Array.from({ length: props.engagement.dayCount }, (_, i) => i + 1).map((d) => (
            <button key={d} type="button" aria-pressed={props.day === d} onClick={() => props.onDayChange(d)}>
              Day {d}
            </button>
          ))}
        </div>
        <div className="timeline-filters" role="group" aria-label="Filter notes">
          <select aria-label="Filter by session" value={filters.sessionId} onChange={set('sessionId')}>
            <option value="">All sessions</option>
            {daySessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
            <option value={OUTSIDE}>Outside sessions</option>
          </select>
          <select aria-label="Filter by kind" value={filters.kind} onChange={set('kind')}>
            <option value="">All kinds</option>
            {NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {NOTE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <select aria-label="Filter by area" value={filters.area} onChange={set('area')}>
            <option value="">All areas</option>
            {AUDIT_AREAS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_AREA_INFO[a].label}
              </option>
            ))}
          </select>
          <select aria-label="Filter by speaker" value={filters.speaker} onChange={set('speaker')}>
            <option value="">All speakers</option>
            {speakers.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <select aria-label="Filter by tag" value={filters.tag} onChange={set('tag')}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                #{t}
              </option>
            ))}
          </select>
          <label className="checkbox">
            <input type="checkbox" checked={filters.pinnedOnly} onChange={(e) => setFilters({ ...filters, pinnedOnly: e.target.checked })} />
            Pinned
          </label>
          {filtered && (
            <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </button>
          )}
        </div>
      </div>

      <div className="timeline-body">
        {dayNotes.length === 0 && pending.length === 0 && (
          <p className="muted-block">No notes on day {props.day} yet. Type in the box above and press Enter.</p>
        )}
        {dayNotes.length > 0 && shown.length === 0 && <p className="muted-block">No note on day {props.day} matches these filters.</p>}
        {groups.map((group) => (
          <section key={group.key} className="timeline-group" aria-label={group.title}>
            <h3 className="timeline-group-title">
              {group.title} <span className="timeline-count">{group.list.length}</span>
            </h3>
            <ol className="note-list">
              {group.list.map((note) => (
                <NoteItem key={note.id} note={note} participants={participants} focused={note.id === props.focusNoteId} onDelete={(n) => void requestDelete(n)} />
              ))}
            </ol>
          </section>
        ))}
        {pending.length > 0 && (
          <ol className="note-list pending" aria-label="Saving">
            {pending.map((p) => (
              <li key={p.key} className="note is-pending">
                <div className="note-meta">
                  <span className="note-ref">Saving…</span>
                </div>
                <p className="note-text">{p.text}</p>
              </li>
            ))}
          </ol>
        )}
        <div ref={bottom} />
      </div>
      <Dialog
        open={confirming !== null}
        title="Delete a note that is evidence?"
        onClose={() => setConfirming(null)}
        onSubmit={() => {
          const note = confirming?.note;
          setConfirming(null);
          if (note) void remove(note);
        }}
        footer={
          <>
            <Button onClick={() => setConfirming(null)} data-autofocus>
              Keep the note
            </Button>
            <Button type="submit" variant="danger">
              Delete and unlink
            </Button>
          </>
        }
      >
        <p>{confirming?.question}</p>
      </Dialog>
    </section>
  );
}
