import type { Browser } from 'playwright-core';
import type { SeededWorkspace } from './seed-data';
import type { SeededEngagements } from './seed-engagements';

/** One line of the results table, and one entry of the JSON written for comparison over time. */
export interface BenchRow {
  id: string;
  measurement: string;
  unit: 'ms' | 'MB';
  median: number;
  p95: number;
  p99: number;
  /** Worst sample, kept for targets about the worst case. */
  max: number;
  samples: number;
  /** What the ratio is taken against, measured in the same run; null when the target is absolute. */
  reference: string | null;
  referenceMedian: number | null;
  referenceP99: number | null;
  /** median / referenceMedian. */
  ratio: number | null;
  target: string;
  met: boolean;
}

/** Data sets and tools shared by the modules; each is built on first use, then reused. */
export interface BenchContext {
  /** 5 days, 50 participants, 5,000 notes and 500 findings, next to an empty engagement. */
  standard(): Promise<SeededWorkspace>;
  /** 100,000 notes and 2,000 findings. */
  large(): Promise<SeededWorkspace>;
  /** A laptop after years of audits: 1,000,000 notes across 200 engagements of different ages and sizes (quick: 50,000 across 50). */
  yearOfAudits(): Promise<SeededEngagements>;
  browser(): Promise<Browser>;
  /** Where a module may keep files for the run; removed at the end. */
  scratchDir: string;
  /** Fewer rounds, for checking the runner itself. */
  quick: boolean;
}

/** A group of measurements, listed in MODULES in run-bench.ts. */
export interface BenchModule {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
