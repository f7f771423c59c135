import { useState } from 'react';
import type { Participant } from '../../../shared/domain/participant';
import type { Phase } from '../../../shared/domain/path-to-ship';
import { roadmapTimeline } from '../../../shared/path-to-ship/roadmap-timeline';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';
import { PhaseCard } from './PhaseCard';
import { PhaseDialog, type PhaseDialogState } from './PhaseDialog';
import { RoadmapTimeline } from './RoadmapTimeline';
import { participantName } from './path-labels';
import type { LinkableFindings } from './use-linkable-findings';

function focusPhase(id: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-phase-id="${id}"]`)?.focus());
}

/** The phases from decision to scale: a timeline, then each phase with its milestones and exit criteria. */
export function RoadmapPanel(props: { engagementId: string; phases: readonly Phase[]; participants: readonly Participant[]; decidedOn: string | null; linkable: LinkableFindings }) {
  const movePhase = useAppState((s) => s.movePhase);
  const deletePhase = useAppState((s) => s.deletePhase);
  const restorePhase = useAppState((s) => s.restorePhase);
  const notify = useAppState((s) => s.notify);
  const [dialog, setDialog] = useState<PhaseDialogState>(null);
  const phases = [...props.phases].sort((a, b) => a.position - b.position);
  const timeline = roadmapTimeline(phases);
  const fail = (error: unknown) => notify({ tone: 'error', message: errorMessage(error) });

  const remove = async (phase: Phase) => {
    try {
      const deleted = await deletePhase(phase.id);
      setDialog(null);
      notify({
        tone: 'success',
        message: `Deleted phase “${deleted.name}”.`,
        action: { label: 'Undo', run: () => void restorePhase(deleted).catch(fail) },
      });
    } catch (error) {
      fail(error);
    }
  };

  const actionsFor = (phase: Phase, index: number) => ({
    edit: () => setDialog({ mode: 'edit', phase }),
    remove: () => void remove(phase),
    move: (delta: -1 | 1) => {
      const to = index + delta;
      if (to < 0 || to >= phases.length) return;
      movePhase(phase.id, to).then(() => focusPhase(phase.id), fail);
    },
    focusSibling: (delta: -1 | 1) => {
      const target = phases[index + delta];
      if (target) focusPhase(target.id);
    },
  });

  return (
    <section className="ps-card" aria-labelledby="ps-roadmap-title">
      <header className="ps-card-header">
        <div>
          <h2 id="ps-roadmap-title" className="ps-card-title">
            Roadmap
          </h2>
          <p className="ps-card-sub">
            {phases.length === 0
              ? 'From the decision to production at scale, phase by phase.'
              : `${phases.length} ${phases.length === 1 ? 'phase' : 'phases'} over ${timeline.totalWeeks} weeks from the decision.`}
          </p>
        </div>
        <Button variant="primary" onClick={() => setDialog({ mode: 'add', suggestedWeek: timeline.totalWeeks + 4 })}>
          Add phase
        </Button>
      </header>
      {phases.length === 0 ? (
        <p className="ps-muted">
          No phases yet. A typical path is harden, integrate, production pilot, then scale: each with an owner, a target week,
          milestones and the exit criteria that say when it is done.
        </p>
      ) : (
        <>
          <RoadmapTimeline timeline={timeline} decidedOn={props.decidedOn} />
          <ol className="ps-phases" aria-label="Phases">
            {phases.map((phase, index) => (
              <PhaseCard
                key={phase.id}
                phase={phase}
                index={index}
                count={phases.length}
                bar={timeline.bars.find((b) => b.id === phase.id)}
                owner={participantName(props.participants, phase.ownerId)}
                linkable={props.linkable}
                actions={actionsFor(phase, index)}
              />
            ))}
          </ol>
          <p className="ps-help">Keyboard: ↑/↓ move between phases, Alt+↑/↓ reorders, Enter edits, Delete removes.</p>
        </>
      )}
      <PhaseDialog engagementId={props.engagementId} state={dialog} participants={props.participants} linkable={props.linkable} onClose={() => setDialog(null)} onDelete={(p) => void remove(p)} />
    </section>
  );
}
