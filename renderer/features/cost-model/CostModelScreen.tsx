import { useDeferredValue, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CostInputs } from '../../../shared/cost-model/cost-inputs';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';
import type { SectionScreenProps } from '../workspace/section-screens';
import { DeleteScenarioDialog } from './DeleteScenarioDialog';
import { RenameScenarioDialog } from './RenameScenarioDialog';
import { ScenarioComparison } from './ScenarioComparison';
import { ScenarioEditor } from './ScenarioEditor';
import { auditDayToday } from '../../lib/audit-day-today';
import './cost-model.css';
import { BenchmarkPanel } from '../firm-library/BenchmarkPanel';

/** The pilot's numbers the cost model shows, compared with past audits of the same kind. */
const COST_BENCHMARKS = ['accuracy', 'volume', 'costPerItem', 'reviewers'];

/** The cost and error model of an engagement: scenarios as tabs, one open for editing, all compared. */
export function CostModelScreen({ engagement }: SectionScreenProps) {
  const scenarios = useAppState((s) => (s.costEngagementId === engagement.id ? s.costScenarios : []));
  const load = useAppState((s) => s.costLoad);
  const loadError = useAppState((s) => s.costError);
  const loadScenarios = useAppState((s) => s.loadCostScenarios);
  const createScenario = useAppState((s) => s.createCostScenario);
  const duplicateScenario = useAppState((s) => s.duplicateCostScenario);
  const notify = useAppState((s) => s.notify);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [liveInputs, setLiveInputs] = useState<CostInputs | null>(null);
  const [renaming, setRenaming] = useState<CostScenario | null>(null);
  const [deleting, setDeleting] = useState<CostScenario | null>(null);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const comparedInputs = useDeferredValue(liveInputs);

  useEffect(() => {
    void loadScenarios(engagement.id);
  }, [engagement.id, loadScenarios]);

  const active = scenarios.find((s) => s.id === activeId) ?? scenarios[0] ?? null;

  const select = (id: string) => {
    setActiveId(id);
    setLiveInputs(null);
  };

  const run = async (action: () => Promise<CostScenario>, failure: string) => {
    try {
      select((await action()).id);
    } catch (error) {
      notify({ tone: 'error', message: `${failure} ${errorMessage(error)}` });
    }
  };
  const create = () => run(() => createScenario(engagement.id), 'The scenario could not be created.');
  const duplicate = (id: string) => run(() => duplicateScenario(id), 'The scenario could not be duplicated.');

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = scenarios[(index + step + scenarios.length) % scenarios.length];
    if (!next) return;
    select(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  if (load === 'error') {
    return (
      <EmptyState title="The cost model cannot be opened" actions={<Button onClick={() => void loadScenarios(engagement.id)}>Try again</Button>}>
        <p>{loadError}</p>
      </EmptyState>
    );
  }
  if (load !== 'ready' && scenarios.length === 0) return <p className="loading">Loading the cost model…</p>;
  if (!active) {
    return (
      <EmptyState title="No cost scenarios yet" actions={<Button variant="primary" onClick={() => void create()}>Create a scenario</Button>}>
        <p>
          A scenario models what this pilot costs at pilot and at production volume, how many wrong outputs a day that
          means, who reviews them, and when it pays back. It starts from the pilot&apos;s numbers on this engagement; add
          more scenarios to compare options side by side.
        </p>
      </EmptyState>
    );
  }

  return (
    <div className="cost-model">
      <div className="scenario-tabs-row">
        <div role="tablist" aria-label="Cost scenarios" className="scenario-tabs">
          {scenarios.map((scenario, index) => (
            <button
              key={scenario.id}
              ref={(el) => {
                if (el) tabRefs.current.set(scenario.id, el);
                else tabRefs.current.delete(scenario.id);
              }}
              type="button"
              role="tab"
              id={`scenario-tab-${scenario.id}`}
              aria-selected={scenario.id === active.id}
              aria-controls="scenario-panel"
              tabIndex={scenario.id === active.id ? 0 : -1}
              className="scenario-tab"
              onClick={() => select(scenario.id)}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {scenario.name}
            </button>
          ))}
        </div>
        <Button variant="ghost" onClick={() => void create()}>
          + New scenario
        </Button>
      </div>
      <div role="tabpanel" id="scenario-panel" aria-labelledby={`scenario-tab-${active.id}`} className="scenario-panel">
        <ScenarioEditor
          key={active.id}
          scenario={active}
          today={auditDayToday(engagement)}
          onLiveInputs={setLiveInputs}
          actions={
            <>
              <Button onClick={() => void duplicate(active.id)}>Duplicate</Button>
              <Button onClick={() => setRenaming(active)}>Rename</Button>
              <Button variant="ghost" className="btn-danger-text" onClick={() => setDeleting(active)}>
                Delete
              </Button>
            </>
          }
        />
        <ScenarioComparison scenarios={scenarios} activeId={active.id} liveInputs={comparedInputs} />
        <BenchmarkPanel engagementId={engagement.id} metrics={COST_BENCHMARKS} title="Against the firm’s past audits" />
      </div>
      <RenameScenarioDialog scenario={renaming} onClose={() => setRenaming(null)} />
      <DeleteScenarioDialog scenario={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
