import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import type { SectionScreenProps } from '../workspace/section-screens';
import { LifecycleBudgetPanel } from './LifecycleBudgetPanel';
import { OperatingModelPanel } from './OperatingModelPanel';
import { RecommendationDialog } from './RecommendationDialog';
import { RecommendationPanel } from './RecommendationPanel';
import { RoadmapPanel } from './RoadmapPanel';
import { useLinkableFindings } from './use-linkable-findings';
import './path-to-ship.css';

/** The answer to "what is the realistic path to get there": the call, the money, the plan and the owners. */
export function PathToShipScreen({ engagement }: SectionScreenProps) {
  const path = useAppState((s) => (s.pathToShip?.engagementId === engagement.id ? s.pathToShip : null));
  const load = useAppState((s) => s.pathLoad);
  const loadError = useAppState((s) => s.pathError);
  const loadPath = useAppState((s) => s.loadPathToShip);
  const loadScenarios = useAppState((s) => s.loadCostScenarios);
  const scenarios = useAppState((s) => (s.costEngagementId === engagement.id ? s.costScenarios : []));
  const participants = useAppState((s) => (s.weekEngagementId === engagement.id ? s.participants : []));
  const loadBoard = useAppState((s) => s.loadBoard);
  const notify = useAppState((s) => s.notify);
  const linkable = useLinkableFindings(engagement.id);
  const [editingRecommendation, setEditingRecommendation] = useState(false);

  useEffect(() => {
    void loadPath(engagement.id);
    void loadScenarios(engagement.id);
    loadBoard(engagement.id).catch((error: unknown) =>
      notify({ tone: 'error', message: `The board’s findings could not be loaded, so none can be linked: ${errorMessage(error)}` }),
    );
  }, [engagement.id, loadPath, loadScenarios, loadBoard, notify]);

  if (load === 'error' && !path) {
    return (
      <EmptyState title="The path to ship cannot be opened" actions={<Button onClick={() => void loadPath(engagement.id)}>Try again</Button>}>
        <p>{loadError}</p>
      </EmptyState>
    );
  }
  if (!path) return <p className="loading">Loading the path to ship…</p>;

  return (
    <div className="ps-screen">
      <RecommendationPanel recommendation={path.recommendation} participants={participants} linkable={linkable} onEdit={() => setEditingRecommendation(true)} />
      <LifecycleBudgetPanel engagementId={engagement.id} scenarios={scenarios} />
      <RoadmapPanel engagementId={engagement.id} phases={path.phases} participants={participants} decidedOn={path.recommendation?.decidedOn ?? null} linkable={linkable} />
      <OperatingModelPanel engagementId={engagement.id} participants={participants} systems={path.systems} raci={path.raci} />
      <RecommendationDialog
        engagementId={engagement.id}
        open={editingRecommendation}
        recommendation={path.recommendation}
        participants={participants}
        linkable={linkable}
        onClose={() => setEditingRecommendation(false)}
      />
    </div>
  );
}
