import type { BenchRow } from './bench-types';
import type { Summary } from './stats';

/** Builds a table row from a summary and, when there is one, the reference measured alongside it. */
export function row(args: {
  id: string;
  measurement: string;
  unit?: BenchRow['unit'];
  summary: Summary;
  reference?: { label: string; summary: Summary };
  target: string;
  met: boolean;
}): BenchRow {
  const referenceMedian = args.reference?.summary.median ?? null;
  return {
    id: args.id,
    measurement: args.measurement,
    unit: args.unit ?? 'ms',
    median: args.summary.median,
    p95: args.summary.p95,
    p99: args.summary.p99,
    max: args.summary.max,
    samples: args.summary.count,
    reference: args.reference?.label ?? null,
    referenceMedian,
    referenceP99: args.reference?.summary.p99 ?? null,
    ratio: referenceMedian === null ? null : args.summary.median / referenceMedian,
    target: args.target,
    met: args.met,
  };
}
