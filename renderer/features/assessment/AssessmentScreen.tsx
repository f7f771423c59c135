import { useEffect, useMemo, useState } from 'react';
import { criteriaForArea } from '../../../shared/assessment/audit-criteria';
import { areaReadiness, computeMlTestScore } from '../../../shared/assessment/scoring';
import { AUDIT_AREA_INFO, AUDIT_AREAS, type AuditArea } from '../../../shared/domain/audit-areas';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { auditDayToday } from '../../lib/audit-day-today';
import { formatPoints, viewOf, type AssessmentView } from './assessment-view';
import { AreaScorecard } from './AreaScorecard';
import { AssessmentSummary } from './AssessmentSummary';
import { AssessmentTabs, type TabSpec } from './AssessmentTabs';
import { DiagnosticPanel } from './DiagnosticPanel';
import { MlTestScorePanel } from './MlTestScorePanel';
import type { SectionScreenProps } from '../workspace/section-screens';
import './assessment.css';
import { BenchmarkPanel } from '../firm-library/BenchmarkPanel';

const ASSESSMENT_BENCHMARKS = ['readiness:', 'mlTestScore'];

type TabId = 'summary' | AuditArea | 'ml-test-score' | 'diagnostic';

function tabsFor(view: AssessmentView): TabSpec<TabId>[] {
  const areaTabs = AUDIT_AREAS.map((area) => {
    const r = areaReadiness(area, view.criterionScores);
    return { id: area, label: AUDIT_AREA_INFO[area].label, badge: `${r.scored + r.notApplicable}/${criteriaForArea(area).length}` };
  });
  return [
    { id: 'summary', label: 'Summary' },
    ...areaTabs,
    { id: 'ml-test-score', label: 'ML Test Score', badge: formatPoints(computeMlTestScore(view.mlTestScores).final) },
    { id: 'diagnostic', label: 'Diagnostic', badge: `${view.causeRatings.size}/4` },
  ];
}

/** Scorecards per area, the ML Test Score, the pilot-purgatory diagnostic and their summary. */
export function AssessmentScreen(props: SectionScreenProps) {
  const engagementId = props.engagement.id;
  const assessment = useAppState((s) => (s.assessment?.engagementId === engagementId ? s.assessment : null));
  const load = useAppState((s) => s.assessmentLoad);
  const loadError = useAppState((s) => s.assessmentError);
  const loadAssessment = useAppState((s) => s.loadAssessment);
  const [tab, setTab] = useState<TabId>('summary');
  const today = auditDayToday(props.engagement);

  useEffect(() => {
    void loadAssessment(engagementId);
  }, [engagementId, loadAssessment]);

  const view = useMemo(() => (assessment ? viewOf(assessment) : null), [assessment]);

  if (load === 'error' && !view) {
    return (
      <div className="banner banner-error" role="alert">
        <p>The assessment could not be loaded: {loadError}</p>
        <Button onClick={() => void loadAssessment(engagementId)}>Try again</Button>
      </div>
    );
  }
  if (!view) {
    return (
      <p className="loading" aria-busy="true">
        Loading the assessment…
      </p>
    );
  }

  return (
    <div className="assessment">
      <AssessmentTabs label="Assessment" tabs={tabsFor(view)} selected={tab} onSelect={setTab}>
        {tab === 'summary' && (
          <AssessmentSummary
            view={view}
            openArea={setTab}
            openMlTests={() => setTab('ml-test-score')}
            openDiagnostic={() => setTab('diagnostic')}
          />
        )}
        {tab === 'summary' && <BenchmarkPanel engagementId={engagementId} metrics={ASSESSMENT_BENCHMARKS} title="Readiness against the firm’s past audits" />}
        {tab === 'ml-test-score' && <MlTestScorePanel engagementId={engagementId} view={view} />}
        {tab === 'diagnostic' && <DiagnosticPanel engagementId={engagementId} view={view} />}
        {(AUDIT_AREAS as readonly string[]).includes(tab) && <AreaScorecard engagementId={engagementId} area={tab as AuditArea} view={view} today={today} />}
      </AssessmentTabs>
    </div>
  );
}
