import { ARCHIVE_EXTENSION } from '../../shared/archive/archive-format';

export { ARCHIVE_EXTENSION };

export function isArchivePath(value: string): boolean {
  return !value.startsWith('-') && value.toLowerCase().endsWith(`.${ARCHIVE_EXTENSION}`);
}

/**
 * The archive a double-click asked to open: Windows and Linux pass its path on the command line,
 * after the executable, the app folder in development, and any Chromium switches.
 */
export function archivePathFromArgv(argv: readonly string[]): string | null {
  return argv.slice(1).findLast(isArchivePath) ?? null;
}

export interface OpenedPathQueue {
  open(filePath: string): void;
  /** Called once the window exists; hands over every path that arrived before it. */
  ready(): void;
}

/** macOS reports a double-clicked file before the app is ready, so paths wait until there is a window. */
export function createOpenedPathQueue(handle: (filePath: string) => void): OpenedPathQueue {
  let pending: string[] | null = [];
  return {
    open(filePath) {
      if (pending) pending.push(filePath);
      else handle(filePath);
    },
    ready() {
      const waiting = pending ?? [];
      pending = null;
      for (const filePath of waiting) handle(filePath);
    },
  };
}
