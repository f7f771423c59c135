import path from 'node:path';
import type { Browser } from 'playwright-core';
import { installBridge, TEST_ORIGIN } from '../e2e/renderer-bridge';
import type { BenchModule, BenchRow } from './bench-types';
import type { SeededWorkspace } from './seed-data';
import { row } from './rows';
import { MIN_SAMPLES, summarize } from './stats';

const RENDERER_DIR = path.resolve('dist/renderer');

interface Opening {
  /** From navigation start to the first idle moment after the capture box is focused and the day's timeline drawn. */
  interactiveMs: number;
  /** JS heap after a forced garbage collection, with the engagement loaded. */
  heapMb: number;
  domNodes: number;
  /**
   * What the test rig itself cost within interactiveMs, where Electron has its own, smaller costs:
   * serving the app's files through Playwright's routes, and each IPC call's round trip through
   * the bridge (counted calls × the median round trip measured after opening). An estimate.
   */
  rigMs: number;
}

/** Round trips through the bridge timed in the opened page, to price each of the opening's calls. */
const ROUND_TRIPS = 20;

/**
 * Opens an engagement's Capture section in a fresh browser context, as a cold start of the window
 * would, and reports when it became usable and how much heap it holds.
 */
async function openEngagement(browser: Browser, ws: SeededWorkspace, engagementId: string): Promise<Opening> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let calls = 0;
    await installBridge(page, (sender, channel, payload) => ((calls += 1), ws.dispatch(sender, channel, payload)), RENDERER_DIR);
    await page.goto(`${TEST_ORIGIN}/index.html#/engagements/${engagementId}/capture`);
    await page.waitForFunction(
      () => document.querySelector('.timeline-body .note, .timeline-body .muted-block') !== null && document.activeElement?.tagName === 'TEXTAREA',
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    // Drawn is not yet usable: the first idle moment after it is when a keystroke would be handled.
    const interactiveMs = await page.evaluate(
      () => new Promise<number>((resolve) => requestIdleCallback(() => resolve(performance.now()), { timeout: 60_000 })),
    );
    const callsWhileOpening = calls;
    const rig = await page.evaluate(async (roundTrips) => {
      const serving = performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\//.test(entry.name))
        .reduce((latest, entry) => Math.max(latest, (entry as PerformanceResourceTiming).responseEnd - (entry as PerformanceResourceTiming).requestStart), 0);
      const api = (window as unknown as { api: { invoke(channel: string, payload: unknown): Promise<unknown> } }).api;
      const trips: number[] = [];
      for (let i = 0; i < roundTrips; i++) {
        const started = performance.now();
        await api.invoke('app:info', {});
        trips.push(performance.now() - started);
      }
      trips.sort((a, b) => a - b);
      return { serving, roundTrip: trips[Math.floor(trips.length / 2)]! };
    }, ROUND_TRIPS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => {
      const value = metrics.find((m) => m.name === name)?.value;
      if (value === undefined) throw new Error(`Chromium did not report ${name}.`);
      return value;
    };
    if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
    return {
      interactiveMs,
      heapMb: metric('JSHeapUsedSize') / 1024 / 1024,
      domNodes: metric('Nodes'),
      rigMs: rig.serving + callsWhileOpening * rig.roundTrip,
    };
  } finally {
    await context.close();
  }
}

/** Opening the 5,000-note engagement against an empty one, taking turns; and the heap each holds. */
export const rendererBench: BenchModule = {
  name: 'renderer',
  async run(ctx): Promise<BenchRow[]> {
    const ws = await ctx.standard();
    const browser = await ctx.browser();
    const full: Opening[] = [];
    const empty: Opening[] = [];
    const openFull = async () => full.push(await openEngagement(browser, ws, ws.engagement.id));
    const openEmpty = async () => empty.push(await openEngagement(browser, ws, ws.emptyEngagement!.id));
    await openFull();
    await openEmpty();
    full.length = 0;
    empty.length = 0;
    const rounds = ctx.quick ? 2 : MIN_SAMPLES;
    for (let i = 0; i < rounds; i++) {
      if (i % 2 === 0) {
        await openFull();
        await openEmpty();
      } else {
        await openEmpty();
        await openFull();
      }
    }
    const fullOpen = summarize(full.map((o) => o.interactiveMs));
    const emptyOpen = summarize(empty.map((o) => o.interactiveMs));
    const fullHeap = summarize(full.map((o) => o.heapMb));
    const emptyHeap = summarize(empty.map((o) => o.heapMb));
    const notes = `${ws.noteCount.toLocaleString('en')} notes`;
    const rig = summarize([...full, ...empty].map((o) => o.rigMs));
    return [
      row({
        id: 'renderer.rig',
        measurement: 'The test rig’s own cost inside each opening below (files served through Playwright routes, IPC round trips through the bridge; estimated)',
        summary: rig,
        target: 'reported, no target',
        met: true,
      }),
      row({
        id: 'renderer.open',
        measurement: `Open an engagement of ${notes} to interactive (Capture)`,
        summary: fullOpen,
        reference: { label: 'an empty engagement', summary: emptyOpen },
        target: '< 1.5× empty; < 1 s',
        met: fullOpen.median / emptyOpen.median < 1.5 && fullOpen.median < 1000,
      }),
      row({
        id: 'renderer.heap',
        measurement: `Renderer JS heap with ${notes} loaded (${Math.max(...full.map((o) => o.domNodes))} DOM nodes; empty ${Math.max(...empty.map((o) => o.domNodes))})`,
        unit: 'MB',
        summary: fullHeap,
        reference: { label: 'an empty engagement', summary: emptyHeap },
        target: '< 150 MB',
        met: fullHeap.max < 150,
      }),
    ];
  },
};
