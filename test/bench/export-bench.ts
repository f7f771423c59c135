import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { DeliverablesHost } from '../../electron/core/services/deliverables-service';
import type { BenchModule, BenchRow } from './bench-types';
import { row } from './rows';
import { summarize, timeMs } from './stats';

/** Time spent printing PDFs, so the table can say how much of an export Chromium takes. */
const pdfTimes: number[] = [];

/**
 * The export path as main runs it, with the folder dialog answered by a fresh folder each time and
 * PDFs printed by the bench's headless Chromium in a clean page, as the UI tests' harness does.
 */
export function createBenchDeliverablesHost(browser: () => Promise<Browser>, scratchDir: string): DeliverablesHost {
  return {
    chooseFolder: () => Promise.resolve(mkdtempSync(path.join(scratchDir, 'export-'))),
    async renderPdf(html) {
      const started = performance.now();
      const context = await (await browser()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const printer = await context.newPage();
        await printer.setContent(html);
        return new Uint8Array(await printer.pdf({ preferCSSPageSize: true, printBackground: true }));
      } finally {
        await context.close();
        pdfTimes.push(performance.now() - started);
      }
    },
    async renderPng(html, size) {
      const context = await (await browser()).newContext({ javaScriptEnabled: false, offline: true, viewport: size });
      try {
        const page = await context.newPage();
        await page.setContent(html);
        return new Uint8Array(await page.screenshot({ type: 'png' }));
      } finally {
        await context.close();
      }
    },
    onProgress: () => undefined,
  };
}

/** deliverables:export of the week pack for the engagement with 5,000 notes and 500 findings, through the dispatcher. */
export const exportBench: BenchModule = {
  name: 'export',
  async run(ctx): Promise<BenchRow[]> {
    const ws = await ctx.standard();
    let files: string[] = [];
    const exportWeek = async () => {
      const result = await ws.invoke('deliverables:export', { engagementId: ws.engagement.id, scope: { kind: 'week' } });
      if (result.status !== 'written') throw new Error('The export was cancelled; the bench host never cancels.');
      files = result.files;
    };
    await exportWeek();
    pdfTimes.length = 0;
    const samples: number[] = [];
    const rounds = ctx.quick ? 1 : 3;
    for (let i = 0; i < rounds; i++) samples.push(await timeMs(exportWeek));
    const summary = summarize(samples);
    const pdfShare = pdfTimes.reduce((a, b) => a + b, 0) / rounds;
    const kinds = [...new Set(files.map((f) => path.extname(f).slice(1).toUpperCase()))].join(', ');
    return [
      row({
        id: 'export.week-pack',
        measurement: `Export the week pack, 500 findings, 5,000 notes: ${files.length} files (${kinds}); PDF printing ${pdfShare.toFixed(0)} ms of it`,
        summary,
        target: '< 5 s',
        met: summary.max < 5000,
      }),
    ];
  },
};
