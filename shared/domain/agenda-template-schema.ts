import { z } from 'zod';
import { requiredText } from './common';
import { MAX_DAYS } from './limits';
import { AuditAreaSchema, ClockTime, GuidingQuestion, SessionKind } from './session';

/** A template as stored and exchanged: the same shape as AgendaTemplate, validated. */
export const TemplateSessionSchema = z.object({
  title: z.string().min(1),
  kind: SessionKind,
  area: AuditAreaSchema.nullable(),
  start: ClockTime,
  end: ClockTime,
  goal: z.string(),
  questions: z.array(GuidingQuestion),
});

export const TemplateDaySchema = z.object({
  title: z.string(),
  area: AuditAreaSchema.nullable(),
  sessions: z.array(TemplateSessionSchema),
});

export const BUILTIN_TEMPLATE_ID = 'standard-week';

export const AgendaTemplateSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
  dayCount: z.number().int(),
  sessionCount: z.number().int(),
});
export type AgendaTemplateSummary = z.infer<typeof AgendaTemplateSummary>;

export const TemplateChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), id: z.string().min(1) }),
  z.object({ kind: z.literal('blank'), dayCount: z.number().int().min(1).max(MAX_DAYS).default(5) }),
]);
export type TemplateChoice = z.infer<typeof TemplateChoice>;

export const SaveTemplateInput = z.object({
  engagementId: z.uuid(),
  name: requiredText('Template name', 120),
  description: z.string().trim().max(1000).default(''),
});
