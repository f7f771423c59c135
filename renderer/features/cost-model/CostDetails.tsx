import type { CostInputs } from '../../../shared/cost-model/cost-inputs';
import type { CostModelResult } from '../../../shared/cost-model/cost-model';
import { formatMoney, formatNumber, formatShare } from '../../../shared/cost-model/format';
import { countText, perTransactionText } from '../../../shared/cost-model/result-text';
import { Table } from '../../components/Table';

/** Pilot against production, then errors and storage: the figures behind the headline. */
export function CostDetails(props: { inputs: CostInputs; result: CostModelResult }) {
  const { inputs, result } = props;
  const c = inputs.currency;
  const money = (v: number) => formatMoney(v, c);
  const rows: [string, string, string][] = [
    ['Volume per day', formatNumber(inputs.pilotVolumePerDay), formatNumber(inputs.productionVolumePerDay)],
    ['Cost per day', money(result.pilot.perDay), money(result.production.perDay)],
    ['Cost per month', money(result.pilot.perMonth), money(result.production.perMonth)],
    ['Cost per year', money(result.pilot.perYear), money(result.production.perYear)],
    ['Cost per transaction', perTransactionText(result.pilot.perTransaction, c), perTransactionText(result.production.perTransaction, c)],
  ];
  const { errors } = result;
  return (
    <div className="cost-details">
      <section className="card" aria-labelledby="cost-volumes-title">
        <h2 id="cost-volumes-title">Pilot and production</h2>
        <Table labelledBy="cost-volumes-title">
          <thead>
            <tr>
              <th scope="col">Running cost</th>
              <th scope="col" className="num">
                Pilot
              </th>
              <th scope="col" className="num">
                Production
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, pilot, production]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{pilot}</td>
                <td className="num">{production}</td>
              </tr>
            ))}
          </tbody>
        </Table>
        <p className="card-note">
          Running costs once storage has filled its retention window; the one-off build is in the total cost of ownership.
        </p>
      </section>
      <section className="card" aria-labelledby="cost-quality-title">
        <h2 id="cost-quality-title">Errors, review and storage</h2>
        <dl className="fact-list">
          <div>
            <dt>Wrong outputs a day</dt>
            <dd>
              {countText(errors.wrongPerDay)}
              {errors.falsePositivesPerDay !== null && errors.falseNegativesPerDay !== null && (
                <span className="fact-sub">
                  {countText(errors.falsePositivesPerDay)} false positives · {countText(errors.falseNegativesPerDay)} misses
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Caught by review ({formatShare(inputs.reviewSharePct / 100, 0)} reviewed)</dt>
            <dd>{countText(errors.caughtPerDay)}</dd>
          </div>
          <div>
            <dt>Uncaught, reaching the business</dt>
            <dd>
              {countText(errors.uncaughtPerDay)}
              <span className="fact-sub">{money(errors.downstreamCostPerDay)} a day downstream</span>
            </dd>
          </div>
          <div>
            <dt>Reviewers</dt>
            <dd>
              {formatNumber(result.reviewerFte, 1)} FTE
              <span className="fact-sub">
                {formatNumber(result.reviewHoursPerDay, 1)} h a day at {formatNumber(inputs.productiveHoursPerFteDay, 1)} productive h each
              </span>
            </dd>
          </div>
          <div>
            <dt>Storage after 1 year</dt>
            <dd>{formatNumber(result.storageGbAfter1Year, 1)} GB</dd>
          </div>
          <div>
            <dt>Storage after 3 years</dt>
            <dd>{formatNumber(result.storageGbAfter3Years, 1)} GB</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
