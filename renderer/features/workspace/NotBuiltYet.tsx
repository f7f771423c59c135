import { EmptyState } from '../../components/EmptyState';
import type { WorkspaceSection } from '../../store/route';

const PURPOSE: Record<WorkspaceSection, string> = {
  setup: 'the engagement, the pilot’s numbers and the participants',
  agenda: 'the days and sessions of the week, the running session and its timer',
  capture: 'keyboard-first live note taking during sessions, and search across the week',
  board: 'the findings board: the four areas by day, curated from the notes, with presenter mode',
  assessment: 'the readiness scorecards, the ML Test Score and the pilot-purgatory diagnostic',
  'cost-model': 'the cost and error model at pilot and production volume, with scenarios and charts',
  'path-to-ship': 'the recommendation, the roadmap and the operating model',
  deliverables: 'the report in PDF and Word, daily readouts and exports',
};

/** Says plainly that a screen does not exist yet, instead of showing anything that looks real. */
export function NotBuiltYet(props: { section: WorkspaceSection; label: string }) {
  return (
    <EmptyState title={`${props.label} is not built yet`}>
      <p>
        This screen will hold {PURPOSE[props.section]}. It is not part of this version of Audit Workshop, and nothing
        is stored for it yet.
      </p>
    </EmptyState>
  );
}
