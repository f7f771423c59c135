// Renders build/icons/icon.svg to the PNGs electron-builder packages: icon.png (1024, from which it
// derives the .icns and .ico) and the Linux set in icons/png/<size>x<size>.png. Run with
// `npm run icons` after editing the SVG, then commit the PNGs.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumOrExit } from './find-chromium.cjs';

export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const iconsDir = path.join(import.meta.dirname, 'icons');
const svg = readFileSync(path.join(iconsDir, 'icon.svg'), 'utf8');

function pageFor(size) {
  return `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style></head><body>${svg}</body></html>`;
}

async function render(browser, size, file) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    await page.setContent(pageFor(size));
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
  } finally {
    await page.close();
  }
}

const browser = await chromium.launch({
  executablePath: chromiumOrExit().executablePath,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  mkdirSync(path.join(iconsDir, 'png'), { recursive: true });
  await render(browser, 1024, path.join(iconsDir, 'icon.png'));
  for (const size of LINUX_ICON_SIZES) await render(browser, size, path.join(iconsDir, 'png', `${size}x${size}.png`));
  console.log(`Rendered icon.png and ${LINUX_ICON_SIZES.length} Linux sizes into ${path.relative(process.cwd(), iconsDir)}`);
} finally {
  await browser.close();
}
