import type { Handlers } from '../../../shared/ipc/contract';
import type { assessmentContract } from '../../../shared/ipc/assessment-contract';
import type { AssessmentService } from '../services/assessment-service';

export function createAssessmentHandlers(service: AssessmentService): Pick<Handlers, keyof typeof assessmentContract> {
  return {
    'assessment:get': ({ engagementId }) => service.get(engagementId),
    'assessment:score-criterion': (input) => service.scoreCriterion(input),
    'assessment:score-ml-test': (input) => service.scoreMlTest(input),
    'assessment:rate-cause': (input) => service.rateCause(input),
    'assessment:add-evidence': (input) => service.addEvidence(input),
    'assessment:remove-evidence': (input) => service.removeEvidence(input),
    'assessment:finding-from-criterion': (input) => service.findingFromCriterion(input),
  };
}
