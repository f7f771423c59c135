import type { NoteCreateInput } from '../../shared/domain/note';
import type { BenchModule, BenchRow } from './bench-types';
import { createRandom, createTextGenerator, type SeededWorkspace } from './seed-data';
import { interleave, summarize } from './stats';
import { row } from './rows';

/** Note inputs as the capture box sends them: a day, a session, a speaker, sometimes a tag. */
export function captureInputs(ws: SeededWorkspace, seed: number) {
  const random = createRandom(seed);
  const text = createTextGenerator(random);
  let index = 0;
  return (): NoteCreateInput => {
    const day = (index % ws.engagement.dayCount) + 1;
    const sessions = ws.sessions.filter((s) => s.day === day && s.kind !== 'break');
    return {
      engagementId: ws.engagement.id,
      day,
      sessionId: sessions.length > 0 ? random.pick(sessions).id : null,
      speakerId: random.pick(ws.participants).id,
      kind: 'observation',
      tags: random.next() < 0.3 ? ['pain'] : [],
      text: text(index++),
    };
  };
}

/** Saves one note through the real IPC path and fails loudly if the app refused it. */
export async function saveThroughDispatch(ws: SeededWorkspace, input: NoteCreateInput): Promise<void> {
  const result = await ws.dispatch(ws.sender, 'notes:create', input);
  if (!result.ok) throw new Error(`notes:create failed: ${result.error.message}`);
}

/**
 * Our capture path against the least it could cost: the same row written by one prepared INSERT
 * into the same table (same indexes, same full-text triggers, same connection and pragmas), so the
 * ratio is what dispatch, validation, the context checks and the reference allocation add.
 */
export const captureBench: BenchModule = {
  name: 'capture',
  async run(ctx): Promise<BenchRow[]> {
    const ws = await ctx.standard();
    const db = ws.runtime.core()!.db;
    const next = captureInputs(ws, 11);
    // The reference writes the same kind of row: a session, a speaker and sometimes a tag, so it pays the same checks of its keys.
    const nextRaw = captureInputs(ws, 12);
    const rawInsert = db.prepare(`INSERT INTO notes (id, engagement_id, ref, day, session_id, area, kind, text, speaker_id, speaker_name,
      tags, visibility, pinned, captured_at, deleted_at, created_at, updated_at, device_id)
      VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 'client', 0, ?, NULL, ?, ?, ?)`);
    const ids = createRandom(13);
    const speakers = new Map(ws.participants.map((p) => [p.id, p.name]));
    let rawIndex = 0;
    const raw = () => {
      const input = nextRaw();
      const at = new Date().toISOString();
      // No dash in the reference, so these rows never raise the next reference the real path allocates.
      const ref = `RAW${rawIndex++}`;
      const speakerName = input.speakerId ? (speakers.get(input.speakerId) ?? '') : '';
      rawInsert.run(ids.uuid(), ws.engagement.id, ref, input.day, input.sessionId, input.kind, input.text, input.speakerId, speakerName, JSON.stringify(input.tags), at, at, at, ws.runtime.core()!.deviceId);
    };

    const samples = await interleave(ctx.quick ? 40 : 400, () => saveThroughDispatch(ws, next()), raw);
    const ours = summarize(samples.measured);
    const reference = summarize(samples.reference);
    const ratio = ours.median / reference.median;
    return [
      row({
        id: 'capture.save-note',
        measurement: 'Save one note: dispatch, validation, repository, commit (synchronous=FULL)',
        summary: ours,
        reference: { label: 'raw prepared INSERT, same pragmas', summary: reference },
        target: 'median ≤ 1.3× raw INSERT; p99 < 10 ms',
        met: ratio <= 1.3 && ours.p99 < 10,
      }),
    ];
  },
};
