import { accessSync, constants, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';

export interface PackFile {
  name: string;
  build: () => Promise<Uint8Array | string>;
}

export interface PackProgress {
  done: number;
  total: number;
  /** The file being written, or null once all are written. */
  file: string | null;
}

/** A folder or file name every desktop system accepts, from any client name. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned.slice(0, 80) || 'Engagement';
}

function cannotWrite(folder: string, reason: string): AppError {
  return new AppError(
    'export_failed',
    `The files could not be written to “${path.basename(folder) || folder}”: ${reason}. Nothing was left behind there. Choose a folder you can write to (for example your Documents folder) and try again.`,
  );
}

/** Rendering a file failed (the printer, a picture): not the folder's fault, so the words do not blame it. */
function cannotMake(parent: string, fileName: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError(
    'export_failed',
    `“${fileName}” could not be made (${reason}), so the export stopped. Nothing was left behind in “${path.basename(parent) || parent}”. Try the export again; if it fails again, restart the app.`,
  );
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'you do not have permission to write there';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'the folder no longer exists';
  return error instanceof Error ? error.message : String(error);
}

function createSubfolder(parent: string, name: string): string {
  for (let n = 1; n < 100; n++) {
    const candidate = path.join(parent, n === 1 ? name : `${name} (${n})`);
    try {
      mkdirSync(candidate);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error('too many exports with that name already');
}

/**
 * Builds and writes the files two at a time, started in order: a PDF or a picture is drawn by
 * another process (Chromium) while the next file's own work (a Word file, a deck, a CSV) runs here,
 * so the pack takes about as long as its drawing rather than the sum of everything. After a
 * failure no further file starts, and the ones under way are let finish before the error is
 * passed on, so nothing is still writing into a folder being removed.
 */
async function buildTwoAtATime(files: readonly PackFile[], starting: (file: PackFile) => void, make: (file: PackFile) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const lane = async (): Promise<void> => {
    while (next < files.length && failures.length === 0) {
      const file = files[next++]!;
      starting(file);
      try {
        await make(file);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all([lane(), lane()]);
  if (failures.length > 0) throw failures[0];
}

export interface WrittenPack {
  folderName: string;
  files: string[];
}

/**
 * Writes the files into a new subfolder of `parent`. Each file goes to a hidden temporary name
 * first and is renamed once complete, so a file with its real name is always whole. On any
 * failure the subfolder this run created is removed with everything in it, and the error says
 * what to do. `record` runs once every file is whole; if it throws, the subfolder goes too and
 * its error is passed on, so no pack is left behind without its record.
 */
export async function writePack(
  parent: string,
  subfolderName: string,
  files: readonly PackFile[],
  onProgress: (p: PackProgress) => void,
  record: (written: WrittenPack) => void = () => undefined,
): Promise<WrittenPack> {
  try {
    if (!statSync(parent).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(parent, constants.W_OK);
  } catch (error) {
    throw cannotWrite(parent, reasonOf(error));
  }
  let folder: string;
  try {
    folder = createSubfolder(parent, safeFileName(subfolderName));
  } catch (error) {
    throw cannotWrite(parent, reasonOf(error));
  }
  const written = new Set<string>();
  try {
    await buildTwoAtATime(files, (file) => onProgress({ done: written.size, total: files.length, file: file.name }), async (file) => {
      let content: Uint8Array | string;
      try {
        content = await file.build();
      } catch (error) {
        throw cannotMake(parent, file.name, error);
      }
      const temporary = path.join(folder, `.${file.name}.partial`);
      writeFileSync(temporary, content, { flag: 'wx' });
      renameSync(temporary, path.join(folder, file.name));
      written.add(file.name);
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    throw cannotWrite(parent, reasonOf(error));
  }
  const pack = { folderName: path.basename(folder), files: files.map((file) => file.name).filter((name) => written.has(name)) };
  try {
    record(pack);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  onProgress({ done: files.length, total: files.length, file: null });
  return pack;
}
