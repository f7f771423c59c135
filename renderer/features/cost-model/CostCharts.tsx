import type { ReactElement } from 'react';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { monthlyCostByVolume, wrongOutputsByAccuracy } from '../../../shared/cost-model/chart-series';
import type { CostInputs } from '../../../shared/cost-model/cost-inputs';
import { COST_LINE_ITEMS, type CostModelResult } from '../../../shared/cost-model/cost-model';
import { formatCompact, formatMoney, formatNumber } from '../../../shared/cost-model/format';

const CHART_HEIGHT = 240;
const AXIS_TICK = { fontSize: 12, fill: 'var(--text-muted)' };
const GRID_STROKE = 'var(--border)';
const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, fontSize: 13 },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
};

function ChartCard(props: { title: string; caption: string; children: ReactElement }) {
  return (
    <figure className="card chart-card" aria-label={props.title}>
      <figcaption>
        <h2>{props.title}</h2>
        <p className="card-note">{props.caption}</p>
      </figcaption>
      <div className="chart-frame">
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          {props.children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function asNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Monthly running cost as volume grows, on a log scale so a pilot and production fit one axis. */
export function CostByVolumeChart(props: { inputs: CostInputs }) {
  const { inputs } = props;
  const data = monthlyCostByVolume(inputs);
  const first = data[0]?.volumePerDay ?? 1;
  const last = data.at(-1)?.volumePerDay ?? 10_000;
  const decades: number[] = [];
  for (let v = first; v <= last * 1.0001; v *= 10) decades.push(v);
  return (
    <ChartCard title="Monthly cost by daily volume" caption="Running cost per month; pilot and production volumes marked.">
      <LineChart data={data} margin={{ top: 20, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          dataKey="volumePerDay"
          type="number"
          scale="log"
          domain={[first, last]}
          ticks={decades}
          tickFormatter={(v: number) => formatCompact(v)}
          tick={AXIS_TICK}
          label={{ value: 'items per day (log scale)', position: 'insideBottom', offset: -4, fontSize: 12, fill: 'var(--text-muted)' }}
          height={40}
        />
        <YAxis tickFormatter={(v: number) => formatMoney(v, inputs.currency, { compact: true })} tick={AXIS_TICK} width={64} />
        <Tooltip
          {...TOOLTIP_STYLE}
          labelFormatter={(v) => `${formatNumber(asNumber(v))} items a day`}
          formatter={(v) => [formatMoney(asNumber(v), inputs.currency), 'Per month']}
        />
        <Line type="monotone" dataKey="perMonth" stroke="var(--chart-line)" strokeWidth={2.5} dot={false} isAnimationActive={false} />
        {inputs.pilotVolumePerDay > 0 && (
          <ReferenceLine
            x={inputs.pilotVolumePerDay}
            stroke="var(--chart-pilot)"
            strokeDasharray="4 4"
            label={{ value: 'Pilot', position: 'top', fontSize: 12, fill: 'var(--chart-pilot)' }}
          />
        )}
        {inputs.productionVolumePerDay > 0 && (
          <ReferenceLine
            x={inputs.productionVolumePerDay}
            stroke="var(--chart-production)"
            strokeDasharray="4 4"
            label={{ value: 'Production', position: 'top', fontSize: 12, fill: 'var(--chart-production)' }}
          />
        )}
      </LineChart>
    </ChartCard>
  );
}

/** Each year's cost stacked by line item, the one-off build on top of year one. */
export function YearlyBreakdownChart(props: { currency: string; result: CostModelResult }) {
  const { result, currency } = props;
  const data = result.years.map((y) => ({ name: `Year ${y.year}`, build: y.oneOff, ...y.lineItems }));
  const series = [
    ...COST_LINE_ITEMS.filter((item) => result.years.some((y) => y.lineItems[item.id] > 0)),
    ...(result.years.some((y) => y.oneOff > 0) ? [{ id: 'build', label: 'Integration build' } as const] : []),
  ];
  return (
    <ChartCard title="Yearly cost, by line item" caption="Production volume with growth applied each year.">
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} barCategoryGap="28%">
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={AXIS_TICK} />
        <YAxis tickFormatter={(v: number) => formatMoney(v, currency, { compact: true })} tick={AXIS_TICK} width={64} />
        <Tooltip {...TOOLTIP_STYLE} formatter={(v, name) => [formatMoney(asNumber(v), currency), name]} />
        <Legend wrapperStyle={{ fontSize: 12 }} iconType="square" iconSize={10} itemSorter={null} />
        {series.map((s) => (
          <Bar key={s.id} dataKey={s.id} name={s.label} stackId="cost" fill={`var(--chart-${s.id})`} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartCard>
  );
}

/** How many outputs a day are wrong at each accuracy, split into caught and uncaught. */
export function WrongOutputsChart(props: { inputs: CostInputs }) {
  const { inputs } = props;
  const data = wrongOutputsByAccuracy(inputs);
  return (
    <ChartCard
      title="Wrong outputs per day by accuracy"
      caption={`At ${formatNumber(inputs.productionVolumePerDay)} items a day; review catches the reviewed share.`}
    >
      <AreaChart data={data} margin={{ top: 20, right: 44, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          dataKey="accuracyPct"
          type="number"
          domain={[data[0]?.accuracyPct ?? 0, 100]}
          tickFormatter={(v: number) => `${v} %`}
          tick={AXIS_TICK}
        />
        <YAxis tickFormatter={(v: number) => formatCompact(v)} tick={AXIS_TICK} width={56} />
        <Tooltip
          {...TOOLTIP_STYLE}
          labelFormatter={(v) => `${formatNumber(asNumber(v), 1)} % accurate`}
          formatter={(v, name) => [formatNumber(asNumber(v)), name]}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} iconType="square" iconSize={10} itemSorter={null} />
        <Area
          type="monotone"
          dataKey="uncaughtPerDay"
          name="Uncaught"
          stackId="wrong"
          stroke="var(--chart-errors)"
          fill="var(--chart-errors)"
          fillOpacity={0.55}
          isAnimationActive={false}
        />
        <Area
          type="monotone"
          dataKey="caughtPerDay"
          name="Caught by review"
          stackId="wrong"
          stroke="var(--chart-review)"
          fill="var(--chart-review)"
          fillOpacity={0.45}
          isAnimationActive={false}
        />
        <ReferenceLine
          x={inputs.accuracyPct}
          stroke="var(--text)"
          strokeDasharray="4 4"
          label={{ value: `Now ${formatNumber(inputs.accuracyPct, 1)} %`, position: 'top', fontSize: 12, fill: 'var(--text)' }}
        />
      </AreaChart>
    </ChartCard>
  );
}
