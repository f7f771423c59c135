import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

/**
 * Makes a folder unwritable even for root (who ignores permission bits): the immutable attribute
 * where the file system has it, else read-only permissions. Returns the undo.
 */
export function lock(folder: string): () => void {
  if (process.getuid?.() === 0 && spawnSync('chattr', ['+i', folder]).status === 0) return () => void spawnSync('chattr', ['-i', folder]);
  chmodSync(folder, 0o555);
  return () => chmodSync(folder, 0o755);
}
