import { z } from 'zod';
import { isCriterionId } from '../assessment/audit-criteria';
import { isMlTestId, ML_TEST_POINTS } from '../assessment/ml-test-score';
import { CAUSE_RATINGS, PURGATORY_CAUSE_IDS } from '../assessment/purgatory-diagnostic';
import { CRITERION_SCORES } from '../assessment/scoring';
import { Id, RowMeta, optionalText } from './common';

export const CriterionScoreValue = z.enum(CRITERION_SCORES, { message: 'Choose not in place, partly, in place or not applicable.' });
export const MlTestPointsValue = z.union(ML_TEST_POINTS.map((p) => z.literal(p)), { message: 'A test scores 0, 0.5 or 1.' });
export const CauseRatingValue = z.enum(CAUSE_RATINGS, { message: 'Choose not a risk, some risk, major risk or unknown.' });

export const CriterionId = z.string().refine(isCriterionId, { message: 'There is no audit criterion with that id.' });
export const MlTestId = z.string().refine(isMlTestId, { message: 'There is no ML Test Score test with that id.' });
export const CauseId = z.enum(PURGATORY_CAUSE_IDS, { message: 'There is no pilot-purgatory cause with that id.' });

/**
 * One criterion's score and comment for an engagement. A null score is "unscored" (a comment can
 * come first). The row has its own id so evidence links to notes can later live in their own table.
 */
export const CriterionScoreRecord = RowMeta.extend({
  engagementId: Id,
  criterionId: z.string(),
  score: CriterionScoreValue.nullable(),
  comment: z.string(),
});
export type CriterionScoreRecord = z.infer<typeof CriterionScoreRecord>;

export const MlTestScoreRecord = RowMeta.extend({
  engagementId: Id,
  testId: z.string(),
  points: MlTestPointsValue.nullable(),
  comment: z.string(),
});
export type MlTestScoreRecord = z.infer<typeof MlTestScoreRecord>;

export const CauseRatingRecord = RowMeta.extend({
  engagementId: Id,
  causeId: CauseId,
  rating: CauseRatingValue.nullable(),
  justification: z.string(),
});
export type CauseRatingRecord = z.infer<typeof CauseRatingRecord>;

/** Everything stored about an engagement's assessment; criteria and tests without a row are unscored. */
export const EvidenceKind = z.enum(['note', 'finding'], { message: 'Evidence is a note or a finding.' });
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** A note or finding cited as evidence for a criterion; label is the note's reference or the finding's title. */
export const CriterionEvidence = z.object({
  id: Id,
  criterionId: z.string(),
  kind: EvidenceKind,
  targetId: Id,
  label: z.string(),
});
export type CriterionEvidence = z.infer<typeof CriterionEvidence>;

export const Assessment = z.object({
  engagementId: Id,
  criteria: z.array(CriterionScoreRecord),
  /** Evidence whose note or finding still exists, oldest link first. */
  evidence: z.array(CriterionEvidence),
  mlTests: z.array(MlTestScoreRecord),
  causes: z.array(CauseRatingRecord),
});
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentGetInput = z.object({ engagementId: Id });

/** Each write names what changes; a field left out keeps its stored value. */
export const ScoreCriterionInput = z
  .object({
    engagementId: Id,
    criterionId: CriterionId,
    score: CriterionScoreValue.nullable().optional(),
    comment: optionalText('The comment').optional(),
  })
  .refine((v) => v.score !== undefined || v.comment !== undefined, { message: 'Give a score, a comment or both.' });

export const ScoreMlTestInput = z
  .object({
    engagementId: Id,
    testId: MlTestId,
    points: MlTestPointsValue.nullable().optional(),
    comment: optionalText('The comment').optional(),
  })
  .refine((v) => v.points !== undefined || v.comment !== undefined, { message: 'Give points, a comment or both.' });

export const RateCauseInput = z
  .object({
    engagementId: Id,
    causeId: CauseId,
    rating: CauseRatingValue.nullable().optional(),
    justification: optionalText('The justification').optional(),
  })
  .refine((v) => v.rating !== undefined || v.justification !== undefined, { message: 'Give a rating, a justification or both.' });

export const AddEvidenceInput = z.object({ engagementId: Id, criterionId: CriterionId, kind: EvidenceKind, targetId: Id });
export const RemoveEvidenceInput = z.object({ engagementId: Id, evidenceId: Id });

/** Turns a weak criterion into a finding on the board, linked back as its evidence; day is the audit day it lands on. */
export const FindingFromCriterionInput = z.object({
  engagementId: Id,
  criterionId: CriterionId,
  day: z.number().int().min(1, { message: 'Days start at 1.' }).max(10),
});
export const FindingFromCriterionResult = z.object({ evidence: CriterionEvidence, findingId: Id });
