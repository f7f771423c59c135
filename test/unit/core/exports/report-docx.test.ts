import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportDocx, type RenderPicture } from '../../../../electron/core/exports/report-docx';
import type { HtmlPicture } from '../../../../shared/report/html-picture';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/report-inputs';
import { buildReport } from '../../../../shared/report/report-model';
import { ASSESSMENT, FINDINGS, PATH_TO_SHIP, SECRET_TEXT, reportData } from '../../shared/report/report-fixture';
import { PNG_SIGNATURE, pngSize, solidPng } from '../../helpers/png';
import { useTempDir } from '../../helpers/temp-dir';
import { missingTools } from '../../helpers/external-tools';
import { zipEntries, zipEntry, zipText } from '../../helpers/zip';

const tempDir = useTempDir();

const report = buildReport(
  reportData({ findings: FINDINGS, pathToShip: PATH_TO_SHIP, assessment: ASSESSMENT }),
  DEFAULT_REPORT_OPTIONS,
);

/** Stands in for Chromium: a real PNG of the page's size, and a record of the pages it was given. */
function pictureHost() {
  const drawn: HtmlPicture[] = [];
  const render: RenderPicture = async (picture) => {
    drawn.push(picture);
    return solidPng(picture.width, picture.height);
  };
  return { drawn, render };
}


describe('reportDocx', () => {
  it('is a Word package with real heading styles, page numbers and no hidden notes', async () => {
    const bytes = await reportDocx(report, pictureHost().render);
    const dir = tempDir();
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, bytes);
    const documentXml = zipText(file, /^word\/document\.xml$/);
    const footers = zipText(file, /^word\/footer.*\.xml$/);
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:tbl>');
    expect(footers).toContain('PAGE');
    expect(documentXml).not.toContain(SECRET_TEXT);
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('embeds every chart as a PNG picture with alt text, each followed by a table of its numbers', async () => {
    const { drawn, render } = pictureHost();
    const file = path.join(tempDir(), 'report.docx');
    writeFileSync(file, await reportDocx(report, render));
    const charts = [report.readiness.chart!, report.readiness.mlChart!, ...report.cost.scenarios.map((s) => s.costChart)];
    expect(drawn).toHaveLength(charts.length);
    drawn.forEach((page, i) => {
      expect(page.html).toContain('<svg');
      expect(page.html).toContain(charts[i]!.bars[0]!.label);
      expect(page.html).not.toMatch(/<script/i);
    });

    const media = zipEntries(file).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media).toHaveLength(charts.length);
    for (const name of media) {
      const png = zipEntry(file, name);
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(png).width).toBe(1280);
    }
    const documentXml = zipEntry(file, 'word/document.xml').toString('utf8');
    // The summary shows the readiness chart again, from the same picture.
    expect(documentXml.match(/<pic:pic /g)).toHaveLength(charts.length + 1);
    for (const c of charts) {
      expect(documentXml).toContain(`descr="${c.title.replace(/&/g, '&amp;')}. ${c.bars[0]!.label}`);
      for (const bar of c.bars) expect(documentXml).toContain(`<w:t xml:space="preserve">${bar.valueText}</w:t>`);
    }
  });

  // LibreOffice reads the file as Word would; installing it takes about a minute
  // (apt-get install libreoffice-writer-nogui); where it is absent the check is skipped and says why.
  it('opens in LibreOffice, which finds the chapters, a finding, the roadmap, the evidence and the chart pictures', async (ctx) => {
    const missing = missingTools('the Word file as LibreOffice reads it', 'soffice', 'pdftotext', 'pdfimages');
    if (missing) ctx.skip(missing);
    const dir = tempDir();
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, await reportDocx(report, pictureHost().render));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    for (const expected of ['Executive summary', 'Production requirements', 'One person, Maria Schmidt, handles every exception', 'Train a second reviewer', 'Appendix: Evidence notes', 'D3-001', 'Page 2 of']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(SECRET_TEXT);
    expect(readFileSync(path.join(dir, 'report.pdf')).subarray(0, 4).toString()).toBe('%PDF');
    // pdfimages lists one line per picture after two header lines: the charts came through.
    const images = execFileSync('pdfimages', ['-list', path.join(dir, 'report.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(2 + report.cost.scenarios.length);
  }, 150_000);
});
