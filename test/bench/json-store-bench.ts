import path from 'node:path';
import type { Note } from '../../shared/domain/note';
import type { BenchModule, BenchRow } from './bench-types';
import { captureInputs, saveThroughDispatch } from './capture-bench';
import { createJsonFileStore } from './json-file-store';
import { createRandom, seedWorkspace } from './seed-data';
import { row } from './rows';
import { interleave, summarize } from './stats';

const EXISTING_NOTES = 10_000;

/** Our capture path against a JSON file rewritten per note, both holding the same 10,000 notes. */
export const jsonStoreBench: BenchModule = {
  name: 'json-store',
  async run(ctx): Promise<BenchRow[]> {
    const ws = await seedWorkspace(ctx.scratchDir, 'json-compare', { seed: 21, notes: EXISTING_NOTES, findings: 0, participants: 50, withEmpty: false });
    try {
      const days = Array.from({ length: ws.engagement.dayCount }, (_, i) => i + 1);
      const existing = (await Promise.all(days.map((day) => ws.invoke('notes:list', { engagementId: ws.engagement.id, day })))).flat();
      const store = createJsonFileStore(path.join(ctx.scratchDir, 'notes-store.json'), existing);
      const template = existing[0]!;
      const random = createRandom(22);
      const nextForJson = captureInputs(ws, 23);
      const nextForUs = captureInputs(ws, 24);
      const jsonSave = () => {
        const input = nextForJson();
        const at = new Date().toISOString();
        const note: Note = { ...template, id: random.uuid(), text: input.text, day: input.day, capturedAt: at, createdAt: at, updatedAt: at };
        store.add(note);
      };

      const samples = await interleave(ctx.quick ? 8 : 40, jsonSave, () => saveThroughDispatch(ws, nextForUs()));
      const json = summarize(samples.measured);
      const ours = summarize(samples.reference);
      const timesFaster = json.median / ours.median;
      return [
        row({
          id: 'capture.json-store',
          measurement: `Save one note: naive JSON-file store (rewrite + fsync), ${EXISTING_NOTES.toLocaleString('en')} notes`,
          summary: json,
          reference: { label: 'our path, same 10,000 notes', summary: ours },
          target: 'our path ≥ 20× faster (ratio ≥ 20)',
          met: timesFaster >= 20,
        }),
      ];
    } finally {
      ws.close();
    }
  },
};
