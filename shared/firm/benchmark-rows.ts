import type { Benchmark, MetricBenchmark } from './firm-schemas';

const LABELS: Readonly<Record<string, string>> = {
  accuracy: 'Accuracy (%)',
  volume: 'Volume per day',
  costPerItem: 'Cost per item',
  reviewers: 'Reviewers (FTE)',
  mlTestScore: 'ML Test Score',
  'readiness:problem-fit': 'Readiness: problem fit (%)',
  'readiness:approach': 'Readiness: approach (%)',
  'readiness:production-requirements': 'Readiness: production (%)',
  'readiness:path-to-ship': 'Readiness: path to ship (%)',
};

export interface BenchmarkRow {
  metric: string;
  label: string;
  value: string;
  median: string;
  /** The middle half of past audits, "p25–p75". */
  middle: string;
  position: string;
  audits: number;
}

const number = (value: number | null) => (value === null ? '—' : value.toLocaleString('en', { maximumFractionDigits: Math.abs(value) < 1 ? 3 : 1 }));

/** Where this pilot's number falls among the past audits' numbers. */
function position(m: MetricBenchmark): string {
  if (m.shareBelow === null) return '—';
  if (m.shareBelow === 1) return 'highest';
  if (m.shareBelow === 0) return 'lowest or equal';
  return `above ${Math.round(m.shareBelow * 100)} %`;
}

/** The benchmark's rows whose metric starts with one of `prefixes`, as the panel and the report print them. */
export function benchmarkRows(benchmark: Benchmark, prefixes: readonly string[]): BenchmarkRow[] {
  return benchmark.metrics
    .filter((m) => prefixes.some((prefix) => m.metric.startsWith(prefix)))
    .map((m) => ({
      metric: m.metric,
      label: LABELS[m.metric] ?? m.metric,
      value: number(m.value),
      median: number(m.median),
      middle: `${number(m.p25)}–${number(m.p75)}`,
      position: position(m),
      audits: m.audits,
    }));
}

/** Every metric the benchmark compares, in the order the report lists them. */
export const ALL_BENCHMARK_METRICS = ['accuracy', 'volume', 'costPerItem', 'reviewers', 'mlTestScore', 'readiness:'];
