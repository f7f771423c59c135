import pg from 'pg';
import { createFirmLibrary } from '../support/firm-library';
import { startPgCluster } from '../support/pg-cluster';
import type { BenchModule, BenchRow } from './bench-types';
import { row } from './rows';
import { summarize, timeMs } from './stats';

const READER = { user: 'bench_reader', password: 'bench-reader-password' };
const NOTES_PER_ENGAGEMENT = 5_000;

/** How often the measured words occur among the generated notes. */
const WORDS = [
  { id: 'rare', word: 'forklift', every: 10_007 },
  { id: 'uncommon', word: 'backlog', every: 997 },
  { id: 'common', word: 'invoice', every: 101 },
];
const QUERIES = [
  ...WORDS.map((w) => ({ id: w.id, label: `"${w.word}" (1 note in ${w.every.toLocaleString('en')})`, query: w.word })),
  { id: 'two-words', label: 'two vocabulary words, both required ("w17 w2301")', query: 'w17 w2301' },
  { id: 'phrase-or', label: '"backlog or forklift"', query: 'backlog or forklift' },
];

/**
 * A firm library of `engagements` published engagements of 5,000 notes each, written straight into
 * PostgreSQL on the server (the publish path is measured separately): ten kinds of pilot, one in
 * ten engagements restricted to another consultant, notes of ten words from a 3,000-word
 * vocabulary with the measured words mixed in at known rates. The search index is built after
 * the rows are in, as a restore would.
 */
async function seedLibrary(admin: pg.Client, engagements: number): Promise<void> {
  await admin.query('SELECT setseed(0.42)');
  await admin.query(
    `INSERT INTO firm.engagements (id, client_name, pilot_name, pilot_kind, week_start, restricted, published_by, accuracy_pct, volume_per_day,
       cost_per_item, currency, reviewers, ml_test_score, readiness, recommendation, shipped)
     SELECT md5('engagement ' || i)::uuid, 'Client ' || i, 'Pilot ' || i, 'kind ' || (i % 10), date '2023-01-02' + (i % 900), i % 10 = 0,
            CASE WHEN i % 10 = 0 THEN 'someone_else' ELSE 'bench_publisher' END, 70 + random() * 30, 100 + random() * 10000, random() * 0.1, 'EUR',
            random() * 5, floor(random() * 13) / 2, jsonb_build_object('problem-fit', random() * 100, 'approach', random() * 100, 'path-to-ship', random() * 100),
            (ARRAY['go', 'conditional-go', 'pivot', 'stop'])[1 + i % 4], CASE i % 3 WHEN 0 THEN true WHEN 1 THEN false END
       FROM generate_series(1, $1::int) i`,
    [engagements],
  );
  await admin.query('DROP INDEX firm.notes_search');
  const words = WORDS.map((w) => `CASE WHEN n % ${w.every} = 0 THEN ' ${w.word}' ELSE '' END`).join(' || ');
  // One engagement at a time keeps each statement's memory small.
  for (let e = 1; e <= engagements; e += 50) {
    await admin.query(
      `INSERT INTO firm.notes (id, engagement_id, ref, day, area, kind, text, speaker_name, visibility, captured_at, updated_at)
       SELECT md5('note ' || n)::uuid, md5('engagement ' || (1 + (n - 1) / ${NOTES_PER_ENGAGEMENT}))::uuid, 'D1-' || n, 1 + n % 5, NULL, 'observation',
              (SELECT string_agg('w' || (1 + floor(random() * 3000))::int, ' ') FROM generate_series(1, 10 + 0 * n)) || ${words},
              '', CASE WHEN n % 7 = 0 THEN 'facilitator' ELSE 'client' END, now(), now()
         FROM generate_series(($1::bigint - 1) * ${NOTES_PER_ENGAGEMENT} + 1, $2::bigint * ${NOTES_PER_ENGAGEMENT}) n`,
      [e, Math.min(engagements, e + 49)],
    );
  }
  await admin.query('CREATE INDEX notes_search ON firm.notes USING gin (search)');
  await admin.query('ANALYZE');
}

export const firmBench: BenchModule = {
  name: 'firm',
  async run(ctx): Promise<BenchRow[]> {
    const cluster = await startPgCluster();
    try {
      const library = await createFirmLibrary(cluster, { consultants: { [READER.user]: READER.password } });
      const engagements = ctx.quick ? 100 : 1_000;
      const seedStart = performance.now();
      await seedLibrary(library, engagements);
      const noteCount = engagements * NOTES_PER_ENGAGEMENT;
      process.stderr.write(`  seeded the firm library: ${noteCount.toLocaleString('en')} notes in ${engagements} engagements in ${((performance.now() - seedStart) / 1000).toFixed(1)} s\n`);

      const ws = await ctx.standard();
      await ws.invoke('firm:save-settings', { settings: { host: cluster.host, port: cluster.port, database: 'firm', user: READER.user, tls: 'off' }, password: READER.password });
      const engagementId = ws.engagement.id;
      const publish = () => ws.invoke('firm:publish', { engagementId, pilotKind: 'kind 3', restricted: false });

      const rows: BenchRow[] = [];
      const rounds = ctx.quick ? 3 : 5;
      const published: number[] = [];
      for (let i = 0; i < rounds; i++) {
        await library.query('DELETE FROM firm.engagements WHERE id = $1', [engagementId]);
        published.push(await timeMs(publish));
      }
      const republished: number[] = [];
      for (let i = 0; i < rounds; i++) republished.push(await timeMs(publish));
      for (const [id, label, samples] of [['first', 'for the first time', published], ['again', 'again, unchanged (update in place)', republished]] as const) {
        const summary = summarize(samples);
        rows.push(row({ id: `firm.publish.${id}`, measurement: `Publish one engagement of ${ws.noteCount.toLocaleString('en')} notes from SQLite ${label}`, summary, target: 'worst < 10,000 ms', met: summary.max < 10_000 }));
      }

      const searchSamples = new Map<string, number[]>(QUERIES.map((q) => [q.id, []]));
      for (const q of QUERIES) await ws.invoke('firm:search', { query: q.query });
      const searchRounds = ctx.quick ? 5 : 20;
      for (let i = 0; i < searchRounds; i++) {
        for (const q of i % 2 === 0 ? QUERIES : [...QUERIES].reverse()) searchSamples.get(q.id)!.push(await timeMs(() => ws.invoke('firm:search', { query: q.query })));
      }
      for (const q of QUERIES) {
        const summary = summarize(searchSamples.get(q.id)!);
        rows.push(row({ id: `firm.search.${q.id}`, measurement: `Search across ${engagements} audits (${noteCount.toLocaleString('en')} notes), as a consultant: ${q.label}`, summary, target: 'p95 < 200 ms', met: summary.p95 < 200 }));
      }

      const benchmark: number[] = [];
      await ws.invoke('firm:benchmark', { engagementId });
      for (let i = 0; i < searchRounds; i++) benchmark.push(await timeMs(() => ws.invoke('firm:benchmark', { engagementId })));
      const summary = summarize(benchmark);
      rows.push(row({ id: 'firm.benchmark', measurement: `Benchmark panel: the pilot against past audits of its kind (${engagements / 10} of ${engagements})`, summary, target: 'p95 < 100 ms', met: summary.p95 < 100 }));
      await library.end();
      return rows;
    } finally {
      cluster.remove();
    }
  },
};
