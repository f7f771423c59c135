import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Stand-ins for Electron: a window that records its options and what it loaded, and a session. */
const state = vi.hoisted(() => ({
  options: [] as unknown[],
  loaded: [] as string[],
  /** Whether the session let each loaded address through, asked while it was being loaded. */
  allowedWhenLoaded: [] as boolean[],
  destroyed: 0,
  printFails: false,
  served: [] as string[],
  blocked: (_url: string) => false,
  printDelayMs: 0,
  /** How many prints were under way at once, at most. */
  printing: 0,
  mostAtOnce: 0,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      printToPDF: () => {
        state.printing += 1;
        state.mostAtOnce = Math.max(state.mostAtOnce, state.printing);
        return new Promise<Buffer>((resolve, reject) =>
          setTimeout(() => {
            state.printing -= 1;
            if (state.printFails) reject(new Error('the printer stopped'));
            else resolve(Buffer.from('%PDF-1.7 stand-in'));
          }, state.printDelayMs),
        );
      },
    };
    constructor(options: unknown) {
      state.options.push(options);
    }
    async loadURL(url: string) {
      state.loaded.push(url);
      state.allowedWhenLoaded.push(!state.blocked(url));
      const handler = session.handler;
      if (handler) state.served.push(await (await handler({ url })).text());
    }
    isDestroyed() {
      return false;
    }
    destroy() {
      state.destroyed += 1;
    }
  }
  const session = {
    handler: null as null | ((request: { url: string }) => Response | Promise<Response>),
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    webRequest: {
      onBeforeRequest: (listener: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) => {
        state.blocked = (url) => {
          let cancel = false;
          listener({ url }, (r) => (cancel = r.cancel));
          return cancel;
        };
      },
    },
    protocol: {
      handle: (_scheme: string, handler: (request: { url: string }) => Response) => {
        session.handler = handler;
      },
    },
  };
  return { BrowserWindow, session: { fromPartition: () => session } };
});

const { KEEP_WINDOW_MS, printHtmlToPdf } = await import('../../../electron/main/report-printer');
const { REPORT_WINDOWS } = await import('../../../electron/main/report-windows');

/** Runs a print to its end on fake time (the stand-in printer answers on a timer). */
async function settle<T>(work: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(1);
  return work;
}

describe('printHtmlToPdf', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(async () => {
    await vi.advanceTimersByTimeAsync(KEEP_WINDOW_MS);
    vi.useRealTimers();
  });

  it('prints in a hidden, sandboxed window with no preload and no scripts, serving only the report', async () => {
    const pdf = await settle(printHtmlToPdf('<p>report</p>'));
    expect(new TextDecoder().decode(pdf)).toContain('%PDF');
    expect(state.options[0]).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    expect((state.options[0] as { webPreferences: Record<string, unknown> }).webPreferences.preload).toBeUndefined();
    expect(state.served).toEqual(['<p>report</p>']);
    expect(state.allowedWhenLoaded).toEqual([true]);
    expect(state.blocked(state.loaded[0]!)).toBe(true);
    expect(state.blocked('https://example.com/x.png')).toBe(true);
    expect(state.destroyed).toBe(0);
    await vi.advanceTimersByTimeAsync(KEEP_WINDOW_MS);
    expect(state.destroyed).toBe(1);
  });

  it('prints documents that follow one another in one window, each at its own address, and closes it once idle', async () => {
    const before = { windows: state.options.length, destroyed: state.destroyed, loaded: state.loaded.length };
    for (const html of ['<p>report</p>', '<p>day 1</p>', '<p>day 2</p>']) {
      await settle(printHtmlToPdf(html));
      await vi.advanceTimersByTimeAsync(KEEP_WINDOW_MS / 2);
    }
    expect(state.options.length - before.windows).toBe(1);
    expect(state.destroyed - before.destroyed).toBe(0);
    const loaded = state.loaded.slice(before.loaded);
    expect(new Set(loaded).size).toBe(3);
    expect(state.served.slice(-3)).toEqual(['<p>report</p>', '<p>day 1</p>', '<p>day 2</p>']);
    expect(state.allowedWhenLoaded.slice(-3)).toEqual([true, true, true]);
    for (const url of loaded) expect(state.blocked(url)).toBe(true);
    await vi.advanceTimersByTimeAsync(KEEP_WINDOW_MS);
    expect(state.destroyed - before.destroyed).toBe(1);

    await settle(printHtmlToPdf('<p>much later</p>'));
    expect(state.options.length - before.windows).toBe(2);
  });

  it('prints two documents at once in two windows, and a third once one of them is free', async () => {
    const before = { windows: state.options.length, served: state.served.length };
    state.mostAtOnce = 0;
    state.printDelayMs = 100;
    const prints = ['<p>report</p>', '<p>day 1</p>', '<p>day 2</p>'].map((html) => printHtmlToPdf(html));
    await vi.advanceTimersByTimeAsync(1);
    expect(state.printing).toBe(REPORT_WINDOWS);
    expect(state.served.slice(before.served)).toEqual(['<p>report</p>', '<p>day 1</p>']);
    await vi.advanceTimersByTimeAsync(100);
    expect(state.served.slice(before.served)).toEqual(['<p>report</p>', '<p>day 1</p>', '<p>day 2</p>']);
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all(prints);
    expect(state.mostAtOnce).toBe(REPORT_WINDOWS);
    expect(state.options.length - before.windows).toBe(REPORT_WINDOWS);
    state.printDelayMs = 0;
  });

  it('never hands a window whose print failed to the next document', async () => {
    const before = { windows: state.options.length, destroyed: state.destroyed };
    state.printFails = true;
    const failing = printHtmlToPdf('<p>broken</p>');
    const failed = expect(failing).rejects.toThrow('the printer stopped');
    await settle(failing).catch(() => undefined);
    await failed;
    expect(state.destroyed - before.destroyed).toBe(1);
    state.printFails = false;
    await expect(settle(printHtmlToPdf('<p>fine</p>'))).resolves.toBeInstanceOf(Uint8Array);
    expect(state.options.length - before.windows).toBe(2);
  });

  it('gives up after the timeout and closes the window', async () => {
    const destroyed = state.destroyed;
    state.printDelayMs = 120_000;
    const printing = printHtmlToPdf('<p>slow</p>');
    const failed = expect(printing).rejects.toThrow('printing took longer than 60 seconds');
    await vi.advanceTimersByTimeAsync(60_001);
    await failed;
    expect(state.destroyed - destroyed).toBe(1);
    state.printDelayMs = 0;
  });
});
