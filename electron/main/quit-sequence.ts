/** How long a quit waits for the window to save its draft: a hung window must not keep the app open. */
export const FLUSH_TIMEOUT_MS = 2000;

export interface QuitSequenceDeps {
  /** Asks the window to save what is typed but not yet saved; false when there is no window to ask. */
  askWindowToFlush(): boolean;
  /** The on-quit backup; reports its own failure, since quitting goes ahead either way. */
  backUp(): Promise<void>;
  /** Quits for real; the before-quit this raises is let through. */
  quit(): void;
  /** Runs `task` after `ms`; returns a function that cancels it. */
  after(ms: number, task: () => void): () => void;
  timeoutMs?: number;
}

export interface QuitSequence {
  /** For app's before-quit: holds the first quit until the draft is saved; later ones wait for it. */
  onBeforeQuit(event: { preventDefault(): void }): void;
  /** The window answered: its draft is saved. */
  windowFlushed(): void;
  /** True once the backup is taken (or failed and was reported) and the app is quitting. */
  finished(): boolean;
}

/** The timing half of the sequence: asking the window, and the clock that stops waiting for it. */
type FlushDeps = Pick<QuitSequenceDeps, 'askWindowToFlush' | 'after' | 'timeoutMs'>;

/**
 * Holds something back until the window has saved its draft (or FLUSH_TIMEOUT_MS passed), then
 * lets `proceed` run once. Quitting and, on macOS, closing the window both wait this way.
 */
function createFlushGate(deps: FlushDeps, proceed: () => void) {
  let state: 'idle' | 'flushing' | 'finished' = 'idle';
  let cancelTimeout: (() => void) | null = null;

  const finish = () => {
    if (state !== 'flushing') return;
    state = 'finished';
    cancelTimeout?.();
    cancelTimeout = null;
    proceed();
  };

  return {
    hold(event: { preventDefault(): void }) {
      if (state === 'finished') return;
      event.preventDefault();
      if (state === 'flushing') return;
      state = 'flushing';
      if (!deps.askWindowToFlush()) {
        finish();
        return;
      }
      // The answer may already have come; only a gate still waiting needs the limit.
      if (state === 'flushing') cancelTimeout = deps.after(deps.timeoutMs ?? FLUSH_TIMEOUT_MS, finish);
    },
    windowFlushed: finish,
    finished: () => state === 'finished',
  };
}

/**
 * Quitting saves the capture draft the window still holds, then takes the on-quit backup (so the
 * backup holds that draft), then quits. The window has FLUSH_TIMEOUT_MS to answer.
 */
export function createQuitSequence(deps: QuitSequenceDeps): QuitSequence {
  let backedUp = false;
  const gate = createFlushGate(deps, () => {
    void deps.backUp().finally(() => {
      backedUp = true;
      deps.quit();
    });
  });
  return {
    onBeforeQuit(event) {
      if (backedUp) return;
      // A second quit while the backup is being written waits for it like the first one.
      if (gate.finished()) event.preventDefault();
      else gate.hold(event);
    },
    windowFlushed: gate.windowFlushed,
    finished: () => backedUp,
  };
}

/** The part of a BrowserWindow that closing it involves. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * On Windows and Linux closing the window quits the app, but by then the page is gone and its
 * draft with it; so the close becomes a quit, whose sequence saves the draft and closes the window.
 */
export function closeWindowThroughQuit(window: ClosableWindow, sequence: QuitSequence, requestQuit: () => void): void {
  window.on('close', (event) => {
    if (sequence.finished()) return;
    event.preventDefault();
    requestQuit();
  });
}

/**
 * On macOS closing the window (⌘W, the red button) leaves the app running, so no quit saves the
 * draft: the close waits for the window to save it, as a quit does, then goes ahead. A close that
 * is part of quitting is let through, since the quit has saved the draft already. Returns what the
 * window's "draft saved" answer must also reach.
 */
export function closeWindowAfterFlush(window: ClosableWindow & { close(): void }, quit: QuitSequence, deps: FlushDeps): { windowFlushed(): void } {
  const gate = createFlushGate(deps, () => window.close());
  window.on('close', (event) => {
    if (!quit.finished()) gate.hold(event);
  });
  return { windowFlushed: gate.windowFlushed };
}
