import { z } from 'zod';
import {
  AddEvidenceInput,
  Assessment,
  CriterionEvidence,
  FindingFromCriterionInput,
  FindingFromCriterionResult,
  RemoveEvidenceInput,
  AssessmentGetInput,
  CauseRatingRecord,
  CriterionScoreRecord,
  MlTestScoreRecord,
  RateCauseInput,
  ScoreCriterionInput,
  ScoreMlTestInput,
} from '../domain/assessment';
import type { ContractSection } from './contract-types';

export const assessmentContract = {
  'assessment:get': { input: AssessmentGetInput, output: Assessment },
  'assessment:score-criterion': { input: ScoreCriterionInput, output: CriterionScoreRecord },
  'assessment:score-ml-test': { input: ScoreMlTestInput, output: MlTestScoreRecord },
  'assessment:rate-cause': { input: RateCauseInput, output: CauseRatingRecord },
  'assessment:add-evidence': { input: AddEvidenceInput, output: CriterionEvidence },
  'assessment:remove-evidence': { input: RemoveEvidenceInput, output: z.object({ id: z.string() }) },
  'assessment:finding-from-criterion': { input: FindingFromCriterionInput, output: FindingFromCriterionResult },
} satisfies ContractSection;
