import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

/** The names of every entry in a zip file (a .docx is one). */
export function zipEntries(file: string): string[] {
  return Object.keys(unzipSync(readFileSync(file)));
}

/** The bytes of one entry. */
export function zipEntry(file: string, name: string): Buffer {
  const entry = unzipSync(readFileSync(file), { filter: (f) => f.name === name })[name];
  if (!entry) throw new Error(`${name} is not in ${file}`);
  return Buffer.from(entry);
}

/** The text of every entry whose name matches, joined: e.g. all of a Word file's XML parts. */
export function zipText(file: string, names: RegExp): string {
  const entries = unzipSync(readFileSync(file), { filter: (f) => names.test(f.name) });
  return Object.values(entries)
    .map((bytes) => new TextDecoder().decode(bytes))
    .join('\n');
}
