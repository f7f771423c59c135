import { useEffect, useState, type KeyboardEvent } from 'react';
import { AUDIT_AREAS, AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import { NOTE_KINDS, NOTE_KIND_LABELS, type Note, type NoteKind } from '../../../shared/domain/note';
import type { Participant } from '../../../shared/domain/participant';
import type { AuditArea } from '../../../shared/domain/audit-areas';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';
import { PromoteNoteButton } from '../board/PromoteNoteButton';

function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** One note on the timeline: read it, edit it in place, pin it, hide it from the client, delete it. */
export function NoteItem(props: {
  note: Note;
  participants: Participant[];
  focused: boolean;
  onDelete: (note: Note) => void;
  /** The timeline's row index and measuring callback: notes are drawn only near the viewport. */
  index: number;
  measureRef: (element: HTMLLIElement | null) => void;
  /** Space left for rows not drawn just above this one. */
  spaceBefore?: number;
  /** Place among the notes shown, for screen readers, since most of the list is not in the DOM. */
  position: number;
  total: number;
  onEditingChange: (noteId: string, editing: boolean) => void;
}) {
  const { note } = props;
  const updateNote = useAppState((s) => s.updateNote);
  const notify = useAppState((s) => s.notify);
  const requestCaptureFocus = useAppState((s) => s.requestCaptureFocus);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ text: note.text, kind: note.kind, area: note.area ?? '', speakerId: note.speakerId ?? '' });
  const [error, setError] = useState<string | null>(null);
  const { onEditingChange } = props;

  useEffect(() => {
    onEditingChange(note.id, editing);
  }, [onEditingChange, note.id, editing]);
  useEffect(() => () => onEditingChange(note.id, false), [onEditingChange, note.id]);

  const startEditing = () => {
    setDraft({ text: note.text, kind: note.kind, area: note.area ?? '', speakerId: note.speakerId ?? '' });
    setError(null);
    setEditing(true);
  };

  const save = async () => {
    try {
      await updateNote({
        id: note.id,
        text: draft.text,
        kind: draft.kind,
        area: draft.area === '' ? null : (draft.area as AuditArea),
        speakerId: draft.speakerId === '' ? null : draft.speakerId,
      });
      setEditing(false);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const toggle = (change: { pinned?: boolean; visibility?: Note['visibility'] }) =>
    updateNote({ id: note.id, ...change }).catch((e: unknown) => notify({ tone: 'error', message: errorMessage(e) }));

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(false);
    }
  };

  return (
    <li
      ref={props.measureRef}
      data-index={props.index}
      style={props.spaceBefore ? { marginTop: props.spaceBefore } : undefined}
      tabIndex={-1}
      aria-posinset={props.position}
      aria-setsize={props.total}
      className={['note', note.visibility === 'facilitator' ? 'is-private' : '', note.pinned ? 'is-pinned' : '', props.focused ? 'is-focused' : '']
        .filter(Boolean)
        .join(' ')}
      data-testid="note"
      data-note-id={note.id}
    >
      <div className="note-meta">
        <time dateTime={note.capturedAt}>{clockTime(note.capturedAt)}</time>
        <span className="note-ref">{note.ref}</span>
        {note.speakerName && <span className="note-speaker">{note.speakerName}</span>}
        <span className={`chip chip-kind kind-${note.kind}`}>{NOTE_KIND_LABELS[note.kind]}</span>
        {note.area && <span className="chip chip-area">{AUDIT_AREA_INFO[note.area].label}</span>}
        {note.tags.map((tag) => (
          <span key={tag} className="chip chip-tag">
            #{tag}
          </span>
        ))}
        {note.visibility === 'facilitator' && <span className="chip chip-private">Facilitator only</span>}
        {note.pinned && <span className="chip chip-pinned">Pinned</span>}
        {!editing && (
          <div
            className="note-actions"
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              requestCaptureFocus();
            }}
          >
            <Button variant="ghost" onClick={startEditing} aria-label={`Edit ${note.ref}`}>
              Edit
            </Button>
            <Button variant="ghost" onClick={() => void toggle({ pinned: !note.pinned })} aria-label={`${note.pinned ? 'Unpin' : 'Pin'} ${note.ref}`}>
              {note.pinned ? 'Unpin' : 'Pin'}
            </Button>
            <Button
              variant="ghost"
              onClick={() => void toggle({ visibility: note.visibility === 'client' ? 'facilitator' : 'client' })}
              aria-label={`${note.visibility === 'client' ? 'Make facilitator-only' : 'Make client-visible'} ${note.ref}`}
            >
              {note.visibility === 'client' ? 'Facilitator only' : 'Client-visible'}
            </Button>
            <PromoteNoteButton note={note} />
            <Button variant="ghost" className="btn-danger-text" onClick={() => props.onDelete(note)} aria-label={`Delete ${note.ref}`}>
              Delete
            </Button>
          </div>
        )}
      </div>
      {editing ? (
        <div className="note-edit">
          <textarea aria-label={`Edit note ${note.ref}`} autoFocus rows={Math.min(8, Math.max(2, draft.text.split('\n').length))} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} onKeyDown={onKeyDown} />
          <div className="note-edit-fields">
            <select aria-label="Kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as NoteKind })}>
              {NOTE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {NOTE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
            <select aria-label="Area" value={draft.area} onChange={(e) => setDraft({ ...draft, area: e.target.value })}>
              <option value="">No area</option>
              {AUDIT_AREAS.map((a) => (
                <option key={a} value={a}>
                  {AUDIT_AREA_INFO[a].label}
                </option>
              ))}
            </select>
            <select aria-label="Speaker" value={draft.speakerId} onChange={(e) => setDraft({ ...draft, speakerId: e.target.value })}>
              <option value="">{note.speakerId === null && note.speakerName ? `${note.speakerName} (removed)` : 'No speaker'}</option>
              {props.participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <Button variant="primary" onClick={() => void save()}>
              Save
            </Button>
            <Button onClick={() => setEditing(false)}>Cancel</Button>
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      ) : (
        <p className="note-text">{note.text}</p>
      )}
    </li>
  );
}
