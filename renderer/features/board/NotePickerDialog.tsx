import { useEffect, useState } from 'react';
import { AUDIT_AREA_INFO, type AuditArea } from '../../../shared/domain/audit-areas';
import type { Finding } from '../../../shared/domain/finding';
import { HIGHLIGHT_END, HIGHLIGHT_START, NOTE_KIND_LABELS, type Note } from '../../../shared/domain/note';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/fields';
import { TextField } from '../../components/TextField';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { AREA_OPTIONS } from './labels';
import { usePickedNotes } from './use-picked-notes';

export type NotePickerState = { mode: 'promote' } | { mode: 'link'; findingId: string } | null;


/** Search text with its match markers turned into <mark>, without ever building HTML from it. */
function Highlighted(props: { text: string }) {
  const parts = props.text.split(HIGHLIGHT_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part}</span>;
        const [match, rest] = part.split(HIGHLIGHT_END);
        return (
          <span key={i}>
            <mark>{match}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}

/** Finds notes by their words: promotes one to a new finding, or links it to an open finding as evidence. */
export function NotePickerDialog(props: { engagementId: string; state: NotePickerState; onClose(): void; onPromoted(finding: Finding): void }) {
  const promoteNote = useAppState((s) => s.promoteNote);
  const linkNote = useAppState((s) => s.linkNote);
  const [query, setQuery] = useState('');
  const [fallbackArea, setFallbackArea] = useState<AuditArea>('problem-fit');
  const open = props.state !== null;
  const { hits, error, setError } = usePickedNotes(props.engagementId, query, open);
  const linkTo = useAppState((s) => (props.state?.mode === 'link' ? s.findings.find((f) => f.id === (props.state as { findingId: string }).findingId) : undefined));
  const linked = new Set(linkTo?.evidence.map((e) => e.noteId) ?? []);

  useEffect(() => {
    if (!open) setQuery('');
  }, [open]);

  const pick = async (note: Note) => {
    try {
      if (linkTo) {
        await linkNote(linkTo.id, note.id);
      } else {
        props.onPromoted(await promoteNote(note.id, note.area ? null : fallbackArea));
        props.onClose();
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const promoting = props.state?.mode !== 'link';
  return (
    <Dialog
      open={open}
      width="wide"
      title={promoting ? 'Add a finding from notes' : 'Link notes as evidence'}
      onClose={props.onClose}
      footer={<Button onClick={props.onClose}>Done</Button>}
    >
      <div className="picker-controls">
        <TextField label="Search notes" type="search" data-autofocus value={query} onChange={(e) => setQuery(e.target.value)} hint="Words from the note, its speaker or a tag. Empty shows the latest notes." />
        {promoting && (
          <SelectField label="Area for notes without one" value={fallbackArea} onChange={(e) => setFallbackArea(e.target.value as AuditArea)} options={AREA_OPTIONS} />
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {hits.length === 0 ? (
        <p className="field-hint">{query.trim() === '' ? 'No notes captured yet. Notes from the Capture screen appear here.' : 'No note matches those words.'}</p>
      ) : (
        <ul className="picker-list" aria-label="Notes">
          {hits.map(({ note, highlighted }) => (
            <li key={note.id}>
              <span className="evidence-ref">{note.ref}</span>
              <span className="picker-text">
                <Highlighted text={highlighted} />
                <span className="picker-meta">
                  {NOTE_KIND_LABELS[note.kind]}
                  {note.area ? ` · ${AUDIT_AREA_INFO[note.area].label}` : ''}
                  {note.speakerName ? ` · ${note.speakerName}` : ''}
                  {note.visibility === 'facilitator' ? ' · facilitator only' : ''}
                </span>
              </span>
              {linked.has(note.id) ? (
                <span className="picker-done">Linked</span>
              ) : (
                <Button variant={promoting ? 'primary' : 'secondary'} aria-label={`${promoting ? 'Promote' : 'Link'} note ${note.ref}`} onClick={() => void pick(note)}>
                  {promoting ? 'Promote' : 'Link'}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
