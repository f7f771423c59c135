import { createHash, randomUUID, type Hash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { ContentLayoutError, contentLines, createContentLineReader, type TableRows } from '../../../shared/archive/archive-content';
import {
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_MAGIC,
  ArchiveHeader,
  LINES_FORMAT_VERSION,
  MAX_HEADER_BYTES,
  MAX_UNPACK_RATIO,
} from '../../../shared/archive/archive-format';
import type { ArchiveTables } from '../../../shared/archive/archive-tables';
import { readWholeContent, type ContentSink } from '../../../shared/archive/validate-archive';
import { AppError } from '../../../shared/ipc/result';

/*
 * An archive file is three parts:
 *   AUDITWEEK\n                      the magic line
 *   {header JSON}\n                  one line: format and schema versions, app version, the
 *                                    engagement's id, the content's length and SHA-256; spaces may
 *                                    pad it before the line break (the header is written last)
 *   gzip(content)                    version 2: lines (archive-content.ts); version 1: one JSON object
 * The header stays readable with a text viewer; the checksum covers the uncompressed content.
 */

/** The header's fields the writer is given; the rest it measures while writing. */
export type HeaderFields = Omit<ArchiveHeader, 'formatVersion' | 'contentBytes' | 'sha256'>;

export interface ArchiveLimits {
  /** How many times its packed size the content may be (MAX_UNPACK_RATIO). */
  maxUnpackRatio: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = { maxUnpackRatio: MAX_UNPACK_RATIO };

const MAGIC = Buffer.from(ARCHIVE_MAGIC, 'utf8');
/** Unpacked pieces: large enough to read quickly, small enough that a bomb is stopped close to its declared size. */
const UNPACK_CHUNK_BYTES = 64 * 1024;
/** What the writer hands gzip at a time. */
const PACK_BATCH_BYTES = 256 * 1024;

function refuse(reason: string): AppError {
  return new AppError('invalid_archive', `This file cannot be imported: ${reason} Nothing was changed.`);
}

const DAMAGED = 'it is incomplete or damaged (it may have been cut short while copying). Copy it again, or ask for a fresh export.';
const MISMATCH = 'its contents do not match its checksum, so it was damaged or changed after export. Ask for a fresh export.';
const OVERFLOW = 'it unpacks to more than its header says, so it was damaged or changed after export. Ask for a fresh export.';

/** The header this version writes, its fields in a fixed order (the format's first), whatever else `fields` carries. */
function fullHeader(fields: HeaderFields, contentBytes: number, sha256: string): ArchiveHeader {
  const { schemaVersion, appVersion, exportedAt, engagementId } = fields;
  return { formatVersion: ARCHIVE_FORMAT_VERSION, schemaVersion, appVersion, exportedAt, engagementId, contentBytes, sha256 };
}

/** The header line, padded with spaces to `width` bytes when given. */
function headerLine(header: ArchiveHeader, width?: number): Buffer {
  const json = JSON.stringify(header);
  return Buffer.from(`${width === undefined ? json : json.padEnd(width - 1, ' ')}\n`, 'utf8');
}

/** Room for any header this version writes: the longest length and checksum it could hold. */
function reservedHeaderWidth(fields: HeaderFields): number {
  return headerLine(fullHeader(fields, Number.MAX_SAFE_INTEGER, '0'.repeat(64))).length;
}

function contentTables(content: { tables: ArchiveTables }): TableRows[] {
  return Object.entries(content.tables).map(([table, rows]) => ({ table, count: rows.length, rows }));
}

/** A small archive in memory (the sample, tests): the same layout the file writer streams. */
export function encodeArchive(fields: HeaderFields, content: { engagementId: string; tables: ArchiveTables }): Buffer {
  const body = Buffer.from([...contentLines(content.engagementId, contentTables(content))].join(''), 'utf8');
  const header = fullHeader(fields, body.length, createHash('sha256').update(body).digest('hex'));
  return Buffer.concat([MAGIC, headerLine(header), gzipSync(body)]);
}

/**
 * Streams the content's lines into a new archive at `target`: packed as they come, under a
 * temporary name beside it, the header written into the room left for it once the length and
 * checksum are known, flushed to disk and only then renamed, so a file with the chosen name is
 * always a complete archive. `lines` is read once, lazily. Returns the content's length.
 */
export async function writeArchiveFile(target: string, fields: HeaderFields, lines: Iterable<string>): Promise<number> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.partial`);
  const width = reservedHeaderWidth(fields);
  const hash = createHash('sha256');
  let contentBytes = 0;
  function* batches(): Generator<Buffer> {
    let batch: string[] = [];
    let size = 0;
    for (const line of lines) {
      batch.push(line);
      size += line.length;
      if (size < PACK_BATCH_BYTES) continue;
      yield take();
    }
    if (batch.length > 0) yield take();
    function take(): Buffer {
      const bytes = Buffer.from(batch.join(''), 'utf8');
      hash.update(bytes);
      contentBytes += bytes.length;
      batch = [];
      size = 0;
      return bytes;
    }
  }
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx');
    writeSync(fd, Buffer.concat([MAGIC, Buffer.alloc(width, ' ')]));
    await pipeline(Readable.from(batches()), createGzip(), createWriteStream('', { fd, start: MAGIC.length + width, autoClose: false }));
    writeSync(fd, headerLine(fullHeader(fields, contentBytes, hash.digest('hex')), width), 0, width, MAGIC.length);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  flushFolder(path.dirname(target));
  return contentBytes;
}

function flushFolder(folder: string): void {
  try {
    const dir = openSync(folder, 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some platforms (Windows) cannot open a folder to flush it; the file itself is on disk.
  }
}

/** The header from a file's first bytes, and where its packed body starts. */
function readHeader(head: Buffer): { header: ArchiveHeader; bodyStart: number } {
  if (head.length < MAGIC.length || !head.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw refuse('it is not an Audit Workshop engagement archive.');
  }
  const end = head.indexOf(0x0a, MAGIC.length);
  if (end < 0 || end - MAGIC.length > MAX_HEADER_BYTES) throw refuse('its header is missing or damaged.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(head.subarray(MAGIC.length, end).toString('utf8'));
  } catch {
    throw refuse('its header is damaged.');
  }
  const header = ArchiveHeader.safeParse(parsed);
  if (!header.success) throw refuse('its header is damaged. Ask for a fresh export.');
  return { header: header.data, bodyStart: end + 1 };
}

/** Refuses, before anything is unpacked, what this version cannot read or must not unpack. */
function checkHeader(header: ArchiveHeader, latestSchemaVersion: number, packedBytes: number, limits: ArchiveLimits): void {
  if (header.formatVersion > ARCHIVE_FORMAT_VERSION || header.schemaVersion > latestSchemaVersion) {
    throw refuse('it was made by a newer version of Audit Workshop. Update the app on this laptop, then import it again.');
  }
  if (header.contentBytes > limits.maxUnpackRatio * Math.max(packedBytes, 1)) {
    throw refuse(
      `its header says it unpacks to more than ${limits.maxUnpackRatio} times its size, which no export of the app does, so it was damaged or made to look like an archive. Ask for a fresh export.`,
    );
  }
}

/**
 * The unpacked content as it arrives: counted against the size the header declares (nothing past
 * it is ever passed on), hashed, and read into the sink. A content whose layout is broken is only
 * called damaged once its checksum matched, so a file changed after export is told as that.
 */
function createUnpacker(header: ArchiveHeader, sink: ContentSink, onBytes?: (done: number, total: number) => void) {
  const hash: Hash = createHash('sha256');
  let total = 0;
  let broken = false;
  const whole: Buffer[] = [];
  const lines = createContentLineReader(sink);
  let partial: Buffer[] = [];

  function readLines(chunk: Buffer): void {
    let from = 0;
    for (let end = chunk.indexOf(0x0a); end >= 0; end = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, end);
      const line = partial.length === 0 ? piece : Buffer.concat([...partial, piece]);
      partial = [];
      from = end + 1;
      lines.line(line.toString('utf8'));
    }
    if (from < chunk.length) partial.push(chunk.subarray(from));
  }

  function decode(chunk: Buffer): void {
    if (broken) return;
    if (header.formatVersion < LINES_FORMAT_VERSION) {
      whole.push(chunk);
      return;
    }
    try {
      readLines(chunk);
    } catch (error) {
      if (!(error instanceof ContentLayoutError)) throw error;
      broken = true;
    }
  }

  return {
    write(chunk: Buffer): void {
      if (total + chunk.length > header.contentBytes) throw refuse(OVERFLOW);
      total += chunk.length;
      hash.update(chunk);
      decode(chunk);
      onBytes?.(total, header.contentBytes);
    },
    end(): void {
      if (total !== header.contentBytes || hash.digest('hex') !== header.sha256) throw refuse(MISMATCH);
      if (!broken && header.formatVersion < LINES_FORMAT_VERSION) {
        let value: unknown;
        try {
          value = JSON.parse(Buffer.concat(whole).toString('utf8'));
        } catch {
          broken = true;
        }
        // Content that parses but is not an archive's is left for the check to name.
        if (!broken) readWholeContent(value, sink);
      } else if (!broken) {
        try {
          if (partial.length > 0) throw new ContentLayoutError('its last line has no line break');
          lines.end();
        } catch (error) {
          if (!(error instanceof ContentLayoutError)) throw error;
          broken = true;
        }
      }
      if (broken) throw refuse('its contents are damaged.');
    },
  };
}

/** Reads an archive held in memory into the sink; returns its header. Throws an invalid_archive AppError saying why not. */
export function readArchiveBytes(bytes: Buffer, latestSchemaVersion: number, sink: ContentSink, limits = DEFAULT_LIMITS): ArchiveHeader {
  const { header, bodyStart } = readHeader(bytes.subarray(0, MAGIC.length + MAX_HEADER_BYTES + 1));
  const body = bytes.subarray(bodyStart);
  checkHeader(header, latestSchemaVersion, body.length, limits);
  let content: Buffer;
  try {
    // No further than the header says: a file claiming a few bytes cannot make the app unpack megabytes first.
    content = gunzipSync(body, { maxOutputLength: Math.max(1, header.contentBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw refuse(OVERFLOW);
    throw refuse(DAMAGED);
  }
  const unpacker = createUnpacker(header, sink);
  unpacker.write(content);
  unpacker.end();
  return header;
}

function unreadable(): AppError {
  return new AppError('invalid_archive', 'This file could not be read. Check that it is still there and that the drive is connected. Nothing was changed.');
}

/**
 * Reads an archive file into the sink as it unpacks, never holding more than a piece of it at a
 * time (the sink decides what it keeps); returns its header. `onBytes` hears how much of the
 * declared content has been unpacked. Throws an invalid_archive AppError saying why not.
 */
export async function readArchiveFile(
  filePath: string,
  latestSchemaVersion: number,
  sink: ContentSink,
  onBytes?: (done: number, total: number) => void,
  limits = DEFAULT_LIMITS,
): Promise<ArchiveHeader> {
  let fd: number;
  let size: number;
  let head: Buffer;
  try {
    fd = openSync(filePath, 'r');
  } catch {
    throw unreadable();
  }
  try {
    size = fstatSync(fd).size;
    head = Buffer.alloc(Math.min(size, MAGIC.length + MAX_HEADER_BYTES + 1));
    readSync(fd, head, 0, head.length, 0);
  } catch {
    closeSync(fd);
    throw unreadable();
  }
  let header: ArchiveHeader;
  let bodyStart: number;
  try {
    ({ header, bodyStart } = readHeader(head));
    checkHeader(header, latestSchemaVersion, size - bodyStart, limits);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const unpacker = createUnpacker(header, sink, onBytes);
  const packed = createReadStream('', { fd, start: bodyStart, highWaterMark: 1024 * 1024 });
  const unpack = createGunzip({ chunkSize: UNPACK_CHUNK_BYTES });
  packed.on('error', (error) => unpack.destroy(error));
  packed.pipe(unpack);
  try {
    for await (const piece of unpack as AsyncIterable<Buffer>) unpacker.write(piece);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // zlib names its refusals Z_…; anything else is the file system failing to read.
    throw String((error as NodeJS.ErrnoException).code).startsWith('Z_') ? refuse(DAMAGED) : unreadable();
  } finally {
    packed.destroy();
  }
  unpacker.end();
  return header;
}
