import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaptureDraft } from '../../../shared/domain/note';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { FRESH_CONTEXT } from './capture-context';

/** How long typing may go unsaved before the draft is written: well under the 500 ms at risk. */
const DRAFT_DEBOUNCE_MS = 250;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'draft-saved' }
  | { kind: 'saving' }
  | { kind: 'saved'; ref: string; facilitatorOnly: boolean }
  | { kind: 'failed'; message: string };

/**
 * What is in the capture box and its context, kept as a draft so nothing typed is lost: read back
 * when the box opens, written a pause after typing, at once when the screen goes or the app quits.
 * `saveState` is the box's one line of status, shared with the note saves.
 */
export function useCaptureDraft(engagementId: string) {
  const loadDraft = useAppState((s) => s.loadDraft);
  const saveDraft = useAppState((s) => s.saveDraft);
  const registerDraftFlush = useAppState((s) => s.registerDraftFlush);
  const [text, setText] = useState('');
  const [context, setContext] = useState<CaptureDraft['context']>(FRESH_CONTEXT);
  const [loaded, setLoaded] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const draftTimer = useRef<number | undefined>(undefined);
  const latest = useRef<CaptureDraft>({ text, context });
  latest.current = { text, context };

  useEffect(() => {
    let cancelled = false;
    loadDraft(engagementId).then(
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
  }, [engagementId, loadDraft]);

  const writeDraft = useCallback(
    (draft: CaptureDraft) =>
      saveDraft(engagementId, draft).then(
        // Claim "kept" only if nothing was typed since this write left.
        () => setSaveState((s) => (s.kind === 'idle' && latest.current.text === draft.text ? { kind: 'draft-saved' } : s)),
        (error: unknown) =>
          setSaveState((s) => (s.kind === 'failed' ? s : { kind: 'failed', message: `Your draft could not be kept: ${errorMessage(error)}` })),
      ),
    [engagementId, saveDraft],
  );

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

  /** Shows `next` in the box and keeps it as the draft after a pause in typing. */
  const edit = (next: CaptureDraft) => {
    setText(next.text);
    setContext(next.context);
    window.clearTimeout(draftTimer.current);
    draftTimer.current = window.setTimeout(() => void writeDraft(next), DRAFT_DEBOUNCE_MS);
  };

  /** Shows `next` in the box and drops the draft write still waiting: a note is being sent, or came back. */
  const replace = (next: CaptureDraft) => {
    window.clearTimeout(draftTimer.current);
    setText(next.text);
    setContext(next.context);
  };

  /** Writes what the box holds now, once a note's save has settled. */
  const keepNow = (draft: CaptureDraft = latest.current) => {
    window.clearTimeout(draftTimer.current);
    void writeDraft(draft);
  };

  return { text, context, loaded, saveState, setSaveState, latest, edit, replace, keepNow };
}
