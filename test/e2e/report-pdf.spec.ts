import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { reportHtml } from '../../shared/report/report-html';
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
test('the report prints to a paged PDF with running header, page numbers, chapters and charts', async ({ page }) => {
  const missing = missingTools('the printed report as text and pictures', 'pdftotext', 'pdftoppm');
  test.skip(missing !== null, missing ?? '');
  const dir = mkdtempSync(path.join(tmpdir(), 'audit-report-pdf-'));
  try {
    const data = reportData({ findings: FINDINGS, pathToShip: PATH_TO_SHIP, assessment: ASSESSMENT });
    const html = reportHtml(buildReport(data, DEFAULT_REPORT_OPTIONS));
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(html);
    const pdfPath = path.join(dir, 'report.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });

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
