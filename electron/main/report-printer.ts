import { BrowserWindow, session as electronSession, type Session } from 'electron';

const PRINT_PARTITION = 'report-print';
const PRINT_SCHEME = 'awreport';
const PRINT_URL = `${PRINT_SCHEME}://print/report.html`;
export const PRINT_TIMEOUT_MS = 60_000;

let printSession: Session | null = null;
let pendingHtml = '';
/** One document at a time: the session serves whichever HTML is pending. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * An in-memory session only for printing: it serves the one document being printed, allows no
 * other request and grants no permission, so report text can never reach the network or the app.
 */
function reportSession(): Session {
  if (printSession) return printSession;
  const ses = electronSession.fromPartition(PRINT_PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== PRINT_URL }));
  ses.protocol.handle(PRINT_SCHEME, () => new Response(pendingHtml, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
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
 * runs `work` on it within the time limit, and always closes the window. Calls wait their turn.
 */
export function inReportWindow<T>(html: string, options: ReportWindowOptions, work: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const turn = queue.then(() => renderOnce(html, options, work));
  queue = turn.catch(() => undefined);
  return turn;
}

async function renderOnce<T>(html: string, options: ReportWindowOptions, work: (window: BrowserWindow) => Promise<T>): Promise<T> {
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
  try {
    pendingHtml = html;
    return await withTimeout(
      (async () => {
        await window.loadURL(PRINT_URL);
        return work(window);
      })(),
      options.timeoutMs,
      options.what,
    );
  } finally {
    pendingHtml = '';
    window.destroy();
  }
}

/** Prints report HTML to PDF in the hidden report window. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const pdf = await inReportWindow(html, { width: 900, height: 1200, timeoutMs: PRINT_TIMEOUT_MS, what: 'printing' }, (window) =>
    window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }),
  );
  return new Uint8Array(pdf);
}
