import { barChartHeight, barChartSvg } from './bar-chart-svg';
import { escapeHtml } from './escape';
import { pictureDocument, type HtmlPicture } from './html-picture';
import type { BarChart } from './report-schema';

/** The width the chart is drawn at; the picture is this times `scale` pixels wide. */
export const CHART_WIDTH = 640;

/**
 * A report chart as a page to photograph for Word. The SVG is vector, so drawing it `scale` times
 * larger than it is shown keeps its text sharp when the document is printed.
 */
export function chartPicture(chart: BarChart, scale = 2): HtmlPicture {
  const width = CHART_WIDTH * scale;
  const height = barChartHeight(chart) * scale;
  return pictureDocument(escapeHtml(chart.title), `svg { display: block; width: ${width}px; height: ${height}px; }`, barChartSvg(chart, CHART_WIDTH), width, height);
}
