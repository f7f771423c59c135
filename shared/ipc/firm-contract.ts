import { z } from 'zod';
import { Benchmark, ConsultantName, FirmSettings, FirmStatus, LibraryFinding, PublicationState, PublishChoice, SearchResult, SharedTemplate } from '../firm/firm-schemas';
import { AgendaTemplateSummary } from '../domain/agenda-template-schema';
import type { ContractSection } from './contract-types';

const AdminLogin = z.strictObject({ user: z.string().trim().min(1).max(63), password: z.string().min(1).max(1000) });

const EngagementRef = z.strictObject({ engagementId: z.uuid() });

export const firmContract = {
  'firm:status': { input: z.strictObject({}), output: FirmStatus },
  /** Where the library is; a password given replaces the one the operating system keeps, null leaves it. */
  'firm:save-settings': {
    input: z.strictObject({ settings: FirmSettings.omit({ caFile: true }), password: z.string().min(1).max(1000).nullable() }),
    output: FirmStatus,
  },
  /** Main shows a file dialog for the firm's CA certificate; the path stays in main. */
  'firm:choose-ca-file': { input: z.strictObject({}), output: FirmStatus },
  'firm:forget-password': { input: z.strictObject({}), output: FirmStatus },
  'firm:test': { input: z.strictObject({}), output: FirmStatus },
  'firm:publish': { input: PublishChoice, output: PublicationState },
  'firm:publish-pending': { input: z.strictObject({}), output: z.object({ published: z.number().int(), failed: z.number().int() }) },
  'firm:publication': { input: EngagementRef, output: PublicationState.nullable() },
  'firm:benchmark': { input: EngagementRef, output: Benchmark },
  'firm:search': { input: z.strictObject({ query: z.string().trim().min(1, { message: 'Type what to search for.' }).max(500) }), output: SearchResult },
  'firm:recurring-findings': { input: z.strictObject({ filter: z.string().trim().max(500).default('') }), output: z.array(LibraryFinding) },
  /** The administrator runs the library's migrations with their own role; the password is not kept. */
  'firm:admin-migrate': { input: z.strictObject({ admin: AdminLogin }), output: z.object({ from: z.number().int(), to: z.number().int() }) },
  'firm:admin-add-consultant': {
    input: z.strictObject({ admin: AdminLogin, consultant: ConsultantName, password: z.string().min(8, { message: 'A consultant’s password has at least 8 characters.' }).max(1000) }),
    output: z.object({}),
  },
  'firm:share-template': { input: z.strictObject({ templateId: z.string().min(1).max(100) }), output: z.array(SharedTemplate) },
  'firm:shared-templates': { input: z.strictObject({}), output: z.array(SharedTemplate) },
  /** Copies a shared template into this laptop's own templates. */
  'firm:use-shared-template': { input: z.strictObject({ id: z.uuid() }), output: AgendaTemplateSummary },
} satisfies ContractSection;
