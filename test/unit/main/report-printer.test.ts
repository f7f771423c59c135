import { describe, expect, it, vi } from 'vitest';

/** Stand-ins for Electron: a window that records its options and what it loaded, and a session. */
const state = vi.hoisted(() => ({
  options: [] as unknown[],
  loaded: [] as string[],
  destroyed: 0,
  served: [] as string[],
  blocked: (_url: string) => false,
  printDelayMs: 0,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      printToPDF: () => new Promise<Buffer>((resolve) => setTimeout(() => resolve(Buffer.from('%PDF-1.7 stand-in')), state.printDelayMs)),
    };
    constructor(options: unknown) {
      state.options.push(options);
    }
    async loadURL(url: string) {
      state.loaded.push(url);
      const handler = session.handler;
      if (handler) state.served.push(await (await handler()).text());
    }
    destroy() {
      state.destroyed += 1;
    }
  }
  const session = {
    handler: null as null | (() => Response | Promise<Response>),
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
      handle: (_scheme: string, handler: () => Response) => {
        session.handler = handler;
      },
    },
  };
  return { BrowserWindow, session: { fromPartition: () => session } };
});

const { printHtmlToPdf } = await import('../../../electron/main/report-printer');

describe('printHtmlToPdf', () => {
  it('prints in a hidden, sandboxed window with no preload and no scripts, serving only the report', async () => {
    const pdf = await printHtmlToPdf('<p>report</p>');
    expect(new TextDecoder().decode(pdf)).toContain('%PDF');
    expect(state.options[0]).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    expect((state.options[0] as { webPreferences: Record<string, unknown> }).webPreferences.preload).toBeUndefined();
    expect(state.served).toEqual(['<p>report</p>']);
    expect(state.blocked(state.loaded[0]!)).toBe(false);
    expect(state.blocked('https://example.com/x.png')).toBe(true);
    expect(state.destroyed).toBe(1);
  });

  it('gives up after the timeout and closes the window', async () => {
    vi.useFakeTimers();
    state.printDelayMs = 120_000;
    const printing = printHtmlToPdf('<p>slow</p>');
    const failed = expect(printing).rejects.toThrow('printing took longer than 60 seconds');
    await vi.advanceTimersByTimeAsync(60_001);
    await failed;
    expect(state.destroyed).toBe(2);
    vi.useRealTimers();
  });
});
