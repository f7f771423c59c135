import { destinationPages } from './pdf-destinations';
import { reportHtml } from './report-html';
import type { Report } from './report-schema';

/** Headings the contents link to; every other link target (an evidence note) does not matter here. */
function contentsPages(all: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...all].filter(([id]) => id.startsWith('toc-')));
}

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);
}

/**
 * The report's PDF with its contents numbered: a first print says on which page each heading
 * landed, the second prints those numbers. The placeholders have the numbers' width, so the second
 * lays out as the first; a print whose headings moved all the same is printed again once, and a
 * report whose numbers still disagree with its pages is refused rather than sent with wrong ones.
 */
export async function printReport(report: Report, renderPdf: (html: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  let pages = contentsPages(destinationPages(await renderPdf(reportHtml(report))));
  for (let attempt = 0; attempt < 2; attempt++) {
    const pdf = await renderPdf(reportHtml(report, pages));
    const printed = contentsPages(destinationPages(pdf));
    if (samePages(pages, printed)) return pdf;
    pages = printed;
  }
  throw new Error('the page numbers of its contents kept moving between prints');
}
