import type { CostInputs } from '../../../shared/cost-model/cost-inputs';
import type { CostModelResult } from '../../../shared/cost-model/cost-model';
import { formatMoney, formatNumber } from '../../../shared/cost-model/format';
import { breakEvenDetail, breakEvenText, countText, perTransactionText, wrongOutputsDetail } from './result-text';

function Kpi(props: { label: string; value: string; detail: string; tone?: 'warning' | 'good' }) {
  return (
    <div className={`kpi${props.tone ? ` kpi-${props.tone}` : ''}`} role="group" aria-label={props.label}>
      <p className="kpi-label">{props.label}</p>
      <p className="kpi-value">{props.value}</p>
      <p className="kpi-detail">{props.detail}</p>
    </div>
  );
}

/** The six numbers a sponsor asks for first, at production volume. */
export function CostHeadline(props: { inputs: CostInputs; result: CostModelResult }) {
  const { inputs, result } = props;
  const c = inputs.currency;
  const { breakEven } = result;
  return (
    <section className="kpi-row" aria-label="Headline figures at production volume">
      <Kpi
        label="Cost per month"
        value={formatMoney(result.production.perMonth, c)}
        detail={`${formatMoney(result.production.perYear, c)} a year at ${formatNumber(inputs.productionVolumePerDay)} a day`}
      />
      <Kpi
        label="Cost per transaction"
        value={perTransactionText(result.production.perTransaction, c)}
        detail={inputs.currentCostPerItem > 0 ? `Today: ${formatMoney(inputs.currentCostPerItem, c)} an item` : 'All running costs, per item'}
      />
      <Kpi
        label="3-year total cost"
        value={formatMoney(result.tco3Years, c)}
        detail={`1 year: ${formatMoney(result.tco1Year, c)}, build included`}
      />
      <Kpi
        label="Wrong outputs per day"
        value={countText(result.errors.wrongPerDay)}
        detail={wrongOutputsDetail(result)}
        tone={result.errors.uncaughtPerDay >= 1 ? 'warning' : undefined}
      />
      <Kpi
        label="Reviewers needed"
        value={`${formatNumber(result.reviewerFte, 1)} FTE`}
        detail={`${formatNumber(result.reviewHoursPerDay, 1)} review hours a day`}
      />
      <Kpi
        label="Break-even"
        value={breakEvenText(breakEven)}
        detail={breakEvenDetail(breakEven, c)}
        tone={breakEven.kind === 'never' && breakEven.todayCostPerItem > 0 ? 'warning' : breakEven.kind === 'months' ? 'good' : undefined}
      />
    </section>
  );
}
