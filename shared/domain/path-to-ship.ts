import { z } from 'zod';
import { CriterionId } from './assessment';
import { Id, IsoDate, RowMeta, optionalText, requiredText } from './common';
import { patchOf } from './update-schema';

export const DECISIONS = ['go', 'conditional-go', 'pivot', 'stop'] as const;
export const Decision = z.enum(DECISIONS, { message: 'Choose go, conditional go, pivot or stop.' });
export type Decision = z.infer<typeof Decision>;

export const DECISION_LABELS: Record<Decision, string> = {
  go: 'Go',
  'conditional-go': 'Conditional go',
  pivot: 'Pivot',
  stop: 'Stop',
};

/** The fixed responsibilities of the operating model; integration adds one row per named system. */
export const OPERATING_RESPONSIBILITIES = ['monitoring', 'retraining', 'edge-case-review', 'incident-response', 'budget', 'integration'] as const;
export const Responsibility = z.enum(OPERATING_RESPONSIBILITIES);
export type Responsibility = z.infer<typeof Responsibility>;

/** One letter per participant per responsibility; "AR" is the accountable person who also does the work. */
export const RACI_ROLES = ['R', 'A', 'AR', 'C', 'I'] as const;
export const RaciRole = z.enum(RACI_ROLES, { message: 'Choose R, A, A/R, C or I.' });
export type RaciRole = z.infer<typeof RaciRole>;

/** Weeks are counted from the decision, so the plan holds when the decision date moves. */
export const MAX_TARGET_WEEK = 156;

const CriterionIds = z
  .array(CriterionId)
  .max(50)
  .transform((ids) => [...new Set(ids)]);

/** Findings of the same engagement; the service checks they exist and are not deleted. */
const FindingIds = z
  .array(Id)
  .max(100, { message: 'At most 100 linked findings.' })
  .transform((ids) => [...new Set(ids)]);

const TextList = (label: string) =>
  z
    .array(z.string().trim().max(500, { message: `Each ${label} must be at most 500 characters.` }))
    .max(30, { message: `At most 30 ${label}s.` })
    .transform((items) => items.filter((item) => item !== ''));

export const DecidedByName = requiredText('Who decided', 120);

export const DecidedBy = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), participantId: Id }),
  z.object({ kind: z.literal('name'), name: DecidedByName }),
  z.object({ kind: z.literal('nobody') }),
]);
export type DecidedBy = z.infer<typeof DecidedBy>;

export const Recommendation = RowMeta.extend({
  engagementId: Id,
  decision: Decision,
  rationale: z.string(),
  conditions: z.array(z.string()),
  criterionIds: z.array(CriterionId),
  /** Live findings only: a deleted finding drops out and comes back with its undo. */
  findingIds: z.array(Id),
  decidedBy: DecidedBy,
  decidedOn: IsoDate.nullable(),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const Phase = RowMeta.extend({
  engagementId: Id,
  position: z.number().int().min(0),
  name: z.string(),
  milestones: z.array(z.string()),
  ownerId: Id.nullable(),
  targetWeek: z.number().int().min(1).max(MAX_TARGET_WEEK),
  exitCriteria: z.array(z.string()),
  criterionIds: z.array(CriterionId),
  findingIds: z.array(Id),
});
export type Phase = z.infer<typeof Phase>;

export const IntegrationSystem = RowMeta.extend({
  engagementId: Id,
  name: z.string(),
  position: z.number().int().min(0),
});
export type IntegrationSystem = z.infer<typeof IntegrationSystem>;

export const RaciAssignment = z.object({
  responsibility: Responsibility,
  /** Set only for "integration": which system the row is about. */
  systemId: Id.nullable(),
  participantId: Id,
  role: RaciRole,
});
export type RaciAssignment = z.infer<typeof RaciAssignment>;

/** Everything on the path-to-ship screen for one engagement. */
export const PathToShip = z.object({
  engagementId: Id,
  recommendation: Recommendation.nullable(),
  phases: z.array(Phase),
  systems: z.array(IntegrationSystem),
  raci: z.array(RaciAssignment),
});
export type PathToShip = z.infer<typeof PathToShip>;

export const RecommendationFields = z.object({
  decision: Decision,
  rationale: optionalText('Rationale', 4000).default(''),
  conditions: TextList('condition').default([]),
  criterionIds: CriterionIds.default([]),
  findingIds: FindingIds.default([]),
  decidedBy: DecidedBy.default({ kind: 'nobody' }),
  decidedOn: IsoDate.nullable().default(null),
});

/**
 * Names what changes in the engagement's one recommendation; the first one must name the decision
 * and starts from the defaults, a later one keeps every field it leaves out.
 */
export const SetRecommendationInput = patchOf(RecommendationFields).extend({ engagementId: Id });

export const PhaseFields = z.object({
  name: requiredText('Phase name', 120),
  milestones: TextList('milestone').default([]),
  ownerId: Id.nullable().default(null),
  targetWeek: z
    .number({ message: 'Target week must be a number of weeks.' })
    .int({ message: 'Target week must be a whole number of weeks.' })
    .min(1, { message: 'Target week is at least week 1 after the decision.' })
    .max(MAX_TARGET_WEEK, { message: `Target week is at most week ${MAX_TARGET_WEEK} (three years).` }),
  exitCriteria: TextList('exit criterion').default([]),
  criterionIds: CriterionIds.default([]),
  findingIds: FindingIds.default([]),
});

export const AddPhaseInput = PhaseFields.extend({ engagementId: Id });
export const UpdatePhaseInput = patchOf(PhaseFields).extend({ id: Id });
export const MovePhaseInput = z.object({ id: Id, toIndex: z.number().int().min(0) });

export const SetRaciInput = z
  .object({
    engagementId: Id,
    responsibility: Responsibility,
    systemId: Id.nullable().default(null),
    participantId: Id,
    role: RaciRole.nullable(),
  })
  .refine((r) => (r.responsibility === 'integration') === (r.systemId !== null), {
    message: 'Integration is assigned per system; the other responsibilities have no system.',
    path: ['systemId'],
  });

export const SaveSystemInput = z.object({ engagementId: Id, id: Id.optional(), name: requiredText('System name', 120) });
