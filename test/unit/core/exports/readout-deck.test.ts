import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readoutDeck } from '../../../../electron/core/exports/readout-deck';
import type { Assessment } from '../../../../shared/domain/assessment';
import { buildReadoutDeck } from '../../../../shared/report/deck-model';
import { severitySwatch } from '../../../../shared/report/palette';
import { missingTools } from '../../helpers/external-tools';
import { useTempDir } from '../../helpers/temp-dir';
import { zipEntries, zipText } from '../../helpers/zip';
import { ENGAGEMENT_ID, FINDINGS, PATH_TO_SHIP, SECRET_TEXT, reportData } from '../../shared/report/report-fixture';

const tempDir = useTempDir();

/**
 * Debian splits LibreOffice, and Writer alone cannot open a PowerPoint file: its filter comes with
 * Impress (through Draw). Elsewhere LibreOffice installs whole.
 */
function missingPowerPointFilter(): string | null {
  const program = '/usr/lib/libreoffice/program';
  if (process.platform !== 'linux' || !existsSync(program) || existsSync(path.join(program, 'libsdfiltlo.so'))) return null;
  const reason = 'Not checked (the readout deck as LibreOffice reads it): LibreOffice has no PowerPoint filter here; install it with apt-get install libreoffice-impress-nogui.';
  console.warn(reason);
  return reason;
}

const scored = (criterionId: string, score: Assessment['criteria'][number]['score']) => ({
  id: criterionId,
  engagementId: ENGAGEMENT_ID,
  criterionId,
  score,
  comment: '',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  deviceId: 'test',
});
const assessment: Assessment = {
  engagementId: ENGAGEMENT_ID,
  criteria: [scored('pf-value-quantified', 'in-place'), scored('pf-current-process-cost', 'partly')],
  evidence: [],
  mlTests: [],
  causes: [],
};

const deck = buildReadoutDeck(reportData({ findings: FINDINGS, pathToShip: PATH_TO_SHIP, assessment }), { redactNames: false }, { kind: 'week' });

async function written(): Promise<string> {
  const file = path.join(tempDir(), 'Readout deck.pptx');
  writeFileSync(file, await readoutDeck(deck));
  return file;
}

describe('readoutDeck', () => {
  it('draws each severity on its colour from the one palette, with its word', async () => {
    const xml = zipText(await written(), /^ppt\/slides\/slide\d+\.xml$/);
    // The fixture's F1 is critical: its cell is filled with the palette's critical fill and written in its text colour.
    const critical = severitySwatch('critical');
    const cellOf = (word: string) => xml.split('<a:tc>').find((c) => c.includes(`<a:t>${word}</a:t>`)) ?? '';
    expect(cellOf('Critical')).toContain(`<a:srgbClr val="${critical.fill.slice(1).toUpperCase()}"`);
    expect(cellOf('Critical')).toContain(`val="${critical.text.slice(1).toUpperCase()}"`);
  });

  it('is a PowerPoint package with one slide per slide of the model, its text real and editable', async () => {
    const file = await written();
    const slides = zipEntries(file).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(deck.slides.length);
    const xml = zipText(file, /^ppt\/slides\/slide\d+\.xml$/);
    for (const expected of [
      'Invoice triage assistant',
      'Acme Freight &lt;Holdings&gt; &amp; Co',
      'Conditional go',
      'Cost per month at production volume',
      'One person, Maria Schmidt, handles every exception',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      'Train a second reviewer beside Jonas Keller',
      'Week 4',
    ]) {
      expect(xml).toContain(expected);
    }
    expect(xml).toContain('<a:tbl>');
    expect(xml).not.toContain(SECRET_TEXT);
  });

  it('draws readiness as a native bar chart whose numbers are on the bars', async () => {
    const file = await written();
    const chart = zipText(file, /^ppt\/charts\/chart\d+\.xml$/);
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:showVal val="1"/>');
    expect(chart).toContain('Problem fit');
  });

  // LibreOffice opens the deck as PowerPoint would; about 15 s to install Impress beside Writer.
  it('opens in LibreOffice, which shows the slides’ text', async (ctx) => {
    const missing = missingTools('the readout deck as LibreOffice reads it', 'soffice', 'pdftotext') ?? missingPowerPointFilter();
    if (missing) ctx.skip(missing);
    const file = await written();
    const dir = path.dirname(file);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
    const text = execFileSync('pdftotext', [path.join(dir, 'Readout deck.pdf'), '-'], { encoding: 'utf8' });
    for (const expected of ['Recommendation', 'Conditional go', 'The money', 'Top risks', 'Accuracy measured on a curated set', 'Roadmap', 'Harden']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(SECRET_TEXT);
  }, 150_000);
});
