import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { boardPicture } from '../../shared/report/board-picture';
import { reportHtml } from '../../shared/report/report-html';
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/report-inputs';
import { buildReport } from '../../shared/report/report-model';
import { aFinding } from '../unit/shared/board/finding-fixtures';
import { ENGAGEMENT_ID, FINDINGS, reportData } from '../unit/shared/report/report-fixture';
import { missingTools } from '../unit/helpers/external-tools';

/** Latin with a diaeresis and a combining accent, Japanese, Arabic and an emoji, as a client's team may type them. */
const WORLD = 'Zoë cafe\u0301 日本語 العربية 🎉';

/**
 * Why the fonts these checks need are not here, or null. Debian's fonts-noto-cjk and
 * fonts-noto-color-emoji provide them (.ci/run installs both); fc-list answers where fontconfig
 * chooses Chromium's fallback fonts, which is Linux.
 */
function missingFonts(): string | null {
  const listed = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  if (listed.error) return 'Not checked (fonts in the printed PDF): fc-list is not available to list the installed fonts.';
  const families = listed.stdout;
  const missing = [
    ['a CJK font (apt-get install fonts-noto-cjk)', /CJK/i],
    ['a colour emoji font (apt-get install fonts-noto-color-emoji)', /Emoji/i],
    ['an Arabic font (apt-get install fonts-noto-core)', /Arabic/i],
  ].filter(([, pattern]) => !(pattern as RegExp).test(families));
  if (missing.length === 0) return null;
  const reason = `Not checked (fonts in the printed PDF): no ${missing.map(([name]) => name).join(', no ')} is installed.`;
  console.warn(reason);
  return reason;
}


/**
 * The font families Chromium drew each element's text with, from its own record (the DevTools
 * protocol). The PDF cannot say: Skia embeds CJK and colour emoji glyphs as unnamed Type 3 fonts.
 */
async function familiesDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const families = new Set<string>();
  for (const nodeId of nodeIds) for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts) families.add(font.familyName);
  await cdp.detach();
  return [...families];
}

/** Marks every element whose own text holds the sample, for familiesDrawing to find. */
async function markWorld(page: Page): Promise<number> {
  return page.evaluate((world) => {
    const marked = [...document.body.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(world)));
    for (const el of marked) el.setAttribute('data-world', '');
    return marked.length;
  }, WORLD);
}

async function expectWorldScripts(page: Page, pdfPath: string) {
  expect(await markWorld(page)).toBeGreaterThan(0);
  const families = await familiesDrawing(page, '[data-world]');
  // The stacks name Noto's fonts for each script, so the glyphs come from a font made for it, bold included.
  expect(families.some((f) => /^Noto (Sans|Serif) CJK/.test(f)), families.join(', ')).toBe(true);
  expect(families, families.join(', ')).toContain('Noto Color Emoji');
  expect(families.some((f) => /^Noto (Sans|Naskh) Arabic/.test(f)), families.join(', ')).toBe(true);

  const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
  expect(fonts).toMatch(/Noto(Sans|Naskh)Arabic/);
  // Every font is embedded: the client's PDF reader draws exactly these glyphs.
  const rows = fonts.trim().split('\n').slice(2);
  expect(rows.filter((row) => !/\s(CID TrueType|Type 3|TrueType|Type 1C?)\s.*\syes\s/.test(row))).toEqual([]);

  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).normalize('NFC');
  expect(text).toContain('日本語');
  expect(text).toContain('Zoë café');
  // pdftotext gives Arabic in logical or visual order depending on the line; either way every letter is there.
  expect(text.includes('العربية') || text.includes([...'العربية'].reverse().join(''))).toBe(true);
}

test.describe('fonts in what the app prints', () => {
  test.beforeEach(() => {
    const missing = missingTools('fonts in the printed PDF', 'pdffonts', 'pdftotext') ?? missingFonts();
    test.skip(missing !== null, missing ?? '');
  });

  test('the report embeds fonts that draw CJK, Arabic, emoji and combining accents', async ({ page }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-fonts-pdf-'));
    try {
      const finding = aFinding({ engagementId: ENGAGEMENT_ID, ref: 'F7', area: 'approach', severity: 'high', title: WORLD, body: WORLD });
      const html = reportHtml(buildReport(reportData({ findings: [...FINDINGS, finding] }), DEFAULT_REPORT_OPTIONS));
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(html);
      const pdfPath = path.join(dir, 'report.pdf');
      await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
      await expectWorldScripts(page, pdfPath);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the board picture’s page draws them too', async ({ page }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-fonts-board-'));
    try {
      const data = reportData();
      const finding = aFinding({ engagementId: ENGAGEMENT_ID, ref: 'F7', area: 'approach', severity: 'high', title: WORLD });
      const picture = boardPicture({ engagement: data.engagement, findings: [finding], participants: data.participants, redactNames: false, generatedAt: data.generatedAt });
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(picture.html);
      // Printed rather than photographed, so the fonts Chromium chose can be read back.
      const pdfPath = path.join(dir, 'board.pdf');
      await page.pdf({ path: pdfPath, width: `${picture.width}px`, height: `${picture.height}px`, printBackground: true });
      await expectWorldScripts(page, pdfPath);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
