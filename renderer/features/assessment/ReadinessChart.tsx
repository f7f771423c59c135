import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { Readiness } from '../../../shared/assessment/scoring';
import { AUDIT_AREA_INFO, AUDIT_AREAS, type AuditArea } from '../../../shared/domain/audit-areas';
import { formatPercent } from './assessment-view';

const TICK = { fontSize: 13 };

/**
 * Readiness per area as horizontal bars from 0 to 100 %. The figures are printed beside the bars
 * and the chart is described in its label, so nothing depends on colour or bar length alone.
 */
export function ReadinessChart(props: { byArea: Record<AuditArea, Readiness> }) {
  const data = AUDIT_AREAS.map((area) => ({
    area: AUDIT_AREA_INFO[area].label,
    percent: props.byArea[area].percent ?? 0,
    label: formatPercent(props.byArea[area].percent),
  }));
  const description = `Readiness by area: ${data.map((d) => `${d.area} ${d.label}`).join(', ')}.`;
  return (
    <div className="readiness-chart" role="img" aria-label={description} data-testid="readiness-chart">
      <BarChart
        responsive
        layout="vertical"
        data={data}
        margin={{ top: 4, right: 88, bottom: 0, left: 0 }}
        accessibilityLayer={false}
        style={{ width: '100%', height: 220 }}
      >
        <CartesianGrid horizontal={false} className="chart-grid" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" tickLine={false} tick={TICK} />
        <YAxis type="category" dataKey="area" width={176} tickLine={false} axisLine={false} tick={TICK} />
        <Bar dataKey="percent" className="chart-bar" isAnimationActive={false} maxBarSize={30} radius={[0, 4, 4, 0]}>
          <LabelList dataKey="label" position="right" className="chart-label" />
        </Bar>
      </BarChart>
    </div>
  );
}
