import PptxGenJS from 'pptxgenjs';
import { SEVERITIES, SEVERITY_LABELS } from '../../../shared/domain/finding';
import type { DeckColumn, DeckSlide, ReadoutDeck } from '../../../shared/report/deck-model';
import { severitySwatch } from '../../../shared/report/palette';

/*
 * The readout deck as a PowerPoint file: real text boxes and tables, and the readiness chart as a
 * native bar chart with its numbers on the bars, so everything stays editable. No font is named:
 * the theme's fonts carry PowerPoint's per-script fallbacks (Japanese, Arabic, …), and LibreOffice
 * falls back through fontconfig, so CJK, Arabic and emoji render wherever the app shows them.
 */

const WIDTH = 13.333;
const MARGIN = 0.6;
const BODY_WIDTH = WIDTH - 2 * MARGIN;
const BODY_TOP = 1.35;
const INK = '1F2933';
const MUTED = '52606D';
const ACCENT = '2F5D8A';
const RULE = 'CBD2D9';
const HEADER_FILL = 'E4EAF1';

type Slide = ReturnType<PptxGenJS['addSlide']>;

function heading(slide: Slide, text: string) {
  slide.addText(text, { x: MARGIN, y: 0.4, w: BODY_WIDTH, h: 0.8, fontSize: 28, bold: true, color: INK, valign: 'middle' });
}

const SEVERITY_OF_LABEL = new Map(SEVERITIES.map((s) => [SEVERITY_LABELS[s], s]));

/** A severity cell on its colour, with its word, as the app, the report and the board show it. */
function cell(text: string, column: DeckColumn | undefined): PptxGenJS.TableCell {
  const severity = column?.severity ? SEVERITY_OF_LABEL.get(text) : undefined;
  if (!severity) return { text };
  const swatch = severitySwatch(severity);
  return { text, options: { bold: true, fill: { color: swatch.fill.slice(1) }, color: swatch.text.slice(1) } };
}

function tableRows(columns: readonly DeckColumn[], rows: readonly (readonly string[])[]): PptxGenJS.TableRow[] {
  return [
    columns.map((c) => ({ text: c.header, options: { bold: true, fill: { color: HEADER_FILL } } })),
    ...rows.map((row) => row.map((text, i) => cell(text, columns[i]))),
  ];
}

const TABLE_STYLE = { fontSize: 14, color: INK, border: { type: 'solid', pt: 0.75, color: RULE }, valign: 'top', margin: 0.06 } as const;

function addSlide(pptx: PptxGenJS, model: DeckSlide) {
  const slide = pptx.addSlide();
  if (model.kind === 'title') {
    slide.addText(model.title, { x: MARGIN, y: 2.1, w: BODY_WIDTH, h: 1.3, fontSize: 40, bold: true, color: INK, valign: 'bottom' });
    slide.addShape(pptx.ShapeType.rect, { x: MARGIN, y: 3.55, w: 1.6, h: 0.08, fill: { color: ACCENT }, line: { color: ACCENT } });
    slide.addText(
      model.lines.map((text, i) => ({ text, options: { breakLine: true, fontSize: i === 0 ? 24 : 18, color: i === 0 ? INK : MUTED } })),
      { x: MARGIN, y: 3.8, w: BODY_WIDTH, h: 2.2, valign: 'top', paraSpaceAfter: 6 },
    );
    return;
  }
  heading(slide, model.title);
  switch (model.kind) {
    case 'recommendation': {
      slide.addText(model.decision, { x: MARGIN, y: BODY_TOP, w: BODY_WIDTH, h: 0.8, fontSize: 32, bold: true, color: ACCENT, valign: 'top' });
      const body: PptxGenJS.TextProps[] = [];
      if (model.rationale) body.push({ text: model.rationale, options: { breakLine: true, fontSize: 16, color: INK, paraSpaceAfter: 12 } });
      if (model.conditions.length) {
        body.push({ text: 'Conditions', options: { breakLine: true, bold: true, fontSize: 16, color: INK } });
        for (const c of model.conditions) body.push({ text: c, options: { breakLine: true, fontSize: 16, color: INK, bullet: { type: 'number' } } });
      }
      if (body.length) slide.addText(body, { x: MARGIN, y: BODY_TOP + 0.9, w: BODY_WIDTH, h: 4.9, valign: 'top', fit: 'shrink' });
      return;
    }
    case 'figures':
      slide.addText(model.subtitle, { x: MARGIN, y: BODY_TOP, w: BODY_WIDTH, h: 0.5, fontSize: 18, color: MUTED });
      slide.addTable(
        model.figures.map((f) => [
          { text: f.label, options: { fontSize: 18, color: INK } },
          { text: f.value, options: { fontSize: 22, bold: true, color: INK, align: 'right' } },
        ]),
        { x: MARGIN, y: BODY_TOP + 0.7, w: 9, colW: [6, 3], border: { type: 'solid', pt: 0.75, color: RULE }, valign: 'middle', margin: 0.1 },
      );
      slide.addText(model.caption, { x: MARGIN, y: 6.6, w: BODY_WIDTH, h: 0.4, fontSize: 12, color: MUTED });
      return;
    case 'readiness': {
      // A horizontal bar chart draws its first category at the bottom; reversed, it reads top-down like the table.
      const bars = [...model.bars].reverse();
      slide.addChart(pptx.ChartType.bar, [{ name: 'Readiness', labels: bars.map((b) => b.label), values: bars.map((b) => b.value) }], {
        x: MARGIN,
        y: BODY_TOP,
        w: 7.4,
        h: 5,
        barDir: 'bar',
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        valAxisMajorUnit: 25,
        chartColors: [ACCENT],
        showValue: true,
        dataLabelFormatCode: '0" %"',
        dataLabelPosition: 'outEnd',
        dataLabelFontSize: 14,
        catAxisLabelFontSize: 14,
        valAxisLabelFontSize: 12,
        altText: `${model.title}: ${model.rows.map((r) => `${r.label} ${r.value}`).join(', ')}`,
      });
      slide.addTable(tableRows([{ header: 'Area', width: 1 }, { header: 'Readiness', width: 1 }], model.rows.map((r) => [r.label, r.value])), {
        ...TABLE_STYLE,
        x: 8.3,
        y: BODY_TOP + 0.2,
        w: 4.4,
        colW: [2.9, 1.5],
      });
      slide.addText(model.caption, { x: MARGIN, y: 6.6, w: BODY_WIDTH, h: 0.4, fontSize: 12, color: MUTED });
      return;
    }
    case 'table': {
      const total = model.columns.reduce((sum, c) => sum + c.width, 0);
      slide.addTable(
        tableRows(model.columns, model.rows),
        { ...TABLE_STYLE, x: MARGIN, y: BODY_TOP, w: BODY_WIDTH, colW: model.columns.map((c) => (c.width / total) * BODY_WIDTH) },
      );
      return;
    }
  }
}

/** The deck's bytes, ready to be written as a .pptx file. */
export async function readoutDeck(deck: ReadoutDeck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  for (const slide of deck.slides) addSlide(pptx, slide);
  const bytes = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(bytes instanceof Uint8Array)) throw new Error('The presentation library did not return the file’s bytes.');
  return bytes;
}
