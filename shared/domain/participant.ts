import { z } from 'zod';
import { Id, RowMeta, optionalText, requiredText } from './common';
import { MAX_DAYS } from './limits';
import { patchOf } from './update-schema';

export const PARTICIPANT_FUNCTIONS = [
  'sponsor',
  'business-owner',
  'operator',
  'end-user',
  'product',
  'data-ml',
  'it-integration',
  'security-compliance',
  'finance',
  'other',
] as const;
export const ParticipantFunction = z.enum(PARTICIPANT_FUNCTIONS, { message: 'Choose the participant’s function.' });
export type ParticipantFunction = z.infer<typeof ParticipantFunction>;

export const PARTICIPANT_FUNCTION_LABELS: Record<ParticipantFunction, string> = {
  sponsor: 'Sponsor',
  'business-owner': 'Business owner',
  operator: 'Operator',
  'end-user': 'End user',
  product: 'Product',
  'data-ml': 'Data / ML',
  'it-integration': 'IT / integration',
  'security-compliance': 'Security / compliance',
  finance: 'Finance',
  other: 'Other',
};

const DaysAttended = z
  .array(z.number().int().min(1).max(MAX_DAYS), { message: 'Days attended must be a list of day numbers.' })
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

export const ParticipantFields = z.object({
  name: requiredText('Name', 120),
  title: optionalText('Title', 120).default(''),
  organisation: optionalText('Organisation', 120).default(''),
  function: ParticipantFunction,
  daysAttended: DaysAttended.default([]),
  contact: optionalText('Contact', 200).default(''),
});

export const Participant = RowMeta.extend({
  engagementId: Id,
  name: z.string(),
  title: z.string(),
  organisation: z.string(),
  function: ParticipantFunction,
  daysAttended: z.array(z.number().int()),
  contact: z.string(),
});
export type Participant = z.infer<typeof Participant>;

export const ParticipantCreateInput = ParticipantFields.extend({ engagementId: Id });
export const ParticipantUpdateInput = patchOf(ParticipantFields).extend({ id: Id });
export type ParticipantCreateInput = z.input<typeof ParticipantCreateInput>;
