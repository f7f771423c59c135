import { describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../../shared/ipc/contract';
import { filledFields } from '../../../shared/ipc/filled-fields';
import { NoteUpdateInput } from '../../../shared/domain/note';
import { FindingUpdateInput } from '../../../shared/domain/finding';

/**
 * The only channels whose input may fill a field the sender left out, each with why: they create
 * a record, ask a question, or replace a whole value. Every other channel (every update) must
 * pass on exactly what its caller named.
 */
const MAY_FILL: Partial<Record<Channel, string>> = {
  'engagements:list': 'a query: archived engagements are left out unless asked for',
  'engagements:create': 'a new engagement starts from the standard week',
  'participants:create': 'a new participant',
  'notes:create': 'a new note: client-visible observation unless the capture box says otherwise',
  'notes:latest': 'a query: how many notes to return',
  'notes:search': 'a query: how many hits to return',
  'drafts:save': 'the capture box saves its whole draft each time',
  'sessions:create': 'a new session',
  'templates:save': 'a new template',
  'path:add-phase': 'a new phase',
  'path:set-raci': 'one RACI cell, addressed by responsibility and system; the system is absent for all but integration',
  'deliverables:preview': 'a rendering: which appendices and whether names are redacted',
  'deliverables:export': 'a rendering: the week pack unless a day or the board is named',
  'deliverables:release-check': 'a query: what the export with these options and scope would send',
  'findings:create': 'a new finding',
  'findings:promote-note': 'a new finding: the area is needed only when the note has none',
  'room:accept': 'a new note made from a phone’s: client-visible unless the facilitator keeps it facilitator-only',
  'firm:save-settings': 'replaces the whole connection: the standard port and TLS unless the form says otherwise',
  'firm:publish': 'a whole publish request: no other consultants and "not known whether it shipped" unless named',
  'firm:recurring-findings': 'a query: every recurring finding unless filtered',
};

describe('update schemas', () => {
  it('fill no field the caller did not send, on every channel that is not a create or a query', () => {
    const filling = Object.entries(contract)
      .filter(([channel]) => !(channel in MAY_FILL))
      .map(([channel, spec]) => [channel, filledFields(spec.input)] as const)
      .filter(([, fields]) => fields.length > 0);
    expect(filling).toEqual([]);
  });

  it('list only channels that still fill something, so the exceptions cannot outlive their reason', () => {
    const stale = Object.keys(MAY_FILL).filter((channel) => filledFields(contract[channel as Channel].input).length === 0);
    expect(stale).toEqual([]);
  });

  it('see a default wherever one hides: nested objects, arrays, unions and transforms', async () => {
    const { z } = await import('zod');
    const schema = z.object({
      a: z.string(),
      b: z.object({ c: z.number().default(1) }),
      d: z.array(z.object({ e: z.boolean().default(false) })),
      f: z.union([z.object({ g: z.string().default('x') }), z.null()]),
      h: z.string().default('y').transform((s) => s.length),
    });
    expect(filledFields(schema)).toEqual(['b.c', 'd[].e', 'f.g', 'h']);
  });

  it('turn a pin or a visibility toggle into exactly that change', () => {
    const id = '6f1d2c1e-8d2b-4b8a-9d43-3c1f0f6f9a11';
    expect(NoteUpdateInput.parse({ id, pinned: true })).toEqual({ id, pinned: true });
    expect(NoteUpdateInput.parse({ id, visibility: 'facilitator' })).toEqual({ id, visibility: 'facilitator' });
    expect(NoteUpdateInput.parse({ id, text: 'Fixed a typo' })).toEqual({ id, text: 'Fixed a typo' });
    expect(FindingUpdateInput.parse({ id, votes: 3 })).toEqual({ id, votes: 3 });
  });
});
