import type { BenchModule, BenchRow } from './bench-types';
import type { NoteCreateInput } from '../../shared/domain/note';
import { saveThroughDispatch } from './capture-bench';
import { createRandom, createTextGenerator, type SeededWorkspace } from './seed-data';
import { row } from './rows';
import { summarize } from './stats';

/** How often a note is sent: a fast typist in a lively room, faster than the review's one every 100 ms. */
const NOTE_EVERY_MS = 20;

const until = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

/**
 * Sends a note every NOTE_EVERY_MS while `busy()` holds, each timed from the moment it was due, so
 * a stalled main thread shows as the wait before the save as well as the save itself.
 */
async function paceNotes(ws: SeededWorkspace, next: () => NoteCreateInput, busy: () => boolean, latencies: number[]): Promise<void> {
  let due = performance.now();
  while (busy()) {
    due += NOTE_EVERY_MS;
    await until(due);
    await saveThroughDispatch(ws, next());
    latencies.push(performance.now() - due);
  }
}

/** Notes typed into `engagementId` across its days, text from the bench's generator. */
function notesFor(engagementId: string, seed: number): () => NoteCreateInput {
  const text = createTextGenerator(createRandom(seed));
  let index = 0;
  return () => ({ engagementId, day: (index % 5) + 1, kind: 'observation', text: text(index++) });
}

async function measure(ws: SeededWorkspace, engagementId: string, backups: number, seed: number): Promise<{ during: number[]; idle: number[]; durations: number[] }> {
  const next = notesFor(engagementId, seed);
  const during: number[] = [];
  const idle: number[] = [];
  const durations: number[] = [];
  for (let i = 0; i < backups; i++) {
    let running = true;
    const started = performance.now();
    const backup = ws.runtime.backup('manual').finally(() => {
      running = false;
      durations.push(performance.now() - started);
    });
    await paceNotes(ws, next, () => running, during);
    await backup;
    // As many notes again with no backup running: what the room feels the rest of the time.
    const target = idle.length + Math.min(during.length - idle.length, 400);
    await paceNotes(ws, next, () => idle.length < target, idle);
  }
  return { during, idle, durations };
}

function rowsFor(label: string, id: string, result: { during: number[]; idle: number[]; durations: number[] }): BenchRow[] {
  const during = summarize(result.during);
  return [
    row({
      id: `backup.save-during-${id}`,
      measurement: `Save a note (one every ${NOTE_EVERY_MS} ms) while a backup of ${label} is written, from when it was sent`,
      summary: during,
      reference: { label: 'the same with no backup running', summary: summarize(result.idle) },
      target: 'p99 < 50 ms',
      met: during.p99 < 50,
    }),
    row({
      id: `backup.duration-${id}`,
      measurement: `Take a verified backup of ${label} on the background thread (VACUUM INTO, full check of the copy)`,
      summary: summarize(result.durations),
      target: 'reported, no target',
      met: true,
    }),
  ];
}

/** Backups run beside capture: what a note waits while one is written, at 100,000 and at 1,000,000 notes. */
export const backupBench: BenchModule = {
  name: 'backup',
  async run(ctx): Promise<BenchRow[]> {
    const large = await ctx.large();
    const largeResult = await measure(large, large.engagement.id, ctx.quick ? 1 : 3, 41);
    const year = await ctx.yearOfAudits();
    const yearResult = await measure(year.ws, year.engagements.at(-1)!.engagement.id, ctx.quick ? 1 : 2, 42);
    return [
      ...rowsFor(`${large.noteCount.toLocaleString('en')} notes`, 'large', largeResult),
      ...rowsFor(`${year.ws.noteCount.toLocaleString('en')} notes in ${year.engagements.length} engagements`, 'year', yearResult),
    ];
  },
};
