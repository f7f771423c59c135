import { severityCss } from './palette';

/** A string for CSS `content`: every character but letters, digits and spaces as a hex escape, so nothing can end the rule or the style element. */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/** Print-first styles: A4, generous margins, a running header and page numbers from the page itself. */
export function reportCss(runningHeader: string, options: { coverPage: boolean }): string {
  return `
@page { size: A4; margin: 24mm 22mm 22mm 22mm;
  @top-left { content: ${cssString(runningHeader)}; font: 8pt Helvetica, Arial, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Color Emoji", sans-serif; color: #6b7480; vertical-align: bottom; padding-bottom: 4mm; border-bottom: 0.5pt solid #c9ced4; }
  @top-right { content: "Confidential"; font: 8pt Helvetica, Arial, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Color Emoji", sans-serif; color: #6b7480; vertical-align: bottom; padding-bottom: 4mm; border-bottom: 0.5pt solid #c9ced4; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Helvetica, Arial, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Color Emoji", sans-serif; color: #6b7480; }
}
${options.coverPage ? '@page :first { @top-left { content: none; border: none; } @top-right { content: none; border: none; } @bottom-right { content: none; } }' : ''}
:root { color: #1d2733; }
* { box-sizing: border-box; }
body { margin: 0; font: 10.5pt/1.5 Georgia, "Times New Roman", "Noto Serif", "Noto Serif CJK SC", "Noto Naskh Arabic", "Noto Color Emoji", serif; }
h1, h2, h3, h4, th, .label, .cover, figcaption, .meta, .pill { font-family: Helvetica, Arial, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Color Emoji", sans-serif; }
h1 { font-size: 22pt; font-weight: 600; margin: 0 0 6mm; color: #1f4e79; letter-spacing: -0.01em; break-after: avoid; }
h2 { font-size: 13pt; font-weight: 600; margin: 8mm 0 3mm; color: #1f4e79; break-after: avoid; }
h3 { font-size: 11pt; font-weight: 600; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 0 0 3mm; orphans: 3; widows: 3; }
/* Chapters flow on from the one before; a heading never ends a page (h1 above), so a new page starts only when the chapter's opening does not fit. */
.chapter { break-before: auto; margin-top: 14mm; }
.chapter.summary { break-before: page; margin-top: 0; }
.area { break-before: auto; margin-top: 6mm; }
.area > h2 { margin-top: 0; }
.area .question { break-after: avoid; }
.appendix + .appendix, .scenario + .scenario { margin-top: 10mm; }
.summary h1 { margin-bottom: 4mm; }
.summary h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
.summary figure { margin: 0 0 2mm; }
.summary .callout { margin-bottom: 2mm; }
.summary .callout p { font-size: 9pt; line-height: 1.4; margin-bottom: 2mm; }
.summary .notes p { font-size: 9pt; line-height: 1.4; margin-bottom: 2mm; }
.summary .figures div { padding: 0.6mm 0; }
.side-by-side { display: grid; grid-template-columns: 3fr 2fr; gap: 0 8mm; break-inside: avoid; }
ul.top { list-style: none; padding: 0; margin: 0; }
ul.top li { padding: 1.2mm 0; border-bottom: 0.5pt solid #dde1e6; break-inside: avoid; }
ul.cell-list { margin: 0; padding-left: 4mm; }
tr.day th { font-size: 9pt; color: #1f4e79; text-transform: none; letter-spacing: 0; padding-top: 4mm; border-bottom: 0.5pt solid #c9ced4; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: space-between; padding-top: 30mm; }
.cover .kicker { text-transform: uppercase; letter-spacing: 0.18em; font-size: 9pt; color: #6b7480; }
.cover .title { font-size: 30pt; line-height: 1.15; color: #1f4e79; font-weight: 600; margin: 6mm 0 4mm; }
.cover .subtitle { font-size: 14pt; color: #1d2733; }
.cover .rule { width: 30mm; height: 2pt; background: #1f4e79; margin: 10mm 0; }
.cover dl { display: grid; grid-template-columns: 38mm 1fr; gap: 2mm 6mm; font-size: 10pt; margin: 0; }
.cover dt { color: #6b7480; }
.cover dd { margin: 0; }
.toc { font-family: Helvetica, Arial, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Color Emoji", sans-serif; font-size: 9.5pt; }
.toc .label { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.14em; color: #6b7480; margin-bottom: 2mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { display: flex; gap: 4mm; padding: 0.8mm 0; border-bottom: 0.5pt dotted #c9ced4; }
.toc li a { flex: 1; color: inherit; text-decoration: none; }
.toc li.toc-2 a { padding-left: 5mm; color: #4a5563; }
.toc .page { min-width: 8mm; text-align: right; font-variant-numeric: tabular-nums; }
.toc .placeholder { visibility: hidden; }
.cover .footnote { font-size: 8.5pt; color: #6b7480; border-top: 0.5pt solid #c9ced4; padding-top: 3mm; }
.callout { border-left: 2.5pt solid #1f4e79; background: #f3f6f9; padding: 3mm 5mm; margin: 0 0 5mm; break-inside: avoid; }
.callout .label { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.12em; color: #6b7480; margin-bottom: 1mm; }
.callout .verdict { font-size: 13pt; font-family: Helvetica, Arial, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Color Emoji", sans-serif; font-weight: 600; }
.empty { color: #6b7480; font-style: italic; }
table { width: 100%; border-collapse: collapse; margin: 0 0 5mm; font-size: 9pt; }
th { text-align: left; font-weight: 600; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.06em; color: #6b7480; border-bottom: 1pt solid #1d2733; padding: 1.5mm 2mm; }
td { border-bottom: 0.5pt solid #dde1e6; padding: 1.8mm 2mm; vertical-align: top; }
tr { break-inside: avoid; }
th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.when { white-space: nowrap; }
td.ref, .ref { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 8.5pt; white-space: nowrap; }
.finding { break-inside: avoid; border-top: 0.5pt solid #dde1e6; padding: 3mm 0 2mm; }
.finding h4 { margin: 0 0 1mm; font-size: 10.5pt; }
.pill { display: inline-block; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.08em; padding: 0.3mm 2mm; border-radius: 2mm; margin-right: 2mm; vertical-align: 1pt; }
${severityCss((s) => `.sev-${s}`)}
.meta { font-size: 8.5pt; color: #6b7480; }
.meta a { color: #1f4e79; text-decoration: none; }
figure { margin: 2mm 0 6mm; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #6b7480; margin-top: 1mm; }
.figures { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 8mm; font-size: 9.5pt; margin-bottom: 4mm; }
.figures.one-up { grid-template-columns: 1fr; }
.figures div { display: flex; justify-content: space-between; border-bottom: 0.5pt solid #dde1e6; padding: 1mm 0; }
.figures span:first-child { padding-right: 4mm; }
.figures span + span { text-align: right; }
.figures span:last-child { font-variant-numeric: tabular-nums; font-family: Helvetica, Arial, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Color Emoji", sans-serif; }
.pre { white-space: pre-wrap; overflow-wrap: anywhere; }
ul.questions { margin: 1mm 0 0; padding-left: 5mm; font-size: 9pt; color: #3b4652; }
.attribution { font-size: 8pt; color: #6b7480; margin-top: 6mm; }
@media screen { body { max-width: 180mm; margin: 12mm auto; padding: 0 10mm; } .chapter { border-top: 1px solid #c9ced4; margin-top: 12mm; padding-top: 4mm; } .cover { height: auto; padding: 0 0 10mm; } }
`;
}
