import { z } from 'zod';
import { Id, IsoDate, RowMeta, optionalText, requiredText } from './common';
import { BUILTIN_TEMPLATE_ID, TemplateChoice } from './agenda-template-schema';
import { MAX_DAYS, MIN_DAYS } from './limits';
import { patchOf } from './update-schema';

export const ENGAGEMENT_STATUSES = ['planned', 'in-progress', 'complete'] as const;
export const EngagementStatus = z.enum(ENGAGEMENT_STATUSES);
export type EngagementStatus = z.infer<typeof EngagementStatus>;


const nonNegative = (label: string) =>
  z.number({ message: `${label} must be a number.` }).finite().min(0, { message: `${label} cannot be negative.` });

/** The pilot's numbers as the client states them; each is optional until the client gives it. */
export const PilotNumbers = z.object({
  accuracyPct: nonNegative('Accuracy')
    .max(100, { message: 'Accuracy cannot be above 100 %.' })
    .nullable(),
  pilotVolumePerDay: nonNegative('Pilot volume per day').nullable(),
  productionVolumePerDay: nonNegative('Production volume per day').nullable(),
  costPerQuery: nonNegative('Cost per query').nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'Currency must be a three-letter code such as EUR or USD.' }),
});
export type PilotNumbers = z.infer<typeof PilotNumbers>;

export const EMPTY_PILOT_NUMBERS: PilotNumbers = {
  accuracyPct: null,
  pilotVolumePerDay: null,
  productionVolumePerDay: null,
  costPerQuery: null,
  currency: 'EUR',
};

export const Engagement = RowMeta.extend({
  clientName: z.string(),
  pilotName: z.string(),
  pilotDescription: z.string(),
  facilitators: z.array(z.string()),
  venue: z.string(),
  weekStart: IsoDate,
  dayCount: z.number().int().min(MIN_DAYS).max(MAX_DAYS),
  status: EngagementStatus,
  pilot: PilotNumbers,
  archivedAt: z.string().nullable(),
});
export type Engagement = z.infer<typeof Engagement>;

export const EngagementCreateInput = z.object({
  clientName: requiredText('Client name'),
  pilotName: requiredText('Pilot name'),
  weekStart: IsoDate,
  template: TemplateChoice.default({ kind: 'template', id: BUILTIN_TEMPLATE_ID }),
});
export type EngagementCreateInput = z.input<typeof EngagementCreateInput>;

export const EngagementRenameInput = z.object({
  id: Id,
  clientName: requiredText('Client name'),
  pilotName: requiredText('Pilot name'),
});

/** Everything the setup screen edits. */
const EngagementSetupFields = z.object({
  clientName: requiredText('Client name'),
  pilotName: requiredText('Pilot name'),
  pilotDescription: optionalText('Description', 4000),
  facilitators: z.array(requiredText('Facilitator name', 120)).max(10, { message: 'At most 10 facilitators.' }),
  venue: optionalText('Venue', 200),
  weekStart: IsoDate,
  dayCount: z
    .number({ message: 'Number of days must be a number.' })
    .int({ message: 'Number of days must be a whole number.' })
    .min(MIN_DAYS, { message: `An engagement has at least ${MIN_DAYS} day.` })
    .max(MAX_DAYS, { message: `An engagement has at most ${MAX_DAYS} days.` }),
  status: EngagementStatus,
  pilot: patchOf(PilotNumbers),
});

/** A save of the setup screen: the fields it names, and of the pilot's numbers only those it names. */
export const EngagementSetupInput = patchOf(EngagementSetupFields).extend({ id: Id });
export type EngagementSetupInput = z.input<typeof EngagementSetupInput>;

export const EngagementIdInput = z.object({ id: Id });

export const EngagementListInput = z.object({ includeArchived: z.boolean().default(false) });

