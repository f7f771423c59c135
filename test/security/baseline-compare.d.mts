export interface Finding {
  scan: string;
  rule: string;
  file: string;
  line: number;
  message: string;
}

export interface BaselineEntry {
  scan: string;
  rule: string;
  file: string;
  count: number;
  reason: string;
}

export interface CountDifference {
  scan: string;
  rule: string;
  file: string;
  found: number;
  allowed: number;
}

export interface Comparison {
  passed: boolean;
  unexpected: (CountDifference & { findings: Finding[] })[];
  stale: CountDifference[];
}

export function compareWithBaseline(findings: readonly Finding[], baseline: readonly BaselineEntry[]): Comparison;
export function describeComparison(comparison: Comparison): string[];
