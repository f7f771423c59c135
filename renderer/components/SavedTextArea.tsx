import { useEffect, useId, useState } from 'react';
import './saved-text-area.css';

/**
 * Free text that is saved when the field loses focus (or on Ctrl/⌘ Enter), only if it changed.
 * The visible label may be short; `context` completes it for screen readers.
 */
export function SavedTextArea(props: {
  label: string;
  context: string;
  value: string;
  placeholder?: string;
  rows?: number;
  onSave: (text: string) => Promise<boolean>;
}) {
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');

  useEffect(() => setDraft(props.value), [props.value]);

  const save = async () => {
    if (draft.trim() === props.value) return;
    setStatus('saving');
    setStatus((await props.onSave(draft)) ? 'saved' : 'idle');
  };

  return (
    <div className="saved-text">
      <div className="saved-text-label">
        <label htmlFor={id}>
          {props.label}
          <span className="sr-only"> {props.context}</span>
        </label>
        <span className="saved-text-status" aria-live="polite">
          {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : ''}
        </span>
      </div>
      <textarea
        id={id}
        rows={props.rows ?? 2}
        value={draft}
        placeholder={props.placeholder}
        maxLength={2000}
        onChange={(event) => {
          setDraft(event.target.value);
          setStatus('idle');
        }}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
        }}
      />
    </div>
  );
}
