import { escapeHtml } from './escape';
import type { BarChart } from './report-schema';

const ROW = 26;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 120;
const BAR_HEIGHT = 14;

/** The drawn height of a chart in CSS pixels: one row per bar. */
export function barChartHeight(chart: BarChart): number {
  return chart.bars.length * ROW + 8;
}

/**
 * A horizontal bar chart as SVG text, drawn by arithmetic alone so it renders the same in the
 * app, in print and in tests. An unscored bar shows a dashed outline instead of a zero bar.
 */
export function barChartSvg(chart: BarChart, width = 640): string {
  const plot = width - LABEL_WIDTH - VALUE_WIDTH;
  const height = barChartHeight(chart);
  const scale = (v: number) => (chart.max > 0 ? Math.max(0, Math.min(1, v / chart.max)) * plot : 0);
  const rows = chart.bars
    .map((bar, i) => {
      const y = 4 + i * ROW;
      const barY = y + (ROW - BAR_HEIGHT) / 2;
      const textY = y + ROW / 2 + 4;
      const shape =
        bar.value === null
          ? `<rect x="${LABEL_WIDTH}" y="${barY}" width="${plot}" height="${BAR_HEIGHT}" fill="none" stroke="#b8bec6" stroke-dasharray="3 3"/>`
          : `<rect x="${LABEL_WIDTH}" y="${barY}" width="${scale(bar.value).toFixed(1)}" height="${BAR_HEIGHT}" fill="#1f4e79"/>`;
      return (
        `<text x="${LABEL_WIDTH - 10}" y="${textY}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
        `<rect x="${LABEL_WIDTH}" y="${barY}" width="${plot}" height="${BAR_HEIGHT}" fill="#eef1f4"/>` +
        shape +
        `<text x="${LABEL_WIDTH + plot + 10}" y="${textY}">${escapeHtml(bar.valueText)}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-label="${escapeHtml(chart.title)}" font-family="Helvetica, Arial, sans-serif" font-size="11" fill="#1d2733">` +
    `<title>${escapeHtml(chart.title)}</title>${rows}</svg>`
  );
}
