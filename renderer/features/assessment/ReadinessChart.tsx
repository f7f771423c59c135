import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { Readiness } from '../../../shared/assessment/scoring';
import { AUDIT_AREA_INFO, AUDIT_AREAS, type AuditArea } from '../../../shared/domain/audit-areas';
import { formatPercent } from './assessment-view';

/**
 * Readiness per area as bars from 0 to 100 %. The figures are printed on the bars and the whole
 * chart is described in its label, so nothing depends on reading the colour or the bar length.
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
      <BarChart responsive data={data} margin={{ top: 24, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false} style={{ width: '100%', height: 240 }}>
        <CartesianGrid vertical={false} className="chart-grid" />
        <XAxis dataKey="area" tickLine={false} interval={0} className="chart-axis" />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" tickLine={false} axisLine={false} className="chart-axis" />
        <Bar dataKey="percent" className="chart-bar" isAnimationActive={false} maxBarSize={72} radius={[4, 4, 0, 0]}>
          <LabelList dataKey="label" position="top" className="chart-label" />
        </Bar>
      </BarChart>
    </div>
  );
}
