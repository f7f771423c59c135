import { z } from 'zod';

/** A PostgreSQL role name as the firm's administrator creates it for a consultant. */
export const ConsultantName = z
  .string()
  .trim()
  .regex(/^[a-z_][a-z0-9_.-]{0,62}$/, { message: 'A consultant is named by their database user: lower-case letters, digits, _ . or -, up to 63 characters.' });

/** Where the firm library is; the password is not part of it (the operating system keeps it). */
export const FirmSettings = z.strictObject({
  host: z.string().trim().min(1, { message: 'Enter the server’s host name.' }).max(255),
  port: z.number().int().min(1).max(65_535).default(5432),
  database: z.string().trim().min(1, { message: 'Enter the database name.' }).max(63),
  user: ConsultantName,
  /** verify: TLS with the server's certificate checked against the firm's CA file; off only on a trusted network. */
  tls: z.enum(['verify', 'off']).default('verify'),
  /** The CA file main chose with a dialog; the renderer only ever shows its name. */
  caFile: z.string().max(4096).nullable().default(null),
});
export type FirmSettings = z.infer<typeof FirmSettings>;

export const PilotKind = z
  .string()
  .trim()
  .min(1, { message: 'Say what kind of pilot this is (for example “invoice processing”), so it is compared with the same kind.' })
  .max(100)
  .transform((kind) => kind.toLowerCase().replace(/\s+/g, ' '));

export const PublishChoice = z.strictObject({
  engagementId: z.uuid(),
  pilotKind: PilotKind,
  /** Open to the whole firm, or only to the consultants named (the publisher always sees it). */
  restricted: z.boolean(),
  allowedConsultants: z.array(ConsultantName).max(50).default([]),
  shipped: z.boolean().nullable().default(null),
});
export type PublishChoice = z.infer<typeof PublishChoice>;

export const PublicationState = z.object({
  engagementId: z.string(),
  pilotKind: z.string(),
  restricted: z.boolean(),
  allowedConsultants: z.array(z.string()),
  shipped: z.boolean().nullable(),
  /** Waiting in the outbox: asked for and not yet completed on the server. */
  pending: z.boolean(),
  publishedAt: z.string().nullable(),
  /** Edited on this laptop since the last publish. */
  changedSincePublish: z.boolean(),
  lastError: z.string().nullable(),
});
export type PublicationState = z.infer<typeof PublicationState>;

export const FirmStatus = z.object({
  settings: FirmSettings.nullable(),
  hasPassword: z.boolean(),
  caFileName: z.string().nullable(),
  lastReachedAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type FirmStatus = z.infer<typeof FirmStatus>;

export const MetricBenchmark = z.object({
  metric: z.string(),
  /** Past audits of the same kind with this number. */
  audits: z.number().int(),
  p25: z.number().nullable(),
  median: z.number().nullable(),
  p75: z.number().nullable(),
  /** This pilot's value, and the share (0–1) of those audits below it. */
  value: z.number().nullable(),
  shareBelow: z.number().nullable(),
});
export type MetricBenchmark = z.infer<typeof MetricBenchmark>;

export const Benchmark = z.object({
  pilotKind: z.string(),
  audits: z.number().int(),
  metrics: z.array(MetricBenchmark),
  recommendations: z.record(z.string(), z.number().int()),
  shipped: z.object({ yes: z.number().int(), no: z.number().int(), unknown: z.number().int() }),
  fetchedAt: z.string(),
  /** True when this came from the laptop's cache because the library could not be reached. */
  fromCache: z.boolean(),
});
export type Benchmark = z.infer<typeof Benchmark>;

export const SearchHit = z.object({
  kind: z.enum(['note', 'finding']),
  id: z.string(),
  engagementId: z.string(),
  clientName: z.string(),
  pilotName: z.string(),
  ref: z.string(),
  title: z.string(),
  text: z.string(),
  visibility: z.enum(['client', 'facilitator']),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  /** The words matched so many notes that only the first thousands found were ranked. */
  capped: z.boolean(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const LibraryFinding = z.object({
  title: z.string(),
  area: z.string(),
  kind: z.string(),
  severity: z.string(),
  recommendation: z.string(),
  body: z.string(),
  /** Engagements (that this consultant may see) with a finding of this title. */
  engagements: z.number().int(),
});
export type LibraryFinding = z.infer<typeof LibraryFinding>;

export const SharedTemplate = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  sharedBy: z.string(),
  sharedAt: z.string(),
  dayCount: z.number().int(),
  sessionCount: z.number().int(),
});
export type SharedTemplate = z.infer<typeof SharedTemplate>;
