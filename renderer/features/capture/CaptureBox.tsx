import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { afterSend, nextPrivacyMode, privacyMode, withPrivacyMode, type PrivacyMode } from '../../../shared/capture/capture-privacy';
import { parseMarkers, replaceMarker, speakerChoice, unresolvedMarkers, type CheckedMarker, type MarkerParticipant, type Suggestion } from '../../../shared/capture/markers';
import { AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import type { Engagement } from '../../../shared/domain/engagement';
import { NOTE_KIND_LABELS, type CaptureDraft } from '../../../shared/domain/note';
import type { ParticipantFunction } from '../../../shared/domain/participant';
import { errorMessage } from '../../lib/api-client';
import { useNow } from '../../lib/use-now';
import { useAppState } from '../../app/store-context';
import { captureContext } from './capture-context';
import { MarkerCheck } from './MarkerCheck';
import { KeepPrivateBanner, PrivacySwitch } from './PrivacySwitch';
import { useCaptureDraft } from './use-capture-draft';
import { useMarkerSuggestions } from './use-marker-suggestions';

/**
 * The capture box. Enter saves, Shift+Enter starts a new line; markers become fields as you type,
 * and a marker that names nothing is shown at once and asked about on Enter rather than saved as
 * text. The text is written to a draft as it is typed, and a note is shown as saved only once its
 * transaction has committed. A one-note private choice is spent by the save; "keep private" lasts.
 */
export function CaptureBox({ engagement }: { engagement: Engagement }) {
  const participants = useAppState((s) => s.participants);
  const sessions = useAppState((s) => s.sessions);
  const knownTags = useAppState((s) => s.knownTags);
  const saveNote = useAppState((s) => s.saveNote);
  const saveParticipant = useAppState((s) => s.saveParticipant);
  const notify = useAppState((s) => s.notify);
  const focusTick = useAppState((s) => s.captureFocusTick);
  const notes = useAppState((s) => s.notes);
  const setCaptureDay = useAppState((s) => s.setCaptureDay);
  const dayRequest = useAppState((s) => s.captureDayRequest);
  const navigate = useAppState((s) => s.navigate);
  const now = useNow(15_000);
  const { text, context, loaded, saveState, setSaveState, latest, edit, replace, keepNow } = useCaptureDraft(engagement.id);
  const [caret, setCaret] = useState(0);
  const [asking, setAsking] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const listboxId = useId();

  useEffect(() => {
    textareaRef.current?.focus();
  }, [focusTick, loaded]);

  const where = captureContext(engagement, sessions, context, now);
  const participantsForMarkers = useMemo(() => participants.map((p) => ({ id: p.id, name: p.name })), [participants]);
  const parsed = parseMarkers(text, participantsForMarkers);
  const { token, options, highlight, unresolved, warnings, onKey, dismiss, resetChoice } = useMarkerSuggestions(text, caret, participantsForMarkers, knownTags, asking);
  const speaker = participants.find((p) => p.id === parsed.speakerId);
  const area = parsed.area ?? where.session?.area ?? null;
  const mode = privacyMode(context);

  const update = (value: string, nextCaret: number) => {
    setCaret(nextCaret);
    resetChoice();
    if (saveState.kind !== 'saving') setSaveState({ kind: 'idle' });
    edit({ text: value, context });
  };

  const placeCaret = (at: number) =>
    requestAnimationFrame(() => {
      textareaRef.current?.focus();
      textareaRef.current?.setSelectionRange(at, at);
    });

  const changeContext = (next: CaptureDraft['context']) => edit({ text, context: next });

  const changeMode = (next: PrivacyMode) => changeContext(withPrivacyMode(context, next));

  // The box and the timeline's day follow each other: the box says its day, and takes one chosen there.
  useEffect(() => {
    setCaptureDay(engagement.id, where.day);
  }, [engagement.id, where.day, setCaptureDay]);
  const handledDayRequest = useRef(dayRequest?.tick ?? 0);
  useEffect(() => {
    if (!dayRequest || !loaded || dayRequest.tick === handledDayRequest.current) return;
    handledDayRequest.current = dayRequest.tick;
    if (dayRequest.day !== where.day) changeContext({ ...context, day: dayRequest.day, sessionId: null });
  });

  const accept = (option: Suggestion) => {
    if (!token) return;
    const before = text.slice(0, token.start);
    const after = text.slice(token.end).replace(/^\s*/, '');
    const value = `${before}${option.insert} ${after}`;
    const nextCaret = before.length + option.insert.length + 1;
    update(value, nextCaret);
    placeCaret(nextCaret);
  };

  /**
   * Saves `value` as a note, unless a marker in it names nothing: then nothing is saved and the box
   * asks what was meant. `asText` is the explicit answer "save the markers as plain text".
   */
  const submit = (value: string, people: readonly MarkerParticipant[], asText = false) => {
    const note = parseMarkers(value, people);
    if (note.text.trim() === '') {
      setSaveState({ kind: 'failed', message: value.trim() === '' ? 'Type a note first; an empty note is not saved.' : 'The note has markers but no words yet.' });
      return;
    }
    if (!asText && unresolvedMarkers(value, people).length > 0) {
      setAsking(true);
      return;
    }
    // Read through `latest`: a choice made after a pause (a participant added) must not save with an older privacy setting.
    const sent = latest.current.context;
    const target = captureContext(engagement, sessions, sent, now);
    replace({ text: '', context: afterSend(sent) });
    setCaret(0);
    setAsking(false);
    setSaveState({ kind: 'saving' });
    saveNote({
      engagementId: engagement.id,
      day: target.day,
      sessionId: target.session?.id ?? null,
      area: note.area ?? target.session?.area ?? null,
      kind: note.kind ?? 'observation',
      speakerId: note.speakerId,
      tags: note.tags,
      text: note.text,
      visibility: sent.visibility,
    }).then(
      (saved) => {
        setSaveState({ kind: 'saved', ref: saved.ref, facilitatorOnly: saved.visibility === 'facilitator' });
        keepNow();
      },
      (error: unknown) => {
        // The box never loses what was typed: the failed note goes back in front of anything typed since,
        // and a private note stays private for the retry.
        const restored = latest.current.text ? `${value}\n${latest.current.text}` : value;
        const current = latest.current.context;
        const retry = sent.visibility === 'facilitator' && privacyMode(current) === 'client' ? withPrivacyMode(current, 'this-note') : current;
        replace({ text: restored, context: retry });
        setSaveState({ kind: 'failed', message: `Not saved. ${errorMessage(error)}` });
        keepNow({ text: restored, context: retry });
      },
    );
  };

  /** A choice for a marker replaces it in the text; once the question is answered in full, the note is saved. */
  const choose = (marker: CheckedMarker, insert: string, people: readonly MarkerParticipant[] = participantsForMarkers) => {
    const current = latest.current.text;
    // The text may have changed while a participant was being added: replace the marker only where it still stands.
    if (current.slice(marker.start, marker.end) !== text.slice(marker.start, marker.end)) return;
    const replaced = replaceMarker(current, marker, insert);
    if (asking && unresolvedMarkers(replaced.text, people).length === 0) {
      submit(replaced.text, people);
      placeCaret(0);
      return;
    }
    update(replaced.text, replaced.caret);
    if (!asking) placeCaret(replaced.caret);
  };

  const addParticipant = async (marker: CheckedMarker, name: string, fn: ParticipantFunction) => {
    const participant = await saveParticipant({ engagementId: engagement.id, name, function: fn, daysAttended: [where.day] });
    notify({ tone: 'success', message: `Added ${participant.name} as a participant.` });
    choose(marker, speakerChoice(participant).insert, [...participantsForMarkers, { id: participant.id, name: participant.name }]);
  };

  const keepEditing = () => {
    setAsking(false);
    dismiss();
    placeCaret(caret);
  };

  /** Alt+↓ goes from the box to the newest note's actions (edit, pin, privacy, promote, delete); Esc there comes back. */
  const toNewestNote = () => {
    const newest = notes.reduce<(typeof notes)[number] | null>((last, n) => (last === null || n.capturedAt > last.capturedAt ? n : last), null);
    if (!newest) return;
    const action = document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(newest.id)}"] .note-actions button`);
    if (action) action.focus();
    else navigate({ name: 'workspace', engagementId: engagement.id, section: 'capture', focus: newest.id });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (onKey(event, accept)) return;
    if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.key === 'ArrowDown') {
      event.preventDefault();
      toNewestNote();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit(text, participantsForMarkers);
    }
  };

  const onBoxKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p') {
      event.preventDefault();
      changeMode(nextPrivacyMode(mode));
    }
  };

  const daySessions = sessions.filter((s) => s.day === where.day && s.kind !== 'break');

  return (
    <section className={`capture-box privacy-${mode}`} aria-label="Capture a note" onKeyDown={onBoxKeyDown}>
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
        <PrivacySwitch mode={mode} onChange={changeMode} />
      </div>
      {mode === 'keep' && <KeepPrivateBanner onTurnOff={() => changeMode('client')} />}

      <div className="capture-input">
        <textarea
          ref={textareaRef}
          aria-label="Note"
          aria-describedby={`${listboxId}-help`}
          aria-autocomplete="list"
          aria-controls={options.length > 0 ? listboxId : undefined}
          aria-activedescendant={highlight !== null ? `${listboxId}-${highlight}` : undefined}
          aria-keyshortcuts="Control+Shift+N Alt+ArrowDown"
          placeholder={`${mode === 'client' ? '' : 'Facilitator only. '}Type what you hear. Enter saves, Shift+Enter adds a line.  @speaker  !risk  ^approach  #tag`}
          rows={3}
          value={text}
          disabled={!loaded}
          className={mode === 'client' ? undefined : 'is-private'}
          onChange={(e) => {
            setAsking(false);
            update(e.target.value, e.target.selectionStart);
          }}
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
                aria-selected={index === highlight}
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

      <MarkerCheck
        text={text}
        markers={asking ? unresolved : warnings}
        asking={asking}
        day={where.day}
        onChoose={(marker, insert) => choose(marker, insert)}
        onAddParticipant={addParticipant}
        onSaveAsText={() => {
          submit(text, participantsForMarkers, true);
          placeCaret(0);
        }}
        onKeepEditing={keepEditing}
      />

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
          {mode !== 'client' && <span className="chip chip-private">{mode === 'keep' ? 'Facilitator only · kept on' : 'Facilitator only · this note'}</span>}
        </div>
        <p className={`save-indicator save-${saveState.kind}`} role="status" aria-live="polite" data-testid="save-indicator">
          {saveState.kind === 'saving' && 'Saving…'}
          {saveState.kind === 'saved' && `Saved ${saveState.ref}${saveState.facilitatorOnly ? ' — facilitator-only' : ''}`}
          {saveState.kind === 'draft-saved' && (text ? 'Draft kept' : '')}
          {saveState.kind === 'failed' && saveState.message}
        </p>
      </div>
      <p id={`${listboxId}-help`} className="sr-only">
        Enter saves the note. Shift+Enter adds a line. Type @ for a speaker, ! for a kind, ^ for an area and # for a tag. Control+Shift+P
        steps between client-visible, facilitator-only for this note, and keep private.
      </p>
    </section>
  );
}
