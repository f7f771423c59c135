import { z } from 'zod';

/** The file extension the operating system associates with the app. */
export const ARCHIVE_EXTENSION = 'auditweek';
/**
 * The format this version writes and the newest it reads. Version 1 held the content as one JSON
 * object; version 2 holds it as lines (archive-content.ts), so neither side ever needs all of it
 * as one string. Both are read.
 */
export const ARCHIVE_FORMAT_VERSION = 2;
/** The first format whose content is lines rather than one JSON object. */
export const LINES_FORMAT_VERSION = 2;
/**
 * Archives written before this schema numbered facilitator-only notes and findings among the
 * client's and carried no finding references; reading one numbers them as today (legacy-references.ts).
 */
export const CLIENT_NUMBERING_SCHEMA = 130;
/** The first line of every archive, so a stray file is recognised before anything else is read. */
export const ARCHIVE_MAGIC = 'AUDITWEEK\n';
/** The header line is short; a file without a line break this early is not an archive. */
export const MAX_HEADER_BYTES = 4096;
/**
 * How many times its packed size an archive may say it unpacks to. The app's exports unpack to
 * about six times their size (measured: 5.6 for 20,000 generated notes); gzip can reach a
 * thousand, which only a crafted file (a "zip bomb") or pages of pasted repetition come near. With the header's declared size, which unpacking never
 * goes past, this bounds what a small file can make the app unpack.
 */
export const MAX_UNPACK_RATIO = 100;

/** The uncompressed second line: what the archive is, before its content is unpacked. */
export const ArchiveHeader = z.strictObject({
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(0),
  appVersion: z.string().max(100),
  exportedAt: z.iso.datetime({ offset: false }),
  engagementId: z.uuid(),
  /** Length of the uncompressed content, in bytes. */
  contentBytes: z.number().int().min(0),
  /** SHA-256 of the uncompressed content, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ArchiveHeader = z.infer<typeof ArchiveHeader>;

/** The file name offered when saving, from the client and pilot, safe on every file system. */
export function suggestedArchiveName(clientName: string, pilotName: string, weekStart: string): string {
  const safe = `${clientName} ${pilotName}`.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/ /g, '-').slice(0, 80) || 'engagement';
  return `${safe}-${weekStart}.${ARCHIVE_EXTENSION}`;
}
