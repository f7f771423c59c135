import type { CostInputs } from '../../../shared/cost-model/cost-inputs';
import { computeCostModel, type CostModelResult } from '../../../shared/cost-model/cost-model';
import { formatMoney, formatNumber } from '../../../shared/cost-model/format';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import { breakEvenText, countText, perTransactionText } from '../../../shared/cost-model/result-text';
import { Table } from '../../components/Table';

const ROWS: { label: string; value: (inputs: CostInputs, r: CostModelResult) => string }[] = [
  { label: 'Production volume per day', value: (i) => formatNumber(i.productionVolumePerDay) },
  { label: 'Cost per query', value: (i) => formatMoney(i.modelCostPerQuery + i.computeCostPerQuery, i.currency) },
  { label: 'Accuracy', value: (i) => `${formatNumber(i.accuracyPct, 2)} %` },
  { label: 'Cost per month', value: (i, r) => formatMoney(r.production.perMonth, i.currency) },
  { label: 'Cost per transaction', value: (i, r) => perTransactionText(r.production.perTransaction, i.currency) },
  { label: '1-year total cost', value: (i, r) => formatMoney(r.tco1Year, i.currency) },
  { label: '3-year total cost', value: (i, r) => formatMoney(r.tco3Years, i.currency) },
  { label: 'Wrong outputs per day', value: (_, r) => countText(r.errors.wrongPerDay) },
  { label: 'Uncaught errors per day', value: (_, r) => countText(r.errors.uncaughtPerDay) },
  { label: 'Reviewers', value: (_, r) => `${formatNumber(r.reviewerFte, 1)} FTE` },
  { label: 'Storage after 3 years', value: (_, r) => `${formatNumber(r.storageGbAfter3Years, 1)} GB` },
  { label: 'Break-even', value: (_, r) => breakEvenText(r.breakEven) },
];

/** Every scenario of the engagement in its own column, the open one with its unsaved numbers. */
export function ScenarioComparison(props: {
  scenarios: CostScenario[];
  activeId: string;
  liveInputs: CostInputs | null;
}) {
  const columns = props.scenarios.map((scenario) => {
    const inputs = scenario.id === props.activeId && props.liveInputs ? props.liveInputs : scenario.inputs;
    return { scenario, inputs, result: computeCostModel(inputs) };
  });
  return (
    <section className="card comparison" aria-labelledby="comparison-title">
      <h2 id="comparison-title">Scenarios side by side</h2>
      {columns.length < 2 ? (
        <p className="card-note">Duplicate this scenario and change a number to compare the two here.</p>
      ) : (
        <div className="table-scroll">
          <Table labelledBy="comparison-title">
            <thead>
              <tr>
                <th scope="col">At production volume</th>
                {columns.map((c) => (
                  <th key={c.scenario.id} scope="col" className={`num${c.scenario.id === props.activeId ? ' is-active' : ''}`}>
                    {c.scenario.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {columns.map((c) => (
                    <td key={c.scenario.id} className={`num${c.scenario.id === props.activeId ? ' is-active' : ''}`}>
                      {row.value(c.inputs, c.result)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </section>
  );
}
