import type { Engagement } from '../../shared/domain/engagement';
import { PARTICIPANT_FUNCTIONS, type Participant } from '../../shared/domain/participant';
import { RARE_WORD, createRandom, createTextGenerator, insertNotes, seedWorkspace, type SeededWorkspace } from './seed-data';

export interface EngagementsSpec {
  seed: number;
  engagements: number;
  /** Notes across all engagements. */
  notes: number;
  /** Notes of the oldest engagement, the first one created: a finished week among many later ones. */
  oldestNotes: number;
}

export interface SeededEngagements {
  ws: SeededWorkspace;
  /** Oldest first, in the order they were created and their notes written. */
  engagements: { engagement: Engagement; notes: number }[];
}

/** How many notes each engagement gets: the oldest its fixed number, the others between a fifth and twice their share. */
function engagementSizes(spec: EngagementsSpec, random: ReturnType<typeof createRandom>): number[] {
  const weights = Array.from({ length: spec.engagements - 1 }, () => 0.2 + 1.8 * random.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const rest = spec.notes - spec.oldestNotes;
  const sizes = weights.map((w) => Math.floor((rest * w) / total));
  sizes[sizes.length - 1]! += rest - sizes.reduce((a, b) => a + b, 0);
  return [spec.oldestNotes, ...sizes];
}

/**
 * Many engagements of different ages in one database, one week apart, each with a few participants
 * and its notes written after the previous engagement's, as a consultant's laptop fills over the
 * years. All share one vocabulary; every engagement has the rare word in a few notes, so a search
 * for it finds something wherever it is made.
 */
export async function seedEngagements(parentDir: string, name: string, spec: EngagementsSpec): Promise<SeededEngagements> {
  const ws = await seedWorkspace(parentDir, name, { seed: spec.seed, notes: 0, findings: 0, participants: 0, withEmpty: false });
  const random = createRandom(spec.seed + 1);
  const generate = createTextGenerator(random);
  const sizes = engagementSizes(spec, random);
  const created: SeededEngagements['engagements'] = [];
  let written = 0;
  for (const [index, size] of sizes.entries()) {
    const weekStart = new Date(Date.UTC(2022, 0, 3) + index * 7 * 86_400_000).toISOString().slice(0, 10);
    const engagement =
      index === 0 ? ws.engagement : await ws.invoke('engagements:create', { clientName: `Client ${index + 1}`, pilotName: 'Invoice matching', weekStart });
    const participants: Participant[] = [];
    for (let i = 0; i < 3; i++) {
      participants.push(
        await ws.invoke('participants:create', { engagementId: engagement.id, name: `Person ${index + 1}-${i + 1}`, function: PARTICIPANT_FUNCTIONS[i]!, daysAttended: [] }),
      );
    }
    const sessions = await ws.invoke('sessions:list', { engagementId: engagement.id });
    const offset = written;
    const rareEvery = Math.max(1, Math.floor(size / 3));
    const text = (i: number) => (i % rareEvery === 7 % rareEvery ? `${generate(offset + i)} ${RARE_WORD}` : generate(offset + i));
    insertNotes(ws.runtime, engagement, participants, sessions, { notes: size }, random, text);
    written += size;
    created.push({ engagement, notes: size });
  }
  return { ws: { ...ws, noteCount: written }, engagements: created };
}
