import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { AUDIT_AREAS, AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import type { Engagement } from '../../../shared/domain/engagement';
import { NOTE_KINDS, NOTE_KIND_LABELS, type Note } from '../../../shared/domain/note';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../lib/api-client';
import { evidenceDeleteQuestion } from '../board/note-evidence';
import { useAppState } from '../../app/store-context';
import { useScrollParent } from '../../lib/use-scroll-parent';
import { NoteItem } from './NoteItem';

interface Filters {
  sessionId: string;
  kind: string;
  area: string;
  speaker: string;
  tag: string;
  pinnedOnly: boolean;
}

type Row = { kind: 'group'; key: string; title: string; count: number; first: boolean } | { kind: 'note'; note: Note; position: number };

/** Rows drawn beyond the visible ones, so Tab always has a next note to reach and scrolling shows no blank. */
const OVERSCAN = 8;
const NOTE_HEIGHT_GUESS = 76;
const GROUP_HEIGHT_GUESS = 40;
const ROW_GAP = 8;

/**
 * Rows are drawn in flow after one padding, so a row kept drawn far from the rest (the note being
 * edited) must be followed by the space of the rows skipped, or everything after it is drawn too high
 * and the list's height jumps as it scrolls.
 */
function skippedSpace(previous: VirtualItem | undefined, item: VirtualItem): number {
  if (!previous || previous.index === item.index - 1) return 0;
  return Math.max(0, item.start - previous.end - ROW_GAP);
}

const NO_FILTERS: Filters = { sessionId: '', kind: '', area: '', speaker: '', tag: '', pinnedOnly: false };
const OUTSIDE = '__outside__';
const NO_NOTES: Note[] = [];

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

/**
 * The day's notes grouped by session, newest at the bottom, with filters and delete-with-undo.
 * A day can hold a thousand notes, so only the rows near the viewport are in the DOM (drawing all
 * of them took seconds and 27,000 nodes); the note being edited or holding focus always stays.
 */
export function NoteTimeline(props: {
  engagement: Engagement;
  day: number;
  onDayChange: (day: number) => void;
  /** Pinned, the timeline keeps its day whatever the capture box files under; unpinned, the two follow each other. */
  pinned: boolean;
  onPinnedChange: (pinned: boolean) => void;
  focusNoteId: string | null;
}) {
  const notes = useAppState((s) => s.notes);
  const notesDay = useAppState((s) => s.notesDay);
  const pending = useAppState((s) => s.pendingNotes);
  const sessions = useAppState((s) => s.sessions);
  const participants = useAppState((s) => s.participants);
  const deleteNote = useAppState((s) => s.deleteNote);
  const restoreNote = useAppState((s) => s.restoreNote);
  const notify = useAppState((s) => s.notify);
  const findingsForNote = useAppState((s) => s.findingsForNote);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const bottom = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);

  // Until the day asked for has arrived, the previous day's notes must not be shown under its tab.
  const loaded = notesDay === props.day;
  const dayNotes = loaded ? notes : NO_NOTES;
  const shown = useMemo(() => dayNotes.filter((n) => matches(n, filters)), [dayNotes, filters]);
  const filtered = shown.length !== dayNotes.length;

  const rows = useMemo(() => {
    const byKey = new Map<string, Note[]>();
    for (const note of shown) {
      const key = note.sessionId ?? OUTSIDE;
      const group = byKey.get(key);
      if (group) group.push(note);
      else byKey.set(key, [note]);
    }
    const groups = [...byKey.entries()]
      .map(([key, list]) => ({ key, title: sessions.find((s) => s.id === key)?.title ?? 'Outside sessions', list }))
      .sort((a, b) => a.list[0]!.capturedAt.localeCompare(b.list[0]!.capturedAt));
    const flat: Row[] = [];
    let position = 0;
    for (const group of groups) {
      flat.push({ kind: 'group', key: group.key, title: group.title, count: group.list.length, first: flat.length === 0 });
      for (const note of group.list) flat.push({ kind: 'note', note, position: ++position });
    }
    return flat;
  }, [shown, sessions]);

  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const onEditingChange = useCallback((id: string, on: boolean) => {
    setEditing((current) => {
      if (current.has(id) === on) return current;
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // Unmounting the note being edited would lose the draft; unmounting the focused one would drop
  // keyboard focus to the page. Both stay drawn wherever the list is scrolled.
  const keep = useMemo(() => {
    const indexes: number[] = [];
    rows.forEach((row, index) => {
      if (row.kind === 'note' && (editing.has(row.note.id) || row.note.id === activeId)) indexes.push(index);
    });
    return indexes;
  }, [rows, editing, activeId]);
  const rangeExtractor = useCallback(
    (range: Range) => (keep.length === 0 ? defaultRangeExtractor(range) : [...new Set([...defaultRangeExtractor(range), ...keep])].sort((a, b) => a - b)),
    [keep],
  );

  const { scroller, offset } = useScrollParent(list);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: (index) => (rows[index]?.kind === 'group' ? GROUP_HEIGHT_GUESS : NOTE_HEIGHT_GUESS),
    getItemKey: (index) => {
      const row = rows[index]!;
      return row.kind === 'group' ? `group:${row.key}` : row.note.id;
    },
    overscan: OVERSCAN,
    gap: ROW_GAP,
    scrollMargin: offset,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();

  const indexOfNote = useCallback((id: string) => rows.findIndex((r) => r.kind === 'note' && r.note.id === id), [rows]);
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const handledFocus = useRef<string | null>(null);

  useEffect(() => {
    if (!props.focusNoteId || handledFocus.current === props.focusNoteId || !scroller) return;
    const index = indexOfNote(props.focusNoteId);
    if (index < 0) return;
    handledFocus.current = props.focusNoteId;
    virtualizer.scrollToIndex(index, { align: 'center' });
    setFocusRequest(props.focusNoteId);
  }, [props.focusNoteId, indexOfNote, scroller, virtualizer]);

  // Focus moves once the note is drawn, which may be a frame after scrolling to it.
  useEffect(() => {
    if (!focusRequest) return;
    const element = list.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(focusRequest)}"]`);
    if (!element) return;
    element.focus({ preventScroll: true });
    setFocusRequest(null);
  });

  useEffect(() => {
    if (props.focusNoteId) return;
    if (pending.length > 0 || rows.length === 0) bottom.current?.scrollIntoView({ block: 'nearest' });
    else virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
    // Only a new note (or a change of day) should pull the view to the newest; edits should not.
  }, [dayNotes.length, pending.length, props.focusNoteId, props.day, scroller]);

  /** Up and down arrows walk from note to note, scrolling as they go, when focus is on a note rather than in a field. */
  const onListKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (target.closest('textarea, select, input')) return;
    const id = target.closest<HTMLElement>('[data-note-id]')?.dataset.noteId;
    if (!id) return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    for (let index = indexOfNote(id) + step; index >= 0 && index < rows.length; index += step) {
      const row = rows[index]!;
      if (row.kind !== 'note') continue;
      event.preventDefault();
      virtualizer.scrollToIndex(index, { align: 'auto' });
      setFocusRequest(row.note.id);
      return;
    }
  };

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
        <span className="timeline-pin-group">
          <button
            type="button"
            className={`timeline-pin${props.pinned ? ' is-pinned' : ''}`}
            aria-pressed={props.pinned}
            title={props.pinned ? 'Press to let the timeline follow the capture box’s day again.' : 'Press to keep the timeline on this day whatever day the capture box files under.'}
            onClick={() => props.onPinnedChange(!props.pinned)}
          >
            Pin day
          </button>
          <span className="timeline-pin-state" data-testid="timeline-pin-state">
            {props.pinned ? `Pinned to day ${props.day}` : 'Follows the capture box'}
          </span>
        </span>
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
        {loaded && dayNotes.length === 0 && pending.length === 0 && (
          <p className="muted-block">No notes on day {props.day} yet. Type in the box above and press Enter.</p>
        )}
        {dayNotes.length > 0 && shown.length === 0 && <p className="muted-block">No note on day {props.day} matches these filters.</p>}
        <ol
          ref={list}
          className="note-list"
          aria-label={`Notes on day ${props.day}`}
          onKeyDown={onListKeyDown}
          onFocus={(e) => setActiveId(e.target.closest<HTMLElement>('[data-note-id]')?.dataset.noteId ?? null)}
          style={{
            paddingTop: items.length > 0 ? items[0]!.start - virtualizer.options.scrollMargin : 0,
            // Item positions count from the scroller's top (they include scrollMargin), the total from the list's.
            paddingBottom: items.length > 0 ? Math.max(0, virtualizer.getTotalSize() - (items[items.length - 1]!.end - virtualizer.options.scrollMargin)) : 0,
          }}
        >
          {items.map((item, i) => {
            const row = rows[item.index]!;
            const spaceBefore = skippedSpace(items[i - 1], item);
            return row.kind === 'group' ? (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                style={spaceBefore ? { marginTop: spaceBefore } : undefined}
                className={row.first ? 'timeline-group-row' : 'timeline-group-row is-later'}
              >
                <h3 className="timeline-group-title">
                  {row.title} <span className="timeline-count">{row.count}</span>
                </h3>
              </li>
            ) : (
              <NoteItem
                key={item.key}
                measureRef={virtualizer.measureElement}
                index={item.index}
                spaceBefore={spaceBefore}
                position={row.position}
                total={shown.length}
                note={row.note}
                participants={participants}
                focused={row.note.id === props.focusNoteId}
                onDelete={(n) => void requestDelete(n)}
                onEditingChange={onEditingChange}
              />
            );
          })}
        </ol>
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
