import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { sortableStamp } from '../backups/backup-files';

const COMPANIONS = ['', '-wal', '-shm'] as const;

/**
 * Renames the database file and its -wal/-shm to `<name>.<label>-<stamp><ext>` in the same folder,
 * so nothing is deleted or overwritten and a fresh file can take its place. Returns the new
 * name of the main file, or null when there was no file to move.
 */
export function moveAside(dbPath: string, label: string, at: Date): string | null {
  const ext = path.extname(dbPath);
  const target = path.join(path.dirname(dbPath), `${path.basename(dbPath, ext)}.${label}-${sortableStamp(at)}${ext}`);
  for (const suffix of COMPANIONS) {
    if (existsSync(`${target}${suffix}`)) {
      throw new Error(`Refusing to move the data file aside: ${path.basename(target)}${suffix} already exists.`);
    }
  }
  const mainExists = existsSync(dbPath);
  for (const suffix of COMPANIONS) {
    if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, `${target}${suffix}`);
  }
  return mainExists ? target : null;
}
