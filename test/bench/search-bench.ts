import type { BenchModule, BenchRow } from './bench-types';
import { COMMON_WORD, PREFIX, RARE_WORD } from './seed-data';
import { row } from './rows';
import { summarize, timeMs } from './stats';

/**
 * What the search box sends. A trailing space means the word is finished (an exact word); without
 * one, the last word is matched as a prefix, as while typing.
 */
const QUERIES = [
  { id: 'rare', label: `a rare word ("${RARE_WORD}")`, query: `${RARE_WORD} ` },
  { id: 'common', label: `a common word ("${COMMON_WORD}", ~40% of notes)`, query: `${COMMON_WORD} ` },
  { id: 'prefix', label: `a prefix ("${PREFIX}…")`, query: PREFIX },
] as const;

/** notes:search through the dispatcher over 100,000 notes, the queries taking turns. */
export const searchBench: BenchModule = {
  name: 'search',
  async run(ctx): Promise<BenchRow[]> {
    const ws = await ctx.large();
    const search = async (query: string) => {
      const result = await ws.dispatch(ws.sender, 'notes:search', { engagementId: ws.engagement.id, query, limit: 50 });
      if (!result.ok) throw new Error(`notes:search failed: ${result.error.message}`);
      if ((result.value as unknown[]).length === 0) throw new Error(`Search for "${query}" found nothing; the data set is wrong.`);
    };
    const samples = new Map<string, number[]>(QUERIES.map((q) => [q.id, []]));
    for (const q of QUERIES) await search(q.query);
    const rounds = ctx.quick ? 5 : 25;
    for (let i = 0; i < rounds; i++) {
      for (const q of i % 2 === 0 ? QUERIES : [...QUERIES].reverse()) samples.get(q.id)!.push(await timeMs(() => search(q.query)));
    }
    return QUERIES.map((q) => {
      const summary = summarize(samples.get(q.id)!);
      return row({
        id: `search.${q.id}`,
        measurement: `Search ${ws.noteCount.toLocaleString('en')} notes: ${q.label}`,
        summary,
        target: 'p95 < 20 ms; worst < 300 ms',
        met: summary.p95 < 20 && summary.max < 300,
      });
    });
  },
};
