import type {
  Assessment,
  CauseRatingRecord,
  CriterionEvidence,
  CriterionScoreRecord,
  MlTestScoreRecord,
} from '../../../shared/domain/assessment';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { criterionById } from '../../../shared/assessment/audit-criteria';
import type { CriterionScore } from '../../../shared/assessment/scoring';
import { FindingCreateInput } from '../../../shared/domain/finding';
import {
  toCauseRatingRecord,
  toCriterionScoreRecord,
  toMlTestScoreRecord,
  type AssessmentEntry,
  type AssessmentRepository,
  type EntryStore,
  type EvidenceRepository,
} from '../db/repositories/assessment-repository';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import type { FindingsService } from './findings-service';
import { timestamp, type ServiceContext } from './service-context';

export interface AssessmentService {
  get(engagementId: string): Assessment;
  scoreCriterion(input: ParsedInput<'assessment:score-criterion'>): CriterionScoreRecord;
  scoreMlTest(input: ParsedInput<'assessment:score-ml-test'>): MlTestScoreRecord;
  rateCause(input: ParsedInput<'assessment:rate-cause'>): CauseRatingRecord;
  addEvidence(input: ParsedInput<'assessment:add-evidence'>): CriterionEvidence;
  removeEvidence(input: ParsedInput<'assessment:remove-evidence'>): { id: string };
  findingFromCriterion(input: ParsedInput<'assessment:finding-from-criterion'>): { evidence: CriterionEvidence; findingId: string };
}

/** How a weak score reads as a finding: the title's wording and the severity the board starts it at. */
const WEAK_SCORES: Partial<Record<CriterionScore, { wording: string; severity: 'high' | 'medium' }>> = {
  'not-in-place': { wording: 'not in place', severity: 'high' },
  partly: { wording: 'only partly in place', severity: 'medium' },
};

interface EntryChange<V> {
  engagementId: string;
  key: string;
  /** undefined keeps the stored value; null clears it back to unscored. */
  value: V | null | undefined;
  text: string | undefined;
}

/** Reads and writes an engagement's assessment; each write is one transaction. */
export function createAssessmentService(
  ctx: ServiceContext,
  repo: AssessmentRepository,
  evidence: EvidenceRepository,
  engagements: EngagementsRepository,
  findings: Pick<FindingsService, 'create'>,
): AssessmentService {
  function requireEngagement(id: string): void {
    if (!engagements.get(id)) throw new AppError('not_found', 'That engagement no longer exists. It may have been deleted.');
  }

  function write<V>(store: EntryStore<V>, change: EntryChange<V>): AssessmentEntry<V> {
    requireEngagement(change.engagementId);
    const at = timestamp(ctx);
    const current = store.get(change.engagementId, change.key);
    const next: AssessmentEntry<V> = {
      id: current?.id ?? ctx.newId(),
      engagementId: change.engagementId,
      key: change.key,
      value: change.value === undefined ? (current?.value ?? null) : change.value,
      text: change.text ?? current?.text ?? '',
      createdAt: current?.createdAt ?? at,
      updatedAt: at,
      deviceId: ctx.deviceId,
    };
    store.save(next);
    return next;
  }

  function link(input: ParsedInput<'assessment:add-evidence'>): CriterionEvidence {
      requireEngagement(input.engagementId);
      if (!evidence.targetExists(input.kind, input.targetId, input.engagementId)) {
        throw new AppError('not_found', `That ${input.kind} no longer exists in this engagement, so it cannot be evidence. Pick another.`);
      }
      // Evidence can come before a score: the criterion gets its (unscored) row so the link has something to hang on.
      const score = write(repo.criteria, { engagementId: input.engagementId, key: input.criterionId, value: undefined, text: undefined });
      const id = evidence.add({
        id: ctx.newId(),
        scoreId: score.id,
        kind: input.kind,
        targetId: input.targetId,
        linkedAt: timestamp(ctx),
        deviceId: ctx.deviceId,
      });
      const stored = evidence.list(input.engagementId).find((e) => e.id === id);
      if (!stored) throw new AppError('not_found', 'The evidence link was not kept. Try again.');
      return stored;
  }

  return {
    get(engagementId) {
      requireEngagement(engagementId);
      return {
        engagementId,
        criteria: repo.criteria.list(engagementId).map(toCriterionScoreRecord),
        evidence: evidence.list(engagementId),
        mlTests: repo.mlTests.list(engagementId).map(toMlTestScoreRecord),
        causes: repo.causes.list(engagementId).map(toCauseRatingRecord),
      };
    },
    scoreCriterion: ctx.db.transaction((input: ParsedInput<'assessment:score-criterion'>) =>
      toCriterionScoreRecord(
        write(repo.criteria, { engagementId: input.engagementId, key: input.criterionId, value: input.score, text: input.comment }),
      ),
    ),
    scoreMlTest: ctx.db.transaction((input: ParsedInput<'assessment:score-ml-test'>) =>
      toMlTestScoreRecord(
        write(repo.mlTests, { engagementId: input.engagementId, key: input.testId, value: input.points, text: input.comment }),
      ),
    ),
    rateCause: ctx.db.transaction((input: ParsedInput<'assessment:rate-cause'>) =>
      toCauseRatingRecord(
        write(repo.causes, { engagementId: input.engagementId, key: input.causeId, value: input.rating, text: input.justification }),
      ),
    ),
    addEvidence: ctx.db.transaction(link),
removeEvidence: ctx.db.transaction((input: ParsedInput<'assessment:remove-evidence'>) => {
      requireEngagement(input.engagementId);
      if (!evidence.remove(input.evidenceId, input.engagementId, timestamp(ctx), ctx.deviceId)) {
        throw new AppError('not_found', 'That evidence link was already removed.');
      }
      return { id: input.evidenceId };
    }),
    findingFromCriterion: ctx.db.transaction((input: ParsedInput<'assessment:finding-from-criterion'>) => {
      requireEngagement(input.engagementId);
      const criterion = criterionById(input.criterionId);
      const score = repo.criteria.get(input.engagementId, input.criterionId)?.value;
      const weak = score ? WEAK_SCORES[score] : undefined;
      if (!criterion || !weak) {
        throw new AppError('conflict', 'Only a criterion scored not in place or partly becomes a finding. Score it first.');
      }
      const finding = findings.create(
        FindingCreateInput.parse({
          engagementId: input.engagementId,
          title: `${criterion.title}: ${weak.wording}`,
          body: criterion.question,
          area: criterion.area,
          day: input.day,
          kind: 'gap',
          severity: weak.severity,
        }),
      );
      return {
        findingId: finding.id,
        evidence: link({ engagementId: input.engagementId, criterionId: input.criterionId, kind: 'finding', targetId: finding.id }),
      };
    }),
  };
}
