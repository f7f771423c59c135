import { useEffect, useRef, useState } from 'react';
import type { NoteSearchHit } from '../../../shared/domain/note';
import { NOTE_KIND_LABELS } from '../../../shared/domain/note';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';
import { Highlighted } from './Highlighted';

const SEARCH_DEBOUNCE_MS = 150;

/** Full-text search across the engagement's notes, ranked, as you type. */
export function NoteSearch(props: { engagementId: string; query: string; onQueryChange: (q: string) => void; onOpen: (hit: NoteSearchHit) => void }) {
  const searchNotes = useAppState((s) => s.searchNotes);
  const focusTick = useAppState((s) => s.searchFocusTick);
  const notesRevision = useAppState((s) => s.notesRevision);
  const [hits, setHits] = useState<NoteSearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusTick > 0) inputRef.current?.focus();
  }, [focusTick]);

  useEffect(() => {
    if (props.query.trim() === '') {
      setHits(null);
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      searchNotes(props.engagementId, props.query).then(
        (result) => {
          if (!cancelled) {
            setHits(result);
            setError(null);
          }
        },
        (e: unknown) => !cancelled && setError(errorMessage(e)),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [props.query, props.engagementId, searchNotes, notesRevision]);

  return (
    <div className="note-search">
      <input
        ref={inputRef}
        type="search"
        aria-label="Search notes"
        aria-keyshortcuts="Control+F"
        placeholder="Search all notes (Ctrl+F)"
        value={props.query}
        onChange={(e) => props.onQueryChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onQueryChange('');
          if (e.key === 'Enter' && hits?.[0]) props.onOpen(hits[0]);
        }}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {hits !== null && (
        <section className="search-results" aria-label="Search results">
          <p className="search-summary" role="status">
            {hits.length === 0 ? 'No note matches.' : `${hits.length}${hits.length === 50 ? '+' : ''} note${hits.length === 1 ? '' : 's'}, best match first`}
          </p>
          <ol>
            {hits.map((hit) => (
              <li key={hit.note.id}>
                <button type="button" className="search-hit" onClick={() => props.onOpen(hit)} data-testid="search-hit">
                  <span className="note-meta">
                    <span className="note-ref">{hit.note.ref}</span>
                    {hit.note.speakerName && <span className="note-speaker">{hit.note.speakerName}</span>}
                    <span className={`chip chip-kind kind-${hit.note.kind}`}>{NOTE_KIND_LABELS[hit.note.kind]}</span>
                    {hit.note.visibility === 'facilitator' && <span className="chip chip-private">Facilitator only</span>}
                  </span>
                  <span className="search-hit-text">
                    <Highlighted text={hit.highlighted} />
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
