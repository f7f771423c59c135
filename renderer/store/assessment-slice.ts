import type { StateCreator } from 'zustand/vanilla';
import type { Assessment, EvidenceKind } from '../../shared/domain/assessment';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';
import type { LoadState } from './engagements-slice';
import { createEngagementScope } from './engagement-scope';

type Change<C extends 'assessment:score-criterion' | 'assessment:score-ml-test' | 'assessment:rate-cause'> = Omit<
  ChannelInput<C>,
  'engagementId'
>;

export interface AssessmentSlice {
  /** The open engagement's assessment; null until loaded. */
  assessment: Assessment | null;
  assessmentLoad: LoadState;
  assessmentError: string | null;
  loadAssessment(engagementId: string): Promise<void>;
  scoreCriterion(engagementId: string, change: Change<'assessment:score-criterion'>): Promise<void>;
  scoreMlTest(engagementId: string, change: Change<'assessment:score-ml-test'>): Promise<void>;
  rateCause(engagementId: string, change: Change<'assessment:rate-cause'>): Promise<void>;
  addEvidence(engagementId: string, criterionId: string, kind: EvidenceKind, targetId: string): Promise<void>;
  removeEvidence(engagementId: string, evidenceId: string): Promise<void>;
  /** Puts a weak criterion on the board as a finding and links it back as the criterion's evidence. */
  findingFromCriterion(engagementId: string, criterionId: string, day: number): Promise<void>;
}

function upsert<T>(list: readonly T[], item: T, same: (a: T, b: T) => boolean): T[] {
  return list.some((x) => same(x, item)) ? list.map((x) => (same(x, item) ? item : x)) : [...list, item];
}

/** The assessment of the open engagement; each write stores one row and merges what the core returns. */
export function createAssessmentSlice(api: ApiClient): StateCreator<AppState, [], [], AssessmentSlice> {
  return (set, get) => {
    const scope = createEngagementScope();
    /** Applies a saved row only if the user is still on the engagement it belongs to. */
    const merge = (engagementId: string, apply: (a: Assessment) => Partial<Assessment>) => {
      const current = get().assessment;
      if (current && scope.holds(engagementId)) set({ assessment: { ...current, ...apply(current) } });
    };

    return {
      assessment: null,
      assessmentLoad: 'idle',
      assessmentError: null,
      async loadAssessment(engagementId) {
        const { switched, isLatest } = scope.begin(engagementId);
        if (switched) set({ assessment: null });
        set({ assessmentLoad: 'loading', assessmentError: null });
        try {
          const assessment = await api.invoke('assessment:get', { engagementId });
          if (isLatest()) set({ assessment, assessmentLoad: 'ready' });
        } catch (error) {
          if (isLatest()) set({ assessmentLoad: 'error', assessmentError: error instanceof Error ? error.message : String(error) });
        }
      },
      async scoreCriterion(engagementId, change) {
        const saved = await api.invoke('assessment:score-criterion', { engagementId, ...change });
        merge(engagementId, (a) => ({ criteria: upsert(a.criteria, saved, (x, y) => x.criterionId === y.criterionId) }));
      },
      async scoreMlTest(engagementId, change) {
        const saved = await api.invoke('assessment:score-ml-test', { engagementId, ...change });
        merge(engagementId, (a) => ({ mlTests: upsert(a.mlTests, saved, (x, y) => x.testId === y.testId) }));
      },
      async rateCause(engagementId, change) {
        const saved = await api.invoke('assessment:rate-cause', { engagementId, ...change });
        merge(engagementId, (a) => ({ causes: upsert(a.causes, saved, (x, y) => x.causeId === y.causeId) }));
      },
      async addEvidence(engagementId, criterionId, kind, targetId) {
        const saved = await api.invoke('assessment:add-evidence', { engagementId, criterionId, kind, targetId });
        merge(engagementId, (a) => ({ evidence: upsert(a.evidence, saved, (x, y) => x.id === y.id) }));
      },
      async removeEvidence(engagementId, evidenceId) {
        await api.invoke('assessment:remove-evidence', { engagementId, evidenceId });
        merge(engagementId, (a) => ({ evidence: a.evidence.filter((e) => e.id !== evidenceId) }));
      },
      async findingFromCriterion(engagementId, criterionId, day) {
        const { evidence } = await api.invoke('assessment:finding-from-criterion', { engagementId, criterionId, day });
        merge(engagementId, (a) => ({ evidence: upsert(a.evidence, evidence, (x, y) => x.id === y.id) }));
      },
    };
  };
}
