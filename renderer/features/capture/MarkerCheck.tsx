import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { nameFromSpeakerToken, type CheckedMarker } from '../../../shared/capture/markers';
import { PARTICIPANT_FUNCTION_LABELS, PARTICIPANT_FUNCTIONS, type ParticipantFunction } from '../../../shared/domain/participant';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/api-client';

interface Props {
  text: string;
  /** The markers that would be saved as plain text, with what each could mean. */
  markers: CheckedMarker[];
  /** True once Enter was pressed: the note waits for a choice or an explicit "save as plain text". */
  asking: boolean;
  day: number;
  onChoose(marker: CheckedMarker, insert: string): void;
  onAddParticipant(marker: CheckedMarker, name: string, fn: ParticipantFunction): Promise<void>;
  onSaveAsText(): void;
  onKeepEditing(): void;
}

function quoted(text: string, marker: CheckedMarker): string {
  return `“${text.slice(marker.start, marker.end)}”`;
}

function explanation(marker: CheckedMarker): string {
  if (marker.status === 'ambiguous') return 'could be';
  if (marker.type === 'kind') return 'is not a kind of note. Choose one:';
  if (marker.type === 'area') return 'is not an audit area. Choose one:';
  if (marker.type === 'speaker') return 'is nobody in this engagement yet.';
  return 'is not a tag.';
}

/**
 * The markers the box does not understand, shown while typing so none is quietly saved as text;
 * once Enter is pressed it asks: pick what was meant, add the new person, or save as plain text.
 */
export function MarkerCheck(props: Props) {
  const { text, markers, asking } = props;
  const panel = useRef<HTMLDivElement>(null);
  const [adding, setAdding] = useState<number | null>(null);

  // The question needs an answer before anything else: it takes the focus, and keeps it while markers remain.
  useEffect(() => {
    if (asking && markers.length > 0) panel.current?.querySelector<HTMLElement>('.marker-check-list button')?.focus();
  }, [asking, markers.length]);

  const names = markers.map((m) => quoted(text, m)).join(', ');
  const summary =
    markers.length === 0
      ? ''
      : asking
        ? `Not saved yet: ${names} ${markers.length === 1 ? 'is' : 'are'} not recognised. Choose what you meant, or save as plain text.`
        : `Not recognised: ${names}. ${markers.length === 1 ? 'It' : 'They'} would be saved as plain text.`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    if (adding !== null) setAdding(null);
    else props.onKeepEditing();
  };

  // The live region stays in place while empty, so the first warning is announced too.
  return (
    <div
      ref={panel}
      className={['marker-check', markers.length > 0 ? 'has-markers' : '', asking ? 'is-asking' : ''].filter(Boolean).join(' ')}
      role={markers.length > 0 ? 'group' : undefined}
      aria-label={markers.length > 0 ? 'Markers not recognised' : undefined}
      onKeyDown={onKeyDown}
    >
      <p className={markers.length > 0 ? 'marker-check-summary' : 'sr-only'} role="status" aria-live="polite">
        {markers.length > 0 && (
          <span className="marker-check-glyph" aria-hidden="true">
            ?
          </span>
        )}
        {summary}
      </p>
      {markers.length > 0 && (
        <ul className="marker-check-list">
          {markers.map((marker) => (
            <li key={`${marker.start}-${marker.token}`}>
              <span className="marker-check-token">{quoted(text, marker)}</span> {explanation(marker)}
              {marker.choices.length > 0 && (
                <span className="marker-check-choices" role="group" aria-label={`What ${quoted(text, marker)} means`}>
                  {marker.choices.map((choice) => (
                    <Button key={choice.insert} onClick={() => props.onChoose(marker, choice.insert)}>
                      {choice.label}
                    </Button>
                  ))}
                </span>
              )}
              {marker.type === 'speaker' && marker.status === 'unknown' && adding !== marker.start && (
                <Button onClick={() => setAdding(marker.start)}>Add “{nameFromSpeakerToken(marker.token)}” as a participant</Button>
              )}
              {adding === marker.start && (
                <AddParticipantForm
                  initialName={nameFromSpeakerToken(marker.token)}
                  day={props.day}
                  onAdd={async (name, fn) => {
                    await props.onAddParticipant(marker, name, fn);
                    setAdding(null);
                  }}
                  onCancel={() => setAdding(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {asking && markers.length > 0 && (
        <div className="marker-check-actions">
          <Button onClick={props.onSaveAsText}>Save with {names} as plain text</Button>
          <Button variant="ghost" onClick={props.onKeepEditing}>
            Keep editing
          </Button>
        </div>
      )}
    </div>
  );
}

function AddParticipantForm(props: { initialName: string; day: number; onAdd(name: string, fn: ParticipantFunction): Promise<void>; onCancel(): void }) {
  const [name, setName] = useState(props.initialName);
  const [fn, setFn] = useState<ParticipantFunction>('other');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    props.onAdd(name.trim(), fn).catch((e: unknown) => {
      setError(`Not added: ${errorMessage(e)}`);
      setBusy(false);
    });
  };

  return (
    <form className="marker-add" aria-label="Add a participant" onSubmit={submit}>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus required maxLength={120} />
      </label>
      <label>
        Function
        <select value={fn} onChange={(e) => setFn(e.target.value as ParticipantFunction)}>
          {PARTICIPANT_FUNCTIONS.map((f) => (
            <option key={f} value={f}>
              {PARTICIPANT_FUNCTION_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <Button variant="primary" type="submit" disabled={busy || name.trim() === ''}>
        Add participant
      </Button>
      <Button variant="ghost" onClick={props.onCancel}>
        Cancel
      </Button>
      <p className="marker-add-hint">Added as attending day {props.day}; Setup has the rest of their details.</p>
      {error && (
        <p className="marker-add-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
