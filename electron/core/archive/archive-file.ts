import { createHash, randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_MAGIC,
  ArchiveHeader,
  MAX_CONTENT_BYTES,
  MAX_HEADER_BYTES,
} from '../../../shared/archive/archive-format';
import type { ArchiveContent } from '../../../shared/archive/validate-archive';
import { AppError } from '../../../shared/ipc/result';

/*
 * An archive file is three parts:
 *   AUDITWEEK\n                      the magic line
 *   {header JSON}\n                  one line: format and schema versions, app version, the
 *                                    engagement's id, the content's length and SHA-256
 *   gzip(content JSON)               { engagementId, tables: { table: [row, …] } }
 * The header stays readable with a text viewer; the checksum covers the uncompressed content.
 */

export interface ArchiveLimits {
  maxContentBytes: number;
}

function refuse(reason: string): AppError {
  return new AppError('invalid_archive', `This file cannot be imported: ${reason} Nothing was changed.`);
}

export function encodeArchive(header: Omit<ArchiveHeader, 'contentBytes' | 'sha256' | 'formatVersion'>, content: ArchiveContent): Buffer {
  const json = Buffer.from(JSON.stringify(content), 'utf8');
  const full: ArchiveHeader = {
    formatVersion: ARCHIVE_FORMAT_VERSION,
    ...header,
    contentBytes: json.length,
    sha256: createHash('sha256').update(json).digest('hex'),
  };
  return Buffer.concat([Buffer.from(ARCHIVE_MAGIC, 'utf8'), Buffer.from(`${JSON.stringify(full)}\n`, 'utf8'), gzipSync(json)]);
}

function readHeader(bytes: Buffer): { header: ArchiveHeader; body: Buffer } {
  const magic = Buffer.from(ARCHIVE_MAGIC, 'utf8');
  if (bytes.length < magic.length || !bytes.subarray(0, magic.length).equals(magic)) {
    throw refuse('it is not an Audit Workshop engagement archive.');
  }
  const end = bytes.indexOf(0x0a, magic.length);
  if (end < 0 || end - magic.length > MAX_HEADER_BYTES) throw refuse('its header is missing or damaged.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.subarray(magic.length, end).toString('utf8'));
  } catch {
    throw refuse('its header is damaged.');
  }
  const header = ArchiveHeader.safeParse(parsed);
  if (!header.success) throw refuse('its header is damaged. Ask for a fresh export.');
  return { header: header.data, body: bytes.subarray(end + 1) };
}

/**
 * Checks the header, unpacks at most the size the header declares, itself within the limit (a
 * crafted file cannot make it allocate more)
 * and verifies length and checksum. Throws an invalid_archive AppError saying why.
 */
export function decodeArchive(bytes: Buffer, latestSchemaVersion: number, limits: ArchiveLimits = { maxContentBytes: MAX_CONTENT_BYTES }): { header: ArchiveHeader; content: unknown } {
  const { header, body } = readHeader(bytes);
  if (header.formatVersion > ARCHIVE_FORMAT_VERSION || header.schemaVersion > latestSchemaVersion) {
    throw refuse('it was made by a newer version of Audit Workshop. Update the app on this laptop, then import it again.');
  }
  if (header.contentBytes > limits.maxContentBytes) throw refuse('it is larger than the app can safely unpack.');
  let json: Buffer;
  try {
    // No further than the header says: a file claiming a few bytes cannot make the app unpack megabytes first.
    json = gunzipSync(body, { maxOutputLength: Math.max(1, header.contentBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw refuse('it unpacks to more than its header says, so it was damaged or changed after export. Ask for a fresh export.');
    }
    throw refuse('it is incomplete or damaged (it may have been cut short while copying). Copy it again, or ask for a fresh export.');
  }
  if (json.length !== header.contentBytes || createHash('sha256').update(json).digest('hex') !== header.sha256) {
    throw refuse('its contents do not match its checksum, so it was damaged or changed after export. Ask for a fresh export.');
  }
  try {
    return { header, content: JSON.parse(json.toString('utf8')) as unknown };
  } catch {
    throw refuse('its contents are damaged.');
  }
}

/**
 * Writes the whole file under a temporary name beside the target, flushes it to disk and only
 * then renames it, so a file with the chosen name is always a complete archive.
 */
export function writeFileAtomically(target: string, bytes: Buffer): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.partial`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  try {
    const dir = openSync(path.dirname(target), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some platforms (Windows) cannot open a folder to flush it; the file itself is on disk.
  }
}
