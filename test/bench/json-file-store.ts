import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import type { Note } from '../../shared/domain/note';

/**
 * The common electron-store approach, kept naive on purpose: every change serialises the whole
 * collection (tab-indented, as electron-store does) and replaces the file atomically, fsynced so
 * the save is as durable as our synchronous=FULL commit.
 */
export function createJsonFileStore(filePath: string, initial: Note[]) {
  const notes = [...initial];
  const write = () => {
    const tmp = `${filePath}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, JSON.stringify({ notes }, undefined, '\t'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, filePath);
  };
  write();
  return {
    add(note: Note): void {
      notes.push(note);
      write();
    },
  };
}
