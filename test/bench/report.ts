import { cpus, freemem, totalmem } from 'node:os';
import type { BenchRow } from './bench-types';

function format(value: number | null, unit: string): string {
  if (value === null) return '—';
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

/** The results as a Markdown table, readable in a terminal and pasteable into the README. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['Measurement', 'Median', 'p95', 'Reference (median)', 'Ratio', 'Target', 'Met'];
  const lines = rows.map((r) => [
    r.measurement,
    format(r.median, r.unit),
    format(r.p95, r.unit),
    r.reference === null ? '—' : `${r.reference} (${format(r.referenceMedian, r.unit)})`,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.met ? 'yes' : 'NO',
  ]);
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => cells[i]!.length)));
  const render = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [render(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(render)].join('\n');
}

/** What the numbers were measured on, stored with them so runs on different machines are not confused. */
export function machineInfo() {
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    totalMemoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    freeMemoryGb: Math.round((freemem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
