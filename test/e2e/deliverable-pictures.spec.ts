import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, TEST_ORIGIN } from './harness';
import { missingTools } from '../unit/helpers/external-tools';

/**
 * The pictures of the deliverables in docs/deliverables.md: the sample engagement's week pack as
 * the app writes it, pages of the report (pdftoppm) and slides of the deck (LibreOffice, then
 * pdftoppm). Runs only from `npm run screenshots`.
 */
const OUT = 'docs/deliverables';
const SENDER = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };

test.skip(!process.env.SCREENSHOTS, 'Runs from `npm run screenshots` only.');

test('pictures of the sample week pack’s report and deck', async ({ harness }) => {
  test.setTimeout(240_000);
  const missing = missingTools('pictures of the report and the deck', 'pdftoppm', 'soffice');
  test.skip(missing !== null, missing ?? '');
  const ask = async (channel: string, payload: unknown) => {
    const result = await harness.dispatch(SENDER, channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
  const engagementId = String((await ask('sample:load', {})).engagementId);
  const { digest } = await ask('deliverables:release-check', { engagementId, scope: { kind: 'week' } });
  await ask('deliverables:export', { engagementId, scope: { kind: 'week' }, releaseCheck: { confirmedDigest: digest } });
  const pack = path.join(harness.exportFolder!, readdirSync(harness.exportFolder!)[0]!);
  mkdirSync(OUT, { recursive: true });

  const report = path.join(pack, 'Audit report.pdf');
  for (const [name, page] of [['report-cover', 1], ['report-summary', 2], ['report-findings', 3]] as const) {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', report, path.join(OUT, name)]);
  }

  const converted = mkdtempSync(path.join(tmpdir(), 'audit-deck-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${converted}/profile`, '--convert-to', 'pdf', '--outdir', converted, path.join(pack, 'Readout deck.pptx')], { timeout: 180_000 });
    const deck = path.join(converted, 'Readout deck.pdf');
    for (const [name, slide] of [['deck-title', 1], ['deck-recommendation', 2], ['deck-money', 3]] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', String(slide), '-l', String(slide), '-singlefile', deck, path.join(OUT, name)]);
    }
  } finally {
    rmSync(converted, { recursive: true, force: true });
  }
  expect(readdirSync(OUT).sort()).toEqual(
    ['deck-money.png', 'deck-recommendation.png', 'deck-title.png', 'report-cover.png', 'report-findings.png', 'report-summary.png'].sort(),
  );
});
