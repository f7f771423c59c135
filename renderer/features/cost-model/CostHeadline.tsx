import type { CostInputs } from '../../../shared/cost-model/cost-inputs';
import type { CostModelResult } from '../../../shared/cost-model/cost-model';
import { formatMoney, formatNumber } from '../../../shared/cost-model/format';
import { Button } from '../../components/Button';
import { breakEvenDetail, breakEvenText, countText, perTransactionText, wrongOutputsDetail } from '../../../shared/cost-model/result-text';

/** finding, when given, is the finding title the result becomes with one click. */
function Kpi(props: { label: string; value: string; detail: string; tone?: 'warning' | 'good'; finding?: { title: string; onCreate: (title: string) => void } }) {
  const finding = props.finding;
  return (
    <div className={`kpi${props.tone ? ` kpi-${props.tone}` : ''}`} role="group" aria-label={props.label}>
      <p className="kpi-label">{props.label}</p>
      <p className="kpi-value">{props.value}</p>
      <p className="kpi-detail">{props.detail}</p>
      {finding && (
        <Button variant="ghost" className="kpi-finding" aria-label={`Create a finding from ${props.label}`} title={finding.title} onClick={() => finding.onCreate(finding.title)}>
          + Finding
        </Button>
      )}
    </div>
  );
}

/** The six numbers a sponsor asks for first, at production volume. */
export function CostHeadline(props: { inputs: CostInputs; result: CostModelResult; onFinding: (title: string) => void }) {
  const { inputs, result } = props;
  const c = inputs.currency;
  const { breakEven } = result;
  return (
    <section className="kpi-row" aria-label="Headline figures at production volume">
      <Kpi
        label="Cost per month"
        value={formatMoney(result.production.perMonth, c)}
        detail={`${formatMoney(result.production.perYear, c)} a year at ${formatNumber(inputs.productionVolumePerDay)} a day`}
        finding={{ title: `At production volume the model costs ${formatMoney(result.production.perYear, c, { compact: true })} a year`, onCreate: props.onFinding }}
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
        finding={{
          title: `At production volume ${countText(result.errors.wrongPerDay)} outputs a day are wrong; ${countText(result.errors.uncaughtPerDay)} reach the business`,
          onCreate: props.onFinding,
        }}
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
