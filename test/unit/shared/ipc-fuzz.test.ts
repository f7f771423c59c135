import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { TRUSTED, useTestCore } from '../helpers/core';
import { seedEngagement } from '../helpers/seed-engagement';

const newCore = useTestCore();

/** Payloads shaped like real ones often enough to reach past the first field. */
const payload = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.dictionary(
    fc.constantFrom('id', 'engagementId', 'token', 'day', 'text', 'name', 'clientName', 'pilotName', 'weekStart', 'score', 'points', 'inputs', 'draft'),
    fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.uuid(), fc.constant(null), fc.double(), fc.array(fc.string(), { maxLength: 3 })),
  ),
);

describe('IPC fuzzing', () => {
  it('answers every generated payload on every channel without a crash; one that fails its schema writes nothing', async () => {
    const { runtime, dispatch, unexpected } = newCore();
    await seedEngagement(dispatch);
    for (const channel of REQUEST_CHANNELS) {
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          const valid = contract[channel].input.safeParse(input ?? {}).success;
          // The connection's change count moves with every row any statement or trigger writes.
          const before = runtime.changeMarker();
          const result = await dispatch(TRUSTED, channel, input);
          if (!valid) {
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
            expect(runtime.changeMarker()).toBe(before);
          }
        }),
        { seed: 77, numRuns: 60 },
      );
    }
    expect(unexpected).toEqual([]);
  }, 120_000);

  it('refuses every channel from a frame that is not the app’s main frame, writing nothing', async () => {
    const { runtime, dispatch } = newCore();
    const { engagement } = await seedEngagement(dispatch);
    const before = runtime.changeMarker();
    const senders = [
      { url: TRUSTED.url, isMainFrame: false },
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: undefined, isMainFrame: true },
    ];
    for (const channel of REQUEST_CHANNELS) {
      for (const sender of senders) {
        const result = await dispatch(sender, channel, { id: engagement.id, engagementId: engagement.id });
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(runtime.changeMarker()).toBe(before);
  });
});
