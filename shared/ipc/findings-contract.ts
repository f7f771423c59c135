import { z } from 'zod';
import { Id } from '../domain/common';
import { Finding, FindingCreateInput, FindingMove, FindingMoveInput, FindingPlacement, FindingUpdateInput } from '../domain/finding';
import { AuditAreaSchema } from '../domain/session';
import { MAX_DAYS } from '../domain/limits';
import type { ContractSection } from './contract-types';

const Link = z.object({ findingId: Id, noteId: Id });

export const findingsContract = {
  'findings:list': { input: z.object({ engagementId: Id }), output: z.array(Finding) },
  'findings:create': { input: FindingCreateInput, output: Finding },
  'findings:update': { input: FindingUpdateInput, output: Finding },
  'findings:move': { input: FindingMoveInput, output: z.array(FindingPlacement) },
  'findings:sort-cell': {
    input: z.object({ engagementId: Id, area: AuditAreaSchema, day: z.number().int().min(1).max(MAX_DAYS) }),
    output: z.array(FindingPlacement),
  },
  'findings:delete': { input: z.object({ id: Id }), output: Finding },
  'findings:restore': { input: z.object({ id: Id }), output: Finding },
  'findings:promote-note': {
    /** The area is needed only when the note has none. */
    input: z.object({ noteId: Id, area: AuditAreaSchema.nullable().default(null) }),
    output: Finding,
  },
  'findings:link-note': { input: Link, output: Finding },
  'findings:unlink-note': { input: Link, output: Finding },
  'findings:for-note': { input: z.object({ noteId: Id }), output: z.array(z.object({ id: Id, title: z.string() })) },
  'findings:history': { input: z.object({ id: Id }), output: z.array(FindingMove) },
} satisfies ContractSection;
