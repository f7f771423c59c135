import type { BenchModule, BenchRow } from './bench-types';
import { COMMON_WORD, RARE_WORD } from './seed-data';
import { row } from './rows';
import { summarize, timeMs } from './stats';

/** Typed one letter at a time; its first letters start many words of the vocabulary. */
const TYPED_WORD = 'approval';

/**
 * What the search box sends. A trailing space means the word is finished (an exact word); without
 * one, the last word is matched as a prefix, as while typing.
 */
const QUERIES = [
  { id: 'rare', label: `a rare word ("${RARE_WORD}")`, query: `${RARE_WORD} ` },
  { id: 'common', label: `a common word ("${COMMON_WORD}", ~40% of notes)`, query: `${COMMON_WORD} ` },
  { id: 'common-typing', label: `a common word still being typed ("${COMMON_WORD}…")`, query: COMMON_WORD },
  ...[1, 2, 3, 4, 5, 6].map((length) => ({ id: `prefix-${length}`, label: `a ${length}-letter prefix ("${TYPED_WORD.slice(0, length)}…")`, query: TYPED_WORD.slice(0, length) })),
  { id: 'common-then-letter', label: `a common word and one letter ("${COMMON_WORD} a…")`, query: `${COMMON_WORD} a` },
];

/** One- and two-letter prefixes expand to the most words; everything else must be instant. */
const targetMs = (id: string): number => (id === 'prefix-1' || id === 'prefix-2' || id === 'common-then-letter' ? 50 : 20);

/**
 * notes:search through the dispatcher in a database of many engagements: the oldest (a small,
 * finished week whose notes are among the first written) and the newest, the queries taking turns.
 */
export const searchBench: BenchModule = {
  name: 'search',
  async run(ctx): Promise<BenchRow[]> {
    const { ws, engagements } = await ctx.yearOfAudits();
    const targets = [
      { id: 'oldest', label: 'the oldest engagement', ...engagements[0]! },
      { id: 'newest', label: 'the newest engagement', ...engagements.at(-1)! },
    ];
    const cases = targets.flatMap((t) => QUERIES.map((q) => ({ ...q, target: t, key: `${t.id}.${q.id}` })));
    const search = async (engagementId: string, query: string) => {
      const result = await ws.dispatch(ws.sender, 'notes:search', { engagementId, query, limit: 50 });
      if (!result.ok) throw new Error(`notes:search failed: ${result.error.message}`);
      if ((result.value as unknown[]).length === 0) throw new Error(`Search for "${query}" found nothing; the data set is wrong.`);
    };
    const samples = new Map<string, number[]>(cases.map((c) => [c.key, []]));
    for (const c of cases) await search(c.target.engagement.id, c.query);
    const rounds = ctx.quick ? 5 : 20;
    for (let i = 0; i < rounds; i++) {
      for (const c of i % 2 === 0 ? cases : [...cases].reverse()) samples.get(c.key)!.push(await timeMs(() => search(c.target.engagement.id, c.query)));
    }
    return cases.map((c) => {
      const summary = summarize(samples.get(c.key)!);
      const target = targetMs(c.id);
      return row({
        id: `search.${c.key}`,
        measurement: `Search ${c.target.label} (${c.target.notes.toLocaleString('en')} of ${ws.noteCount.toLocaleString('en')} notes in ${engagements.length}): ${c.label}`,
        summary,
        target: `p95 < ${target} ms; worst < 300 ms`,
        met: summary.p95 < target && summary.max < 300,
      });
    });
  },
};
