import { z } from 'zod';

/** The file extension the operating system associates with the app. */
export const ARCHIVE_EXTENSION = 'auditweek';
/** The format this version writes and the newest it reads. */
export const ARCHIVE_FORMAT_VERSION = 1;
/**
 * Archives written before this schema numbered facilitator-only notes and findings among the
 * client's and carried no finding references; reading one numbers them as today (legacy-references.ts).
 */
export const CLIENT_NUMBERING_SCHEMA = 130;
/** The first line of every archive, so a stray file is recognised before anything else is read. */
export const ARCHIVE_MAGIC = 'AUDITWEEK\n';
/** The header line is short; a file without a line break this early is not an archive. */
export const MAX_HEADER_BYTES = 4096;
/** The largest engagement the app will unpack, so a crafted file cannot exhaust memory. */
export const MAX_CONTENT_BYTES = 200 * 1024 * 1024;

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
