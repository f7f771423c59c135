import { describe, expect, it } from 'vitest';
import { FLUSH_TIMEOUT_MS, closeWindowAfterFlush, closeWindowThroughQuit, createQuitSequence, type QuitSequenceDeps } from '../../../electron/main/quit-sequence';

/** A fake app: records what happened in order, with a clock the test moves by hand. */
function fakeApp(options: { hasWindow?: boolean } = {}) {
  const steps: string[] = [];
  const timers: { at: number; task: () => void; cancelled: boolean }[] = [];
  let now = 0;
  let backupWritten: (() => void) | null = null;
  const deps: QuitSequenceDeps = {
    askWindowToFlush: () => {
      steps.push('ask window');
      return options.hasWindow ?? true;
    },
    // The backup is written on the background thread; the test says when it is done.
    backUp: () =>
      new Promise<void>((resolve) => {
        steps.push('backup');
        backupWritten = resolve;
      }),
    quit: () => steps.push('quit'),
    after: (ms, task) => {
      const timer = { at: now + ms, task, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  };
  const quitRequest = () => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    return event;
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers) if (!timer.cancelled && timer.at <= now) {
      timer.cancelled = true;
      timer.task();
    }
  };
  /** Lets the backup finish, then waits one turn of the event loop for what follows it. */
  const finishBackup = async () => {
    backupWritten?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { steps, deps, quitRequest, advance, finishBackup };
}

describe('the quit sequence', () => {
  it('holds the quit, asks the window to save its draft, then backs up, then quits', async () => {
    const app = fakeApp();
    const sequence = createQuitSequence(app.deps);
    const first = app.quitRequest();
    sequence.onBeforeQuit(first);
    expect(first.prevented).toBe(true);
    expect(app.steps).toEqual(['ask window']);

    sequence.windowFlushed();
    expect(app.steps).toEqual(['ask window', 'backup']);
    expect(sequence.finished()).toBe(false);
    // Asking to quit again while the backup is written waits for it too.
    const during = app.quitRequest();
    sequence.onBeforeQuit(during);
    expect(during.prevented).toBe(true);
    await app.finishBackup();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
    expect(sequence.finished()).toBe(true);

    // The quit it asks for goes through, and the timeout that was pending does nothing.
    const final = app.quitRequest();
    sequence.onBeforeQuit(final);
    expect(final.prevented).toBe(false);
    app.advance(FLUSH_TIMEOUT_MS * 2);
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });

  it('backs up and quits after the timeout when the window never answers', async () => {
    const app = fakeApp();
    const sequence = createQuitSequence(app.deps);
    sequence.onBeforeQuit(app.quitRequest());
    app.advance(FLUSH_TIMEOUT_MS - 1);
    expect(app.steps).toEqual(['ask window']);
    app.advance(1);
    await app.finishBackup();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);

    // A late answer from a window that recovered does not back up a second time.
    sequence.windowFlushed();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });

  it('starts one sequence however often quit is asked for while it runs', async () => {
    const app = fakeApp();
    const sequence = createQuitSequence(app.deps);
    sequence.onBeforeQuit(app.quitRequest());
    const again = app.quitRequest();
    sequence.onBeforeQuit(again);
    sequence.onBeforeQuit(app.quitRequest());
    expect(again.prevented).toBe(true);
    expect(app.steps).toEqual(['ask window']);
    sequence.windowFlushed();
    sequence.windowFlushed();
    await app.finishBackup();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });

  it('backs up and quits at once when there is no window to ask', async () => {
    const app = fakeApp({ hasWindow: false });
    const sequence = createQuitSequence(app.deps);
    const request = app.quitRequest();
    sequence.onBeforeQuit(request);
    expect(request.prevented).toBe(true);
    await app.finishBackup();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });

  it('ignores an answer nobody asked for', () => {
    const app = fakeApp();
    const sequence = createQuitSequence(app.deps);
    sequence.windowFlushed();
    expect(app.steps).toEqual([]);
    expect(sequence.finished()).toBe(false);
  });

  it('waits the timeout it is given', async () => {
    const app = fakeApp();
    const sequence = createQuitSequence({ ...app.deps, timeoutMs: 50 });
    sequence.onBeforeQuit(app.quitRequest());
    app.advance(50);
    await app.finishBackup();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });
});

describe('closing the window on Windows and Linux', () => {
  it('becomes a quit that saves the draft and backs up first, and then lets the window close', async () => {
    const app = fakeApp();
    const sequence = createQuitSequence(app.deps);
    let closeListener: ((event: { preventDefault(): void }) => void) | undefined;
    closeWindowThroughQuit({ on: (_name, listener) => (closeListener = listener) }, sequence, () => sequence.onBeforeQuit(app.quitRequest()));

    const firstClose = app.quitRequest();
    closeListener!(firstClose);
    expect(firstClose.prevented).toBe(true);
    expect(app.steps).toEqual(['ask window']);

    sequence.windowFlushed();
    const closeDuringBackup = app.quitRequest();
    closeListener!(closeDuringBackup);
    expect(closeDuringBackup.prevented).toBe(true);
    await app.finishBackup();
    const finalClose = app.quitRequest();
    closeListener!(finalClose);
    expect(finalClose.prevented).toBe(false);
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });
});

describe('closing the window on macOS, where the app keeps running', () => {
  /** A window whose close() raises the close event again, as Electron's does. */
  function fakeWindow(app: ReturnType<typeof fakeApp>) {
    let closeListener: ((event: { preventDefault(): void }) => void) | undefined;
    const window = {
      closed: false,
      on: (_name: 'close', listener: (event: { preventDefault(): void }) => void) => (closeListener = listener),
      close() {
        const event = app.quitRequest();
        closeListener!(event);
        if (!event.prevented) {
          window.closed = true;
          app.steps.push('window closed');
        }
      },
    };
    return window;
  }

  it('waits for the window to save its draft, then closes it without quitting or backing up', () => {
    const app = fakeApp();
    const quit = createQuitSequence(app.deps);
    const window = fakeWindow(app);
    const close = closeWindowAfterFlush(window, quit, app.deps);

    window.close();
    expect(window.closed).toBe(false);
    expect(app.steps).toEqual(['ask window']);
    window.close();
    expect(app.steps).toEqual(['ask window']);

    close.windowFlushed();
    expect(window.closed).toBe(true);
    expect(app.steps).toEqual(['ask window', 'window closed']);
    app.advance(FLUSH_TIMEOUT_MS * 2);
    expect(app.steps).toEqual(['ask window', 'window closed']);
  });

  it('closes after the timeout when the window never answers', () => {
    const app = fakeApp();
    const window = fakeWindow(app);
    closeWindowAfterFlush(window, createQuitSequence(app.deps), app.deps);
    window.close();
    app.advance(FLUSH_TIMEOUT_MS - 1);
    expect(window.closed).toBe(false);
    app.advance(1);
    expect(window.closed).toBe(true);
  });

  it('lets the close that quitting makes through, once the quit has saved the draft', async () => {
    const app = fakeApp();
    const quit = createQuitSequence(app.deps);
    const window = fakeWindow(app);
    closeWindowAfterFlush(window, quit, app.deps);
    quit.onBeforeQuit(app.quitRequest());
    quit.windowFlushed();
    await app.finishBackup();
    window.close();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit', 'window closed']);
  });
});
