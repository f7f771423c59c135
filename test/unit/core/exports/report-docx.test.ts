import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../../../electron/core/exports/report-docx';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/report-inputs';
import { buildReport } from '../../../../shared/report/report-model';
import { FINDINGS, SECRET_TEXT, reportData } from '../../shared/report/report-fixture';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasSoffice = soffice.status === 0;

const report = buildReport(
  reportData({ findings: FINDINGS, roadmap: [{ phase: 'Now', title: 'Second reviewer', owner: 'Operations', timing: 'Weeks 1–4' }] }),
  DEFAULT_REPORT_OPTIONS,
);

describe('reportDocx', () => {
  it('is a Word package with real heading styles, page numbers and no hidden notes', async () => {
    const bytes = await reportDocx(report);
    const dir = tempDir();
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, bytes);
    const documentXml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    const footers = execFileSync('unzip', ['-p', file, 'word/footer*.xml'], { encoding: 'utf8' });
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:tbl>');
    expect(footers).toContain('PAGE');
    expect(documentXml).not.toContain(SECRET_TEXT);
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  // LibreOffice reads the file as Word would; installing it takes about a minute
  // (apt-get install libreoffice-writer-nogui), so the check runs where it is present.
  it.skipIf(!hasSoffice)('opens in LibreOffice, which finds the chapters, a finding, the roadmap and the evidence', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, await reportDocx(report));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    for (const expected of ['Executive summary', 'Production requirements', 'One person, Maria Schmidt, handles every exception', 'Second reviewer', 'Appendix: Evidence notes', 'D3-001', 'Page 2 of']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(SECRET_TEXT);
    expect(readFileSync(path.join(dir, 'report.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  }, 150_000);
});
