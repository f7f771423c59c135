import { BrowserWindow, session as electronSession, type Session } from 'electron';

import { REPORT_WINDOWS } from './report-windows';

const PRINT_PARTITION = 'report-print';
const PRINT_SCHEME = 'awreport';
export const PRINT_TIMEOUT_MS = 60_000;

let printSession: Session | null = null;
/** The documents being drawn, by address; each gets its own, so a window never shows an earlier one. */
const served = new Map<string, string>();
let documentCount = 0;

/**
 * A window is kept for a moment after its document in case another follows, since opening one
 * cost more than printing most documents.
 */
export const KEEP_WINDOW_MS = 2_000;

interface Slot {
  window: BrowserWindow | null;
  key: string;
  busy: boolean;
  idleTimer: ReturnType<typeof setTimeout> | null;
}

const slots: Slot[] = Array.from({ length: REPORT_WINDOWS }, () => ({ window: null, key: '', busy: false, idleTimer: null }));
/** Callers waiting for a window, in the order they asked, so documents start in the order given. */
const waiting: (() => void)[] = [];

/**
 * An in-memory session only for printing: it serves the documents being printed, allows no
 * other request and grants no permission, so report text can never reach the network or the app.
 */
function reportSession(): Session {
  if (printSession) return printSession;
  const ses = electronSession.fromPartition(PRINT_PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !served.has(details.url) }));
  ses.protocol.handle(PRINT_SCHEME, (request) => new Response(served.get(request.url) ?? '', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
  printSession = ses;
  return ses;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} seconds`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export interface ReportWindowOptions {
  width: number;
  height: number;
  /** Drawn without a screen, so a page taller than the display is still painted whole. */
  offscreen?: boolean;
  timeoutMs: number;
  /** What the window is doing, for the timeout's message: "printing", "drawing the picture". */
  what: string;
}

/**
 * Loads self-contained report HTML in a hidden, sandboxed window with no preload and no scripts,
 * runs `work` on it within the time limit. Calls wait for a free window; a window is reused by a
 * call of the same size and kind that comes within KEEP_WINDOW_MS, and closed when one fails.
 */
export async function inReportWindow<T>(html: string, options: ReportWindowOptions, work: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const key = `${options.width}x${options.height}${options.offscreen ? ' offscreen' : ''}`;
  const slot = await takeSlot(key);
  let failed = true;
  const url = `${PRINT_SCHEME}://print/document-${++documentCount}.html`;
  try {
    const window = windowFor(slot, key, options);
    served.set(url, html);
    const result = await withTimeout(
      (async () => {
        await window.loadURL(url);
        return work(window);
      })(),
      options.timeoutMs,
      options.what,
    );
    failed = false;
    return result;
  } finally {
    served.delete(url);
    releaseSlot(slot, failed);
  }
}

function takeSlot(key: string): Promise<Slot> {
  const free = slots.filter((slot) => !slot.busy);
  const slot = free.find((s) => s.window && s.key === key) ?? free.find((s) => !s.window) ?? free[0];
  if (!slot) return new Promise((resolve) => waiting.push(() => resolve(takeSlot(key))));
  slot.busy = true;
  if (slot.idleTimer) clearTimeout(slot.idleTimer);
  slot.idleTimer = null;
  return Promise.resolve(slot);
}

function closeWindow(slot: Slot): void {
  // Quitting may have closed every window already.
  if (slot.window && !slot.window.isDestroyed()) slot.window.destroy();
  slot.window = null;
}

function releaseSlot(slot: Slot, failed: boolean): void {
  // A window that failed or timed out may still be busy: it is never handed to the next document.
  if (failed) closeWindow(slot);
  else slot.idleTimer = setTimeout(() => closeWindow(slot), KEEP_WINDOW_MS);
  slot.busy = false;
  waiting.shift()?.();
}

function windowFor(slot: Slot, key: string, options: ReportWindowOptions): BrowserWindow {
  if (slot.window && slot.key === key) return slot.window;
  closeWindow(slot);
  slot.key = key;
  slot.window = new BrowserWindow({
    show: false,
    width: options.width,
    height: options.height,
    useContentSize: true,
    enableLargerThanScreen: true,
    webPreferences: {
      session: reportSession(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
      webSecurity: true,
      spellcheck: false,
      ...(options.offscreen ? { offscreen: true } : {}),
    },
  });
  return slot.window;
}

/** Prints report HTML to PDF in the hidden report window. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const pdf = await inReportWindow(html, { width: 900, height: 1200, timeoutMs: PRINT_TIMEOUT_MS, what: 'printing' }, (window) =>
    window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }),
  );
  return new Uint8Array(pdf);
}
