import { memo, useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { CostInputs } from '../../../shared/cost-model/cost-inputs';
import { computeCostModel, type CostModelResult } from '../../../shared/cost-model/cost-model';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { CostBreakdown } from './CostBreakdown';
import { CostByVolumeChart, WrongOutputsChart, YearlyBreakdownChart } from './CostCharts';
import { CostDetails } from './CostDetails';
import { readDraft, toDraft, type CostDraft } from './cost-draft';
import { CostHeadline } from './CostHeadline';
import { CostInputsForm } from './CostInputsForm';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { useAutosave } from './use-autosave';

const SAVE_DELAY_MS = 300;

/** Memoised so a keystroke redraws the charts only once the deferred inputs have changed. */
const CostResults = memo(function CostResults(props: { inputs: CostInputs; result: CostModelResult }) {
  const { inputs, result } = props;
  return (
    <>
      <CostByVolumeChart inputs={inputs} />
      <WrongOutputsChart inputs={inputs} />
      <CostDetails inputs={inputs} result={result} />
      <YearlyBreakdownChart currency={inputs.currency} result={result} />
      <CostBreakdown currency={inputs.currency} result={result} />
    </>
  );
});

/**
 * One scenario's inputs and live results. The boxes hold exactly what was typed; results follow
 * the last valid reading, and only a valid reading is ever saved.
 */
export function ScenarioEditor(props: {
  scenario: CostScenario;
  /** The audit day a finding made from a result lands on. */
  today: number;
  onLiveInputs: (inputs: CostInputs) => void;
  /** The scenario's commands, shown beside its save status. */
  actions: ReactNode;
}) {
  const saveCostInputs = useAppState((s) => s.saveCostInputs);
  const createFinding = useAppState((s) => s.createFinding);
  const notify = useAppState((s) => s.notify);
  const { engagementId } = props.scenario;
  const { today } = props;
  const findingFromResult = useCallback(
    (title: string) =>
      createFinding({ engagementId, title, area: 'production-requirements', day: today, kind: 'risk' }).then(
        () => notify({ tone: 'success', message: `Finding added to the board on day ${today}: ${title}.` }),
        (e: unknown) => notify({ tone: 'error', message: `Finding not added: ${errorMessage(e)}` }),
      ),
    [createFinding, notify, engagementId, today],
  );
  const [draft, setDraft] = useState<CostDraft>(() => toDraft(props.scenario.inputs));
  const [valid, setValid] = useState<CostInputs>(props.scenario.inputs);
  const id = props.scenario.id;
  const save = useCallback((inputs: CostInputs) => saveCostInputs(id, inputs), [saveCostInputs, id]);
  const autosave = useAutosave(save, SAVE_DELAY_MS);
  const reading = useMemo(() => readDraft(draft), [draft]);
  const errors = reading.ok ? {} : reading.errors;
  // The boxes update at once; the results and charts follow as soon as React has a moment, so
  // typing never waits for the charts to redraw.
  const shown = useDeferredValue(valid);
  const result = useMemo(() => computeCostModel(shown), [shown]);

  const change = (field: keyof CostDraft, text: string) => {
    const next = { ...draft, [field]: text };
    setDraft(next);
    const read = readDraft(next);
    if (read.ok) {
      setValid(read.inputs);
      props.onLiveInputs(read.inputs);
      autosave.schedule(read.inputs);
    } else {
      autosave.markInvalid();
    }
  };

  return (
    <>
      <div className="scenario-toolbar">
        <SaveStatusIndicator status={autosave.status} onRetry={autosave.retry} />
        <div className="scenario-actions">{props.actions}</div>
      </div>
      <CostHeadline inputs={shown} result={result} onFinding={findingFromResult} />
      <div className="cost-layout">
        <aside className="cost-inputs-column" aria-labelledby="cost-inputs-title">
          <h2 id="cost-inputs-title">Assumptions</h2>
          <CostInputsForm
            draft={draft}
            errors={errors}
            currency={reading.ok ? reading.inputs.currency : valid.currency}
            onChange={change}
          />
        </aside>
        <div className="cost-results-column">
          {!reading.ok && (
            <p className="banner banner-warning" role="note">
              Results show the last valid numbers until the field marked in red is corrected.
            </p>
          )}
          <CostResults inputs={shown} result={result} />
        </div>
      </div>
    </>
  );
}
