import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { activeToken, isCompleteMarker, parseMarkers, suggestions, type Suggestion } from '../../../shared/capture/markers';
import { AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import type { Engagement } from '../../../shared/domain/engagement';
import { NOTE_KIND_LABELS, type CaptureDraft } from '../../../shared/domain/note';
import { errorMessage } from '../../lib/api-client';
import { useNow } from '../../lib/use-now';
import { useAppState } from '../../app/store-context';
import { captureContext } from './capture-context';

/** How long typing may go unsaved before the draft is written: well under the 500 ms at risk. */
const DRAFT_DEBOUNCE_MS = 250;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'draft-saved' }
  | { kind: 'saving' }
  | { kind: 'saved'; ref: string }
  | { kind: 'failed'; message: string };

const EMPTY_CONTEXT: CaptureDraft['context'] = { day: null, sessionId: null, visibility: 'client' };

/**
 * The capture box. Enter saves, Shift+Enter starts a new line; markers become fields as you type.
 * The text is written to a draft as it is typed, and a note is shown as saved only once its
 * transaction has committed.
 */
export function CaptureBox({ engagement }: { engagement: Engagement }) {
  const participants = useAppState((s) => s.participants);
  const sessions = useAppState((s) => s.sessions);
  const knownTags = useAppState((s) => s.knownTags);
  const saveNote = useAppState((s) => s.saveNote);
  const loadDraft = useAppState((s) => s.loadDraft);
  const saveDraft = useAppState((s) => s.saveDraft);
  const registerDraftFlush = useAppState((s) => s.registerDraftFlush);
  const focusTick = useAppState((s) => s.captureFocusTick);
  const now = useNow(15_000);
  const [text, setText] = useState('');
  const [context, setContext] = useState<CaptureDraft['context']>(EMPTY_CONTEXT);
  const [loaded, setLoaded] = useState(false);
  const [caret, setCaret] = useState(0);
  const [highlight, setHighlight] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const draftTimer = useRef<number | undefined>(undefined);
  const latest = useRef({ text, context });
  latest.current = { text, context };
  const listboxId = useId();

  useEffect(() => {
    let cancelled = false;
    loadDraft(engagement.id).then(
      (draft) => {
        if (cancelled) return;
        if (draft) {
          setText(draft.text);
          setContext(draft.context);
          setSaveState({ kind: 'draft-saved' });
        }
        setLoaded(true);
      },
      (error: unknown) => {
        if (!cancelled) setSaveState({ kind: 'failed', message: `The unsent draft could not be read: ${errorMessage(error)}` });
        setLoaded(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [engagement.id, loadDraft]);

  useEffect(() => {
    textareaRef.current?.focus();
  }, [focusTick, loaded]);

  const writeDraft = useCallback(
    (draft: CaptureDraft) =>
      saveDraft(engagement.id, draft).then(
        // Claim "kept" only if nothing was typed since this write left.
        () => setSaveState((s) => (s.kind === 'idle' && latest.current.text === draft.text ? { kind: 'draft-saved' } : s)),
        (error: unknown) =>
          setSaveState((s) => (s.kind === 'failed' ? s : { kind: 'failed', message: `Your draft could not be kept: ${errorMessage(error)}` })),
      ),
    [engagement.id, saveDraft],
  );

  const scheduleDraft = (next: CaptureDraft) => {
    window.clearTimeout(draftTimer.current);
    draftTimer.current = window.setTimeout(() => void writeDraft(next), DRAFT_DEBOUNCE_MS);
  };

  // Quitting cannot wait for the pause in typing: it writes the draft at once.
  useEffect(
    () =>
      registerDraftFlush(() => {
        if (!loaded) return Promise.resolve();
        window.clearTimeout(draftTimer.current);
        return writeDraft(latest.current);
      }),
    [registerDraftFlush, loaded, writeDraft],
  );

  useEffect(
    () => () => {
      // Leaving the screen must not drop the last keystrokes.
      window.clearTimeout(draftTimer.current);
      if (loaded) void writeDraft(latest.current);
    },
    [loaded, writeDraft],
  );

  const where = captureContext(engagement, sessions, context, now);
  const participantsForMarkers = useMemo(() => participants.map((p) => ({ id: p.id, name: p.name })), [participants]);
  const parsed = parseMarkers(text, participantsForMarkers);
  const token = activeToken(text, caret);
  const options: Suggestion[] = token && dismissedAt !== token.start ? suggestions(token, participantsForMarkers, knownTags) : [];
  const speaker = participants.find((p) => p.id === parsed.speakerId);
  const area = parsed.area ?? where.session?.area ?? null;

  const update = (value: string, nextCaret: number) => {
    setText(value);
    setCaret(nextCaret);
    setHighlight(0);
    if (saveState.kind !== 'saving') setSaveState({ kind: 'idle' });
    scheduleDraft({ text: value, context });
  };

  const changeContext = (next: CaptureDraft['context']) => {
    setContext(next);
    scheduleDraft({ text, context: next });
  };

  const accept = (option: Suggestion) => {
    if (!token) return;
    const before = text.slice(0, token.start);
    const after = text.slice(token.end).replace(/^\s*/, '');
    const value = `${before}${option.insert} ${after}`;
    const nextCaret = before.length + option.insert.length + 1;
    update(value, nextCaret);
    requestAnimationFrame(() => textareaRef.current?.setSelectionRange(nextCaret, nextCaret));
  };

  const submit = () => {
    if (parsed.text.trim() === '') {
      setSaveState({ kind: 'failed', message: text.trim() === '' ? 'Type a note first; an empty note is not saved.' : 'The note has markers but no words yet.' });
      return;
    }
    const typed = text;
    window.clearTimeout(draftTimer.current);
    setText('');
    setCaret(0);
    setSaveState({ kind: 'saving' });
    saveNote({
      engagementId: engagement.id,
      day: where.day,
      sessionId: where.session?.id ?? null,
      area,
      kind: parsed.kind ?? 'observation',
      speakerId: parsed.speakerId,
      tags: parsed.tags,
      text: parsed.text,
      visibility: context.visibility,
    }).then(
      (note) => {
        setSaveState({ kind: 'saved', ref: note.ref });
        window.clearTimeout(draftTimer.current);
        void writeDraft(latest.current);
      },
      (error: unknown) => {
        // The box never loses what was typed: the failed note goes back in front of anything typed since.
        const restored = latest.current.text ? `${typed}\n${latest.current.text}` : typed;
        setText(restored);
        setSaveState({ kind: 'failed', message: `Not saved. ${errorMessage(error)}` });
        void writeDraft({ text: restored, context: latest.current.context });
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (options.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setHighlight((h) => (h + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
        return;
      }
      // Enter completes only a marker that does not yet name anything; a complete one lets Enter save,
      // so a fast typist never has a note swallowed by a suggestion.
      if ((event.key === 'Enter' && !event.shiftKey && token !== null && !isCompleteMarker(token.type, token.query, participantsForMarkers)) || event.key === 'Tab') {
        event.preventDefault();
        accept(options[Math.min(highlight, options.length - 1)]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissedAt(token?.start ?? null);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const daySessions = sessions.filter((s) => s.day === where.day && s.kind !== 'break');

  return (
    <section className="capture-box" aria-label="Capture a note">
      <div className="capture-context">
        <label>
          <span className="sr-only">Day</span>
          <select
            aria-label="Day"
            value={where.automatic ? 'auto' : String(where.day)}
            onChange={(e) =>
              changeContext(e.target.value === 'auto' ? { ...context, day: null, sessionId: null } : { ...context, day: Number(e.target.value), sessionId: null })
            }
          >
            <option value="auto">Follow the agenda (day {where.day})</option>
            {Array.from({ length: engagement.dayCount }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                Day {i + 1}
              </option>
            ))}
          </select>
        </label>
        <select
          aria-label="Session"
          value={where.session?.id ?? ''}
          onChange={(e) => changeContext({ ...context, day: where.day, sessionId: e.target.value || null })}
        >
          <option value="">No session</option>
          {daySessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.start} {s.title}
            </option>
          ))}
        </select>
        <div className="segmented" role="group" aria-label="Who may see the note">
          <button type="button" aria-pressed={context.visibility === 'client'} onClick={() => changeContext({ ...context, visibility: 'client' })}>
            Client-visible
          </button>
          <button type="button" aria-pressed={context.visibility === 'facilitator'} onClick={() => changeContext({ ...context, visibility: 'facilitator' })}>
            Facilitator only
          </button>
        </div>
      </div>

      <div className="capture-input">
        <textarea
          ref={textareaRef}
          aria-label="Note"
          aria-describedby={`${listboxId}-help`}
          aria-autocomplete="list"
          aria-controls={options.length > 0 ? listboxId : undefined}
          aria-activedescendant={options.length > 0 ? `${listboxId}-${Math.min(highlight, options.length - 1)}` : undefined}
          aria-keyshortcuts="Control+Shift+N"
          placeholder="Type what you hear. Enter saves, Shift+Enter adds a line.  @speaker  !risk  ^approach  #tag"
          rows={3}
          value={text}
          disabled={!loaded}
          className={context.visibility === 'facilitator' ? 'is-private' : undefined}
          onChange={(e) => update(e.target.value, e.target.selectionStart)}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        {options.length > 0 && (
          <ul className="autocomplete" role="listbox" id={listboxId} aria-label="Suggestions">
            {options.map((option, index) => (
              <li
                key={option.insert}
                id={`${listboxId}-${index}`}
                role="option"
                aria-selected={index === Math.min(highlight, options.length - 1)}
                onMouseDown={(e) => {
                  e.preventDefault();
                  accept(option);
                }}
              >
                <span className="autocomplete-insert">{option.insert}</span>
                {option.label !== option.insert.slice(1) && <span className="autocomplete-label">{option.label}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="capture-footer">
        <div className="capture-chips" aria-label="This note will be saved as">
          <span className="chip chip-context">
            Day {where.day}
            {where.session ? ` · ${where.session.title}` : ''}
          </span>
          <span className={`chip chip-kind kind-${parsed.kind ?? 'observation'}`}>{NOTE_KIND_LABELS[parsed.kind ?? 'observation']}</span>
          {area && <span className="chip chip-area">{AUDIT_AREA_INFO[area].label}</span>}
          {speaker && <span className="chip chip-speaker">{speaker.name}</span>}
          {parsed.tags.map((tag) => (
            <span key={tag} className="chip chip-tag">
              #{tag}
            </span>
          ))}
          {context.visibility === 'facilitator' && <span className="chip chip-private">Facilitator only</span>}
        </div>
        <p className={`save-indicator save-${saveState.kind}`} role="status" aria-live="polite" data-testid="save-indicator">
          {saveState.kind === 'saving' && 'Saving…'}
          {saveState.kind === 'saved' && `Saved ${saveState.ref}`}
          {saveState.kind === 'draft-saved' && (text ? 'Draft kept' : '')}
          {saveState.kind === 'failed' && saveState.message}
        </p>
      </div>
      <p id={`${listboxId}-help`} className="sr-only">
        Enter saves the note. Shift+Enter adds a line. Type @ for a speaker, ! for a kind, ^ for an area and # for a tag.
      </p>
    </section>
  );
}
