import { BrowserWindow, session as electronSession, type Session } from 'electron';

const PRINT_PARTITION = 'report-print';
const PRINT_SCHEME = 'awreport';
const PRINT_URL = `${PRINT_SCHEME}://print/report.html`;
export const PRINT_TIMEOUT_MS = 60_000;

let printSession: Session | null = null;
let pendingHtml = '';

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

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`printing took longer than ${ms / 1000} seconds`)), ms);
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

/** Prints self-contained report HTML to PDF in a hidden, sandboxed window with no preload and no scripts. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      session: reportSession(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
      webSecurity: true,
      spellcheck: false,
    },
  });
  try {
    pendingHtml = html;
    const pdf = await withTimeout(
      (async () => {
        await window.loadURL(PRINT_URL);
        return window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      })(),
      PRINT_TIMEOUT_MS,
    );
    return new Uint8Array(pdf);
  } finally {
    pendingHtml = '';
    window.destroy();
  }
}
