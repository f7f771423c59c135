import { spawnSync } from 'node:child_process';

/** The programs some checks read exported files with, and how to get each. */
const TOOLS = {
  pdftotext: 'poppler (Debian: apt-get install poppler-utils; macOS: brew install poppler)',
  pdftoppm: 'poppler (Debian: apt-get install poppler-utils; macOS: brew install poppler)',
  pdfimages: 'poppler (Debian: apt-get install poppler-utils; macOS: brew install poppler)',
  pdffonts: 'poppler (Debian: apt-get install poppler-utils; macOS: brew install poppler)',
  soffice: 'LibreOffice (Debian: apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice)',
  python3: 'Python 3 (Debian: apt-get install python3; macOS: brew install python)',
} as const;
export type ExternalTool = keyof typeof TOOLS;

const found = new Map<ExternalTool, boolean>();

function installed(tool: ExternalTool): boolean {
  let known = found.get(tool);
  if (known === undefined) {
    // Every one of them answers -v or --version; a missing program fails to spawn at all.
    known = spawnSync(tool, [tool === 'soffice' || tool === 'python3' ? '--version' : '-v'], { stdio: 'ignore' }).error === undefined;
    found.set(tool, known);
  }
  return known;
}

/**
 * Why a check cannot run here, or null when every tool it reads files with is installed. The
 * reason is also printed, so a run on a machine without poppler or LibreOffice says in its own
 * output what it did not check, not only in a skipped count.
 */
export function missingTools(check: string, ...tools: ExternalTool[]): string | null {
  const missing = tools.filter((tool) => !installed(tool));
  if (missing.length === 0) return null;
  const reason = `Not checked (${check}): ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not installed; install ${[...new Set(missing.map((t) => TOOLS[t]))].join(', ')}.`;
  console.warn(reason);
  return reason;
}
