import { describe, expect, it } from 'vitest';
import { FLUSH_TIMEOUT_MS, closeWindowAfterFlush, closeWindowThroughQuit, createQuitSequence, type QuitSequenceDeps } from '../../../electron/main/quit-sequence';

/** A fake app: records what happened in order, with a clock the test moves by hand. */
function fakeApp(options: { hasWindow?: boolean } = {}) {
  const steps: string[] = [];
  const timers: { at: number; task: () => void; cancelled: boolean }[] = [];
  let now = 0;
  const deps: QuitSequenceDeps = {
    askWindowToFlush: () => {
      steps.push('ask window');
      return options.hasWindow ?? true;
    },
    backUp: () => steps.push('backup'),
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
  return { steps, deps, quitRequest, advance };
}

describe('the quit sequence', () => {
  it('holds the quit, asks the window to save its draft, then backs up, then quits', () => {
    const app = fakeApp();
    const sequence = createQuitSequence(app.deps);
    const first = app.quitRequest();
    sequence.onBeforeQuit(first);
    expect(first.prevented).toBe(true);
    expect(app.steps).toEqual(['ask window']);

    sequence.windowFlushed();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
    expect(sequence.finished()).toBe(true);

    // The quit it asks for goes through, and the timeout that was pending does nothing.
    const final = app.quitRequest();
    sequence.onBeforeQuit(final);
    expect(final.prevented).toBe(false);
    app.advance(FLUSH_TIMEOUT_MS * 2);
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });

  it('backs up and quits after the timeout when the window never answers', () => {
    const app = fakeApp();
    const sequence = createQuitSequence(app.deps);
    sequence.onBeforeQuit(app.quitRequest());
    app.advance(FLUSH_TIMEOUT_MS - 1);
    expect(app.steps).toEqual(['ask window']);
    app.advance(1);
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);

    // A late answer from a window that recovered does not back up a second time.
    sequence.windowFlushed();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });

  it('starts one sequence however often quit is asked for while it runs', () => {
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
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });

  it('backs up and quits at once when there is no window to ask', () => {
    const app = fakeApp({ hasWindow: false });
    const sequence = createQuitSequence(app.deps);
    const request = app.quitRequest();
    sequence.onBeforeQuit(request);
    expect(request.prevented).toBe(true);
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });

  it('ignores an answer nobody asked for', () => {
    const app = fakeApp();
    const sequence = createQuitSequence(app.deps);
    sequence.windowFlushed();
    expect(app.steps).toEqual([]);
    expect(sequence.finished()).toBe(false);
  });

  it('waits the timeout it is given', () => {
    const app = fakeApp();
    const sequence = createQuitSequence({ ...app.deps, timeoutMs: 50 });
    sequence.onBeforeQuit(app.quitRequest());
    app.advance(50);
    expect(app.steps).toEqual(['ask window', 'backup', 'quit']);
  });
});

describe('closing the window on Windows and Linux', () => {
  it('becomes a quit that saves the draft first, and then lets the window close', () => {
    const app = fakeApp();
    const sequence = createQuitSequence(app.deps);
    let closeListener: ((event: { preventDefault(): void }) => void) | undefined;
    closeWindowThroughQuit({ on: (_name, listener) => (closeListener = listener) }, sequence, () => sequence.onBeforeQuit(app.quitRequest()));

    const firstClose = app.quitRequest();
    closeListener!(firstClose);
    expect(firstClose.prevented).toBe(true);
    expect(app.steps).toEqual(['ask window']);

    sequence.windowFlushed();
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

  it('lets the close that quitting makes through, once the quit has saved the draft', () => {
    const app = fakeApp();
    const quit = createQuitSequence(app.deps);
    const window = fakeWindow(app);
    closeWindowAfterFlush(window, quit, app.deps);
    quit.onBeforeQuit(app.quitRequest());
    quit.windowFlushed();
    window.close();
    expect(app.steps).toEqual(['ask window', 'backup', 'quit', 'window closed']);
  });
});
