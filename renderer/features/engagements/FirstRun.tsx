import { useState } from 'react';
import { AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';
import './first-run.css';

const WEEK = [
  { day: 'Day 1', title: AUDIT_AREA_INFO['problem-fit'].label, question: AUDIT_AREA_INFO['problem-fit'].question },
  { day: 'Day 2', title: AUDIT_AREA_INFO.approach.label, question: AUDIT_AREA_INFO.approach.question },
  { day: 'Day 3', title: AUDIT_AREA_INFO['production-requirements'].label, question: AUDIT_AREA_INFO['production-requirements'].question },
  { day: 'Day 4', title: AUDIT_AREA_INFO['path-to-ship'].label, question: AUDIT_AREA_INFO['path-to-ship'].question },
  { day: 'Day 5', title: 'Readout', question: 'Go, conditional go, pivot or stop?' },
];

function WeekStructure() {
  return (
    <ol className="week-plan" aria-label="The audit week">
      {WEEK.map((d) => (
        <li key={d.day}>
          <span className="week-plan-day">{d.day}</span>
          <strong>{d.title}</strong>
          <span className="week-plan-question">{d.question}</span>
        </li>
      ))}
    </ol>
  );
}

/** The first screen a new user sees: what a week is, and two ways in (their own engagement, or a finished sample). */
export function FirstRun(props: { title: string; onNew: () => void }) {
  const loadSample = useAppState((s) => s.loadSample);
  const navigate = useAppState((s) => s.navigate);
  const notify = useAppState((s) => s.notify);
  const [loading, setLoading] = useState(false);

  const trySample = async () => {
    setLoading(true);
    try {
      const result = await loadSample();
      notify({
        tone: 'success',
        message: result.created
          ? 'The sample engagement is ready: a finished week you can explore, change or delete.'
          : 'The sample engagement was already here, so it was opened as you left it.',
      });
      navigate({ name: 'workspace', engagementId: result.engagementId, section: 'board' });
    } catch (error) {
      notify({ tone: 'error', message: `The sample could not be loaded: ${errorMessage(error)}` });
      setLoading(false);
    }
  };

  return (
    <EmptyState
      title={props.title}
      actions={
        <>
          <Button variant="primary" onClick={props.onNew}>
            New engagement
          </Button>
          <Button onClick={() => void trySample()} disabled={loading} aria-describedby="sample-explanation">
            {loading ? 'Loading the sample…' : 'Try the sample'}
          </Button>
        </>
      }
    >
      <p>
        An engagement is one audit week with one client and one AI pilot. Over five days you and the client’s team answer
        four questions, one a day, capture notes live and build a findings board as you go.
      </p>
      <WeekStructure />
      <p>
        On Friday you leave with the recommendation, a path to ship with owners, and the final report in PDF and Word, with
        every finding traced to the notes behind it.
      </p>
      <p id="sample-explanation" className="first-run-sample">
        The sample is a finished week at a 600-person distributor auditing its invoice-processing pilot: notes from every
        session, findings, scores, a cost model and a path to ship. It is an ordinary engagement you can change or delete.
      </p>
    </EmptyState>
  );
}
