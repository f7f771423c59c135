import { useState } from 'react';
import { formatMoney, formatNumber } from '../../../shared/cost-model/format';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import { lifecycleBudget } from '../../../shared/path-to-ship/lifecycle-budget';
import { SelectField } from '../../components/fields';

function Figure(props: { label: string; value: string; detail: string; emphasis?: boolean }) {
  return (
    <div className={`ps-figure${props.emphasis ? ' is-emphasis' : ''}`} role="group" aria-label={props.label}>
      <p className="ps-figure-label">{props.label}</p>
      <p className="ps-figure-value">{props.value}</p>
      <p className="ps-figure-detail">{props.detail}</p>
    </div>
  );
}

/** The cost model carried into the approval: what the pilot costs now and what production costs over three years. */
export function LifecycleBudgetPanel(props: { engagementId: string; scenarios: readonly CostScenario[] }) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const budget = lifecycleBudget(props.scenarios, chosenId);
  return (
    <section className="ps-card" aria-labelledby="ps-budget-title">
      <header className="ps-card-header">
        <div>
          <h2 id="ps-budget-title" className="ps-card-title">
            Lifecycle budget
          </h2>
          <p className="ps-card-sub">What the approval has to cover: from the pilot to three years in production.</p>
        </div>
        {props.scenarios.length > 1 && budget && (
          <SelectField
            label="Cost scenario"
            className="ps-scenario-select"
            value={budget.scenarioId}
            onChange={(e) => setChosenId(e.target.value)}
            options={props.scenarios.map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
      </header>
      {!budget ? (
        <p className="ps-muted">
          No cost scenario yet. Build one in the <a href={`#/engagements/${props.engagementId}/cost-model`}>Cost model</a> and its
          figures appear here.
        </p>
      ) : (
        <>
          <div className="ps-figures" aria-label={`Figures from cost scenario ${budget.scenarioName}`} role="group">
            <Figure
              label="Pilot today"
              value={`${formatMoney(budget.pilotPerMonth, budget.currency)}/mo`}
              detail={`At ${formatNumber(budget.pilotVolumePerDay)} items a day`}
            />
            <Figure label="One-off build" value={formatMoney(budget.oneOffBuild, budget.currency)} detail="Integration and hardening, paid once" />
            <Figure
              label="Run cost in production"
              value={`${formatMoney(budget.productionPerMonth, budget.currency)}/mo`}
              detail={`At ${formatNumber(budget.productionVolumePerDay)} items a day`}
            />
            <Figure label="Reviewers" value={`${formatNumber(budget.reviewerFte, 1)} FTE`} detail="Human review at production volume" />
            <Figure label="Year 1 total" value={formatMoney(budget.tco1Year, budget.currency)} detail="Build and first year of running" />
            <Figure label="3-year total cost" value={formatMoney(budget.tco3Years, budget.currency)} detail="Build and three years, with growth" emphasis />
          </div>
          <p className="ps-source">From cost scenario “{budget.scenarioName}”.</p>
        </>
      )}
    </section>
  );
}
