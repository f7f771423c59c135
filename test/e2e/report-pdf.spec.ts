import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { printReport } from '../../shared/report/report-pdf';
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/report-inputs';
import { buildReport } from '../../shared/report/report-model';
import { ASSESSMENT, FINDINGS, PATH_TO_SHIP, SECRET_TEXT, reportData } from '../unit/shared/report/report-fixture';
import { missingTools } from '../unit/helpers/external-tools';

const SHOTS = 'test-results/screens';

/**
 * The report HTML printed by Chromium exactly as the app prints it (page.pdf here,
 * webContents.printToPDF there), read back with pdftotext, and its key pages saved as PNGs to
 * look at.
 */
/** The contents on the cover, as pdftotext lays them out: a title, then its page number at the right. */
function contentsOf(cover: string): { title: string; page: number }[] {
  const after = cover.slice(cover.indexOf('CONTENTS') + 'CONTENTS'.length);
  return after
    .split('\n')
    .map((line) => /^\s*(\S.*?\S)\s{2,}(\d+)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1]!, page: Number(m[2]) }));
}

/** A page's lines of text, without the running header and the page number. */
function bodyLines(pageText: string): string[] {
  return pageText.split('\n').filter((line) => line.trim() && !/Page \d+ of \d+/.test(line) && !line.includes('Confidential'));
}

test('the report prints to a paged PDF with running header, page numbers, chapters and charts', async ({ page }) => {
  const missing = missingTools('the printed report as text and pictures', 'pdftotext', 'pdftoppm');
  test.skip(missing !== null, missing ?? '');
  const dir = mkdtempSync(path.join(tmpdir(), 'audit-report-pdf-'));
  try {
    const data = reportData({ findings: FINDINGS, pathToShip: PATH_TO_SHIP, assessment: ASSESSMENT });
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    const pdfPath = path.join(dir, 'report.pdf');
    const pdf = await printReport(buildReport(data, DEFAULT_REPORT_OPTIONS), async (html) => {
      await page.setContent(html);
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    });
    writeFileSync(pdfPath, pdf);

    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(4);
    expect(pages[0]).toContain('Invoice triage assistant');
    expect(pages[0]).not.toContain('Page 1 of');
    expect(pages[1]).toContain('Acme Freight <Holdings> & Co · AI Automation Audit');
    expect(pages[1]).toContain(`Page 2 of ${pages.length}`);
    // The summary, on the page after the cover, carries the money and the error picture.
    for (const expected of ['Executive summary', 'Conditional go', 'Total cost over 3 years', 'Break-even', 'Wrong outputs a day', 'Overall readiness', 'Top findings']) {
      expect(pages[1]).toContain(expected);
    }
    // Area chapters flow: the three areas with findings share a page.
    expect(pages.filter((p) => p.includes('Problem fit') && p.includes('Approach') && p.includes('Production requirements'))).not.toHaveLength(0);
    for (const expected of ['Executive summary', 'Conditional go', 'One person, Maria Schmidt, handles every exception', 'Yearly running cost by line item', 'Human review', 'Appendix: Evidence notes', '<script>alert(1)</script>']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(SECRET_TEXT);

    // The contents on the cover name each chapter with the page it starts on.
    const contents = contentsOf(pages[0]!);
    expect(contents.map((c) => c.title)).toEqual(expect.arrayContaining(['Executive summary', 'Findings by area', 'Cost and error model', 'Path to ship', 'Appendix: Evidence notes']));
    for (const { title, page: number } of contents) {
      expect(bodyLines(pages[number - 1]!).some((line) => line.trim().startsWith(title)), `"${title}" on page ${number}`).toBe(true);
      for (const earlier of pages.slice(1, number - 1)) expect(bodyLines(earlier).some((line) => line.trim() === title)).toBe(false);
    }
    // Chapters flow: a page holding less than a third of a full page is the last of its chapter,
    // so the next page opens a chapter (or the report ends).
    const chapterTitles = contents.map((c) => c.title);
    const full = Math.max(...pages.slice(1).map((p) => bodyLines(p).length));
    pages.slice(1, -1).forEach((pageText, i) => {
      if (bodyLines(pageText).length >= full / 3) return;
      const next = bodyLines(pages[i + 2]!).slice(0, 3).map((line) => line.trim());
      expect(chapterTitles.some((title) => next.some((line) => line.startsWith(title))), `page ${i + 2} is short but page ${i + 3} does not open a chapter`).toBe(true);
    });

    mkdirSync(SHOTS, { recursive: true });
    const costPage = pages.findIndex((p) => p.includes('Cost and error model') && p.includes('Yearly running cost')) + 1;
    const chapterPage = pages.findIndex((p) => p.includes('Findings by area')) + 1;
    for (const [name, n] of [['cover', 1], ['summary', 2], ['chapter', chapterPage], ['cost', costPage]] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(n), '-l', String(n), '-singlefile', pdfPath, path.join(SHOTS, `report-${name}`)]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
