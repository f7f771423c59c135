import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/api-client';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

/**
 * Saves the latest valid value a short while after the last edit. Saves run one after another,
 * so an older save can never land after a newer one; the status only ever describes the latest
 * edit, so "Saved" is shown only when what is on screen is what is stored. A pending save is
 * sent at once when the editor goes away or the page is hidden.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delayMs: number) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const saveRef = useRef(save);
  const timer = useRef<number | null>(null);
  const waiting = useRef<{ value: T } | null>(null);
  const lastValue = useRef<{ value: T } | null>(null);
  const latestEdit = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const run = useCallback((value: T, edit: number) => {
    queue.current = queue.current.then(async () => {
      if (edit === latestEdit.current) setStatus({ kind: 'saving' });
      try {
        await saveRef.current(value);
        if (edit === latestEdit.current) setStatus({ kind: 'saved' });
      } catch (error) {
        if (edit === latestEdit.current) setStatus({ kind: 'failed', message: errorMessage(error) });
      }
    });
  }, []);

  const cancelTimer = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const next = waiting.current;
    waiting.current = null;
    if (next) run(next.value, latestEdit.current);
  }, [run]);

  const schedule = (value: T) => {
    latestEdit.current += 1;
    cancelTimer();
    waiting.current = { value };
    lastValue.current = { value };
    setStatus({ kind: 'pending' });
    timer.current = window.setTimeout(flush, delayMs);
  };

  const markInvalid = () => {
    latestEdit.current += 1;
    cancelTimer();
    waiting.current = null;
    setStatus({ kind: 'invalid' });
  };

  const retry = () => {
    if (!lastValue.current) return;
    latestEdit.current += 1;
    run(lastValue.current.value, latestEdit.current);
  };

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { status, schedule, markInvalid, retry };
}
