import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface PageFile {
  body: Buffer;
  type: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The built participant and scribe pages, read into memory when the room starts: the server
 * answers only these known paths, so no request can name a file of its own choosing.
 * Source maps stay behind. A missing folder (pages not built) serves nothing.
 */
export function loadRoomPages(folder: string): Map<string, PageFile> {
  const files = new Map<string, PageFile>();
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return files;
    throw error;
  }
  for (const entry of entries) {
    const type = TYPES[path.extname(entry.name)];
    if (!entry.isFile() || !type) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(`/${path.relative(folder, full).split(path.sep).join('/')}`, { body: readFileSync(full), type });
  }
  return files;
}
