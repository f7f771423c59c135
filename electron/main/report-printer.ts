import { BrowserWindow, session as electronSession, type Session } from 'electron';

const PRINT_PARTITION = 'report-print';
const PRINT_SCHEME = 'awreport';
export const PRINT_TIMEOUT_MS = 60_000;

let printSession: Session | null = null;
/** The one document being drawn; each gets its own address, so a window never shows an earlier one. */
let pending = { url: '', html: '' };
let documentCount = 0;
/** One document at a time: the session serves whichever HTML is pending. */
let queue: Promise<unknown> = Promise.resolve();
/**
 * The window of the last document, kept for a moment in case another follows: a week pack draws
 * a dozen documents one after another, and opening a window for each cost more than printing
 * most of them.
 */
let kept: { window: BrowserWindow; key: string } | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;
export const KEEP_WINDOW_MS = 2_000;

/**
 * An in-memory session only for printing: it serves the one document being printed, allows no
 * other request and grants no permission, so report text can never reach the network or the app.
 */
function reportSession(): Session {
  if (printSession) return printSession;
  const ses = electronSession.fromPartition(PRINT_PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== pending.url }));
  ses.protocol.handle(PRINT_SCHEME, () => new Response(pending.html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
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
 * runs `work` on it within the time limit. Calls wait their turn; the window is reused by a
 * call of the same size and kind that comes within KEEP_WINDOW_MS, and closed when one fails.
 */
export function inReportWindow<T>(html: string, options: ReportWindowOptions, work: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const turn = queue.then(() => renderOnce(html, options, work));
  queue = turn.catch(() => undefined);
  return turn;
}

function closeKept(): void {
  // Quitting may have closed every window already.
  if (kept && !kept.window.isDestroyed()) kept.window.destroy();
  kept = null;
}

function windowFor(options: ReportWindowOptions): BrowserWindow {
  const key = `${options.width}x${options.height}${options.offscreen ? ' offscreen' : ''}`;
  if (kept?.key === key) return kept.window;
  closeKept();
  const window = new BrowserWindow({
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
  kept = { window, key };
  return window;
}

async function renderOnce<T>(html: string, options: ReportWindowOptions, work: (window: BrowserWindow) => Promise<T>): Promise<T> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  let failed = true;
  try {
    const window = windowFor(options);
    documentCount += 1;
    pending = { url: `${PRINT_SCHEME}://print/document-${documentCount}.html`, html };
    const result = await withTimeout(
      (async () => {
        await window.loadURL(pending.url);
        return work(window);
      })(),
      options.timeoutMs,
      options.what,
    );
    failed = false;
    return result;
  } finally {
    pending = { url: '', html: '' };
    // A window that failed or timed out may still be busy: it is never handed to the next document.
    if (failed) closeKept();
    else idleTimer = setTimeout(closeKept, KEEP_WINDOW_MS);
  }
}

/** Prints report HTML to PDF in the hidden report window. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const pdf = await inReportWindow(html, { width: 900, height: 1200, timeoutMs: PRINT_TIMEOUT_MS, what: 'printing' }, (window) =>
    window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }),
  );
  return new Uint8Array(pdf);
}
