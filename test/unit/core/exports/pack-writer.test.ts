import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName, writePack, type PackProgress } from '../../../../electron/core/exports/pack-writer';
import { AppError } from '../../../../shared/ipc/result';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('writePack', () => {
  it('writes every file into a new subfolder, reporting progress, and a second export gets its own folder', async () => {
    const parent = tempDir();
    const progress: PackProgress[] = [];
    const files = [
      { name: 'a.txt', build: async () => 'first' },
      { name: 'b.bin', build: async () => new Uint8Array([1, 2, 3]) },
      { name: 'c.md', build: async () => 'third' },
    ];
    const result = await writePack(parent, 'Acme: 2026/03?', files, (p) => progress.push(p));
    expect(result).toEqual({ folderName: 'Acme 2026 03', files: ['a.txt', 'b.bin', 'c.md'] });
    expect(readFileSync(path.join(parent, 'Acme 2026 03', 'a.txt'), 'utf8')).toBe('first');
    expect(readdirSync(path.join(parent, 'Acme 2026 03')).sort()).toEqual(['a.txt', 'b.bin', 'c.md']);
    // Two files are made at a time, started in order: the second starts before the first is done,
    // and the third once a lane is free (here both finished in the same turn).
    expect(progress).toEqual([
      { done: 0, total: 3, file: 'a.txt' },
      { done: 0, total: 3, file: 'b.bin' },
      { done: 2, total: 3, file: 'c.md' },
      { done: 3, total: 3, file: null },
    ]);
    expect((await writePack(parent, 'Acme: 2026/03?', files, () => {})).folderName).toBe('Acme 2026 03 (2)');
  });

  it('removes everything it wrote when a file fails half-way, and says what to do', async () => {
    const parent = tempDir();
    const files = [
      { name: 'ok.txt', build: async () => 'fine' },
      { name: 'broken.pdf', build: async () => Promise.reject(new Error('printing took longer than 60 seconds')) },
    ];
    const failure = writePack(parent, 'Acme', files, () => {});
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toThrow(/“broken.pdf” could not be made \(printing took longer than 60 seconds\).*Nothing was left behind/);
    await expect(failure).rejects.not.toThrow(/Choose a folder you can write to/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('after a failure starts no further file and lets the one under way finish before removing the folder', async () => {
    const parent = tempDir();
    let finishSlow: () => void = () => undefined;
    const slowWritten = new Promise<void>((resolve) => (finishSlow = resolve));
    const started: string[] = [];
    const files = [
      { name: 'slow.pdf', build: async () => (started.push('slow.pdf'), await slowWritten, 'slow') },
      { name: 'broken.docx', build: async () => (started.push('broken.docx'), Promise.reject(new Error('the template is damaged'))) },
      { name: 'never.csv', build: async () => (started.push('never.csv'), 'never') },
    ];
    let settled = false;
    const failure = writePack(parent, 'Acme', files, () => {}).finally(() => (settled = true));
    await expect.poll(() => started).toEqual(['slow.pdf', 'broken.docx']);
    expect(settled).toBe(false);
    finishSlow();
    await expect(failure).rejects.toThrow(/“broken.docx” could not be made \(the template is damaged\)/);
    expect(started).toEqual(['slow.pdf', 'broken.docx']);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('records the pack once every file is whole, and removes the pack when the record cannot be kept', async () => {
    const parent = tempDir();
    const files = [{ name: 'a.txt', build: async () => 'first' }];
    const recorded: unknown[] = [];
    await writePack(parent, 'Kept', files, () => {}, (written) => recorded.push({ ...written, onDisk: readdirSync(path.join(parent, written.folderName)) }));
    expect(recorded).toEqual([{ folderName: 'Kept', files: ['a.txt'], onDisk: ['a.txt'] }]);

    const progress: PackProgress[] = [];
    const unrecorded = writePack(parent, 'Unrecorded', files, (p) => progress.push(p), () => {
      throw new Error('database is locked');
    });
    await expect(unrecorded).rejects.toThrow('database is locked');
    expect(readdirSync(parent)).toEqual(['Kept']);
    expect(progress.map((p) => p.file)).toEqual(['a.txt']);
  });

  it('refuses a folder that is missing or is a file, writing nothing', async () => {
    const parent = tempDir();
    const file = path.join(parent, 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(writePack(path.join(parent, 'gone'), 'Acme', [], () => {})).rejects.toThrow(/the folder no longer exists/);
    await expect(writePack(file, 'Acme', [], () => {})).rejects.toThrow(/could not be written/);
    expect(readdirSync(parent)).toEqual(['not-a-folder']);
  });

  it('makes any client name a safe folder name', () => {
    expect(safeFileName('  <Acme>  "Freight" | Co.  ')).toBe('Acme Freight Co');
    expect(safeFileName('///')).toBe('Engagement');
  });
});
