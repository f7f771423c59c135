import type { CostModelResult } from '../../../shared/cost-model/cost-model';
import { formatMoney, formatShare } from '../../../shared/cost-model/format';
import { Table } from '../../components/Table';

/** The yearly cost lines at production volume, largest first, so what dominates is obvious. */
export function CostBreakdown(props: { currency: string; result: CostModelResult }) {
  const lines = props.result.breakdown.filter((line) => line.perYear > 0);
  return (
    <section className="card" aria-labelledby="cost-breakdown-title">
      <h2 id="cost-breakdown-title">What drives the cost</h2>
      {lines.length === 0 ? (
        <p className="card-note">No running costs yet: enter a volume and what each query costs.</p>
      ) : (
        <Table className="breakdown-table" labelledBy="cost-breakdown-title">
          <thead>
            <tr>
              <th scope="col">Line item</th>
              <th scope="col" className="num">
                Per year
              </th>
              <th scope="col" className="num">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">
                  <span className={`swatch swatch-${line.id}`} aria-hidden="true" />
                  {line.label}
                </th>
                <td className="num">{formatMoney(line.perYear, props.currency)}</td>
                <td className="num share-cell">
                  <meter min={0} max={1} value={line.share} aria-label={`${line.label} share`} />
                  <span>{formatShare(line.share, line.share < 0.01 ? 1 : 0)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
