import { describe, expect, it, vi } from 'vitest';

/** Stand-ins for Electron: a window that records its options, what it loaded and what it was asked to capture. */
const state = vi.hoisted(() => ({
  options: [] as unknown[],
  served: [] as string[],
  captured: [] as { rect: unknown; opts: unknown }[],
  destroyed: 0,
  captureDelayMs: 0,
  empty: false,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      capturePage: (rect: unknown, opts: unknown) => {
        state.captured.push({ rect, opts });
        return new Promise((resolve) =>
          setTimeout(
            () => resolve({ isEmpty: () => state.empty, toPNG: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }),
            state.captureDelayMs,
          ),
        );
      },
    };
    constructor(options: unknown) {
      state.options.push(options);
    }
    async loadURL(url: string) {
      if (session.handler) state.served.push(await (await session.handler({ url })).text());
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
    webRequest: { onBeforeRequest: () => undefined },
    protocol: {
      handle: (_scheme: string, handler: (request: { url: string }) => Response) => {
        session.handler = handler;
      },
    },
  };
  return { BrowserWindow, session: { fromPartition: () => session } };
});

const { captureHtmlToPng } = await import('../../../electron/main/report-picture');

describe('captureHtmlToPng', () => {
  it('photographs the page at its full size in a hidden, offscreen, script-free window, then closes it', async () => {
    const png = await captureHtmlToPng('<p>board</p>', { width: 1600, height: 2400 });
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(state.options[0]).toMatchObject({
      show: false,
      width: 1600,
      height: 2400,
      useContentSize: true,
      webPreferences: { offscreen: true, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    expect((state.options[0] as { webPreferences: Record<string, unknown> }).webPreferences.preload).toBeUndefined();
    expect(state.served).toEqual(['<p>board</p>']);
    expect(state.captured).toEqual([{ rect: { x: 0, y: 0, width: 1600, height: 2400 }, opts: { stayHidden: true } }]);
    // Kept for a following picture of the same size; a picture of another size needs a window of its own.
    expect(state.destroyed).toBe(0);
    await captureHtmlToPng('<p>board</p>', { width: 1600, height: 2400 });
    expect(state.options).toHaveLength(1);
    await captureHtmlToPng('<p>chart</p>', { width: 1280, height: 400 });
    expect(state.options).toHaveLength(2);
    expect(state.destroyed).toBe(0);
  });

  it('fails with a reason when the capture comes back empty, and still closes the window', async () => {
    state.empty = true;
    const destroyed = state.destroyed;
    await expect(captureHtmlToPng('<p>x</p>', { width: 100, height: 100 })).rejects.toThrow('the picture came out empty');
    // Both kept windows were of other sizes: one made way for this picture, which then closed.
    expect(state.destroyed - destroyed).toBe(2);
    state.empty = false;
  });

  it('refuses a size Chromium cannot paint, without opening a window', async () => {
    await expect(captureHtmlToPng('<p>x</p>', { width: 1600, height: 40_000 })).rejects.toThrow('cannot be drawn');
    expect(state.options).toHaveLength(3);
  });

  it('gives up after the timeout and closes the window', async () => {
    vi.useFakeTimers();
    state.captureDelayMs = 120_000;
    const capturing = captureHtmlToPng('<p>slow</p>', { width: 100, height: 100 });
    const failed = expect(capturing).rejects.toThrow('drawing the picture took longer than 30 seconds');
    await vi.advanceTimersByTimeAsync(30_001);
    await failed;
    expect(state.destroyed).toBe(3);
    vi.useRealTimers();
  });
});
