import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_TABLES, rowKey, versionTime, archiveTable, type ArchiveRow, type ArchiveTables } from '../../../../shared/archive/archive-tables';
import { validateArchiveContent } from '../../../../shared/archive/validate-archive';
import { DEFAULT_COST_INPUTS } from '../../../../shared/cost-model/cost-inputs';
import { mergeEngagement, type MergePlan } from '../../../../shared/merge/merge-engagement';
import { findingSeries, formatRef, isClientRef, noteSeries, parseRef, type RefSeries } from '../../../../shared/domain/references';

const ENGAGEMENT = '11111111-1111-4111-8111-111111111111';
const LAPTOP_A = 'aaaaaaaa-0000-4000-8000-000000000000';
const LAPTOP_B = 'bbbbbbbb-0000-4000-8000-000000000000';
const MERGED_AT = '2026-03-06T18:00:00.000Z';

function stamp(minute: number): string {
  return new Date(Date.UTC(2026, 2, 2, 9, 0) + minute * 60_000).toISOString();
}

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function empty(): ArchiveTables {
  return Object.fromEntries(ARCHIVE_TABLES.map((t) => [t.table, [] as ArchiveRow[]]));
}

function engagementRow(): ArchiveRow {
  return {
    id: ENGAGEMENT, client_name: 'Northwind', pilot_name: 'Invoices', pilot_description: '', facilitators: '[]', venue: '',
    week_start: '2026-03-02', day_count: 5, status: 'planned', accuracy_pct: null, pilot_volume_per_day: null,
    production_volume_per_day: null, cost_per_query: null, currency: 'EUR', archived_at: null,
    created_at: stamp(0), updated_at: stamp(0), device_id: LAPTOP_A,
  };
}

function note(id: string, ref: string, minute: number, device: string, text: string): ArchiveRow {
  return {
    id, engagement_id: ENGAGEMENT, ref, day: Number(ref.slice(1, ref.indexOf('-'))), session_id: null, area: null, kind: 'observation',
    text, speaker_id: null, speaker_name: '', tags: '[]', visibility: 'client', pinned: 0, captured_at: stamp(minute),
    deleted_at: null, created_at: stamp(minute), updated_at: stamp(minute), device_id: device,
  };
}

/** Applies a plan the way the core does, to a copy. */
function apply(local: ArchiveTables, plan: MergePlan): ArchiveTables {
  const result = empty();
  for (const table of ARCHIVE_TABLES) {
    const updates = new Map(plan.updates[table.table]!.map((row) => [rowKey(table, row), row]));
    result[table.table] = [...(local[table.table] ?? []).map((row) => updates.get(rowKey(table, row)) ?? row), ...plan.inserts[table.table]!];
  }
  return result;
}

function changes(plan: MergePlan): number {
  return ARCHIVE_TABLES.reduce((n, t) => n + plan.inserts[t.table]!.length + plan.updates[t.table]!.length, 0);
}

type Op = { kind: 'create'; day: number } | { kind: 'edit'; pick: number; text: string } | { kind: 'delete'; pick: number };

/** A laptop's history from a shared starting point, numbering its notes per day as the app does. */
function laptop(base: ArchiveTables, device: string, ops: Op[], idOffset: number, minuteOffset: number): ArchiveTables {
  const tables = structuredClone(base);
  const notes = tables.notes!;
  ops.forEach((op, index) => {
    const minute = minuteOffset + index * 2 + 10;
    if (op.kind === 'create') {
      const next = 1 + Math.max(0, ...notes.filter((n) => n.day === op.day).map((n) => Number(String(n.ref).split('-')[1])));
      notes.push(note(uuid(idOffset + index), `D${op.day}-${String(next).padStart(3, '0')}`, minute, device, `note ${idOffset + index}`));
      return;
    }
    if (notes.length === 0) return;
    const target = notes[op.pick % notes.length]!;
    if (target.deleted_at !== null) return;
    if (op.kind === 'edit') Object.assign(target, { text: op.text, updated_at: stamp(minute), device_id: device });
    else Object.assign(target, { deleted_at: stamp(minute), updated_at: stamp(minute), device_id: device });
  });
  return tables;
}

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), day: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), text: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

const scenario = fc.record({
  shared: fc.array(fc.integer({ min: 1, max: 2 }), { maxLength: 4 }),
  a: fc.array(op, { maxLength: 12 }),
  b: fc.array(op, { maxLength: 12 }),
  minuteShift: fc.integer({ min: 0, max: 3 }),
});

function build({ shared, a, b, minuteShift }: { shared: number[]; a: Op[]; b: Op[]; minuteShift: number }) {
  const base = laptop({ ...empty(), engagements: [engagementRow()] }, LAPTOP_A, shared.map((day): Op => ({ kind: 'create', day })), 1, 0);
  return { base, laptopA: laptop(base, LAPTOP_A, a, 100, 0), laptopB: laptop(base, LAPTOP_B, b, 200, minuteShift) };
}

const ids = (tables: ArchiveTables) => new Set(tables.notes!.map((n) => n.id));
const RUNS = { seed: 9009, numRuns: 200 };

describe('co-facilitator merge', () => {
  it('keeps every note from both laptops, in either order of import, with unique references', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { laptopA, laptopB } = build(s);
        for (const [local, incoming] of [[laptopA, laptopB], [laptopB, laptopA]] as const) {
          const merged = apply(local, mergeEngagement(local, incoming, MERGED_AT));
          expect(ids(merged)).toEqual(new Set([...ids(laptopA), ...ids(laptopB)]));
          const refs = merged.notes!.map((n) => n.ref);
          expect(new Set(refs).size).toBe(refs.length);
          expect(validateArchiveContent({ engagementId: ENGAGEMENT, tables: merged }).ok).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('is idempotent: importing the same archive again plans no change', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { laptopA, laptopB } = build(s);
        const once = apply(laptopA, mergeEngagement(laptopA, laptopB, MERGED_AT));
        expect(changes(mergeEngagement(once, laptopB, MERGED_AT))).toBe(0);
        expect(changes(mergeEngagement(once, once, MERGED_AT))).toBe(0);
      }),
      RUNS,
    );
  });

  it('keeps the later version of every note both laptops hold, whichever laptop imports', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { laptopA, laptopB } = build(s);
        const ab = apply(laptopA, mergeEngagement(laptopA, laptopB, MERGED_AT));
        const ba = apply(laptopB, mergeEngagement(laptopB, laptopA, MERGED_AT));
        const inB = new Map(laptopB.notes!.map((n) => [n.id, n]));
        for (const ours of laptopA.notes!) {
          const theirs = inB.get(ours.id);
          if (!theirs) continue;
          const later = Date.parse(String(theirs.updated_at)) > Date.parse(String(ours.updated_at)) ? theirs : ours;
          if (ours.updated_at === theirs.updated_at) continue;
          for (const merged of [ab, ba]) {
            const row = merged.notes!.find((n) => n.id === ours.id)!;
            expect([row.text, row.deleted_at]).toEqual([later.text, later.deleted_at]);
          }
        }
      }),
      RUNS,
    );
  });

  it('reports the same note edited on both laptops, and lets a later deletion win over an earlier edit', () => {
    const base = { ...empty(), engagements: [engagementRow()], notes: [note(uuid(1), 'D1-001', 0, LAPTOP_A, 'Month end')] };
    const a = structuredClone(base);
    Object.assign(a.notes[0]!, { text: 'Month end doubles the load', updated_at: stamp(30), device_id: LAPTOP_A });
    const b = structuredClone(base);
    Object.assign(b.notes[0]!, { text: 'Month end triples it', updated_at: stamp(40), device_id: LAPTOP_B });
    const plan = mergeEngagement(a, b, MERGED_AT);
    expect(plan.conflicts).toEqual([
      { table: 'notes', id: uuid(1), label: 'D1-001', kept: 'imported', keptUpdatedAt: stamp(40), otherUpdatedAt: stamp(30) },
    ]);
    expect(apply(a, plan).notes![0]!.text).toBe('Month end triples it');

    const deleted = structuredClone(base);
    Object.assign(deleted.notes[0]!, { deleted_at: stamp(50), updated_at: stamp(50), device_id: LAPTOP_B });
    expect(apply(a, mergeEngagement(a, deleted, MERGED_AT)).notes![0]!.deleted_at).toBe(stamp(50));
    // An edit made after the deletion wins over it: the note comes back.
    Object.assign(a.notes[0]!, { updated_at: stamp(60) });
    expect(apply(deleted, mergeEngagement(deleted, a, MERGED_AT)).notes![0]!.deleted_at).toBeNull();
  });

  it('breaks a tie in time by device id, the same way on both laptops', () => {
    const base = { ...empty(), engagements: [engagementRow()], notes: [note(uuid(1), 'D1-001', 0, LAPTOP_A, 'x')] };
    const a = structuredClone(base);
    Object.assign(a.notes[0]!, { text: 'from A', updated_at: stamp(30), device_id: LAPTOP_A });
    const b = structuredClone(base);
    Object.assign(b.notes[0]!, { text: 'from B', updated_at: stamp(30), device_id: LAPTOP_B });
    expect(apply(a, mergeEngagement(a, b, MERGED_AT)).notes![0]!.text).toBe('from B');
    expect(apply(b, mergeEngagement(b, a, MERGED_AT)).notes![0]!.text).toBe('from B');
  });

  it('renumbers an imported note whose reference this laptop already used, and reports it', () => {
    const base = { ...empty(), engagements: [engagementRow()] };
    const a = { ...structuredClone(base), notes: [note(uuid(1), 'D2-001', 5, LAPTOP_A, 'A first'), note(uuid(2), 'D2-002', 6, LAPTOP_A, 'A second')] };
    const b = { ...structuredClone(base), notes: [note(uuid(3), 'D2-001', 7, LAPTOP_B, 'B first')] };
    // The imported rows go into the plan as they are (not copied), so planning must never change them.
    for (const row of b.notes) Object.freeze(row);
    const plan = mergeEngagement(a, b, MERGED_AT);
    expect(plan.renumbered).toEqual([{ table: 'notes', id: uuid(3), from: 'D2-001', to: 'D2-003' }]);
    expect(b.notes[0]!.ref).toBe('D2-001');
    const merged = apply(a, plan);
    expect(merged.notes!.map((n) => [n.ref, n.text])).toEqual([['D2-001', 'A first'], ['D2-002', 'A second'], ['D2-003', 'B first']]);
    // Laptop B takes the merged archive back and adopts the new reference.
    const back = apply(b, mergeEngagement(b, merged, MERGED_AT));
    expect(back.notes!.find((n) => n.id === uuid(3))!.ref).toBe('D2-003');
  });
});

/*
 * The rows beyond notes: tombstoned participants and cost scenarios, evidence links (recorded
 * once, merged as a union), RACI cells and the one recommendation (the same record created under
 * different ids on each laptop) with its path links pointing at whichever id survives.
 */
const FINDING = uuid(900);
const NOTES = [1, 2, 3].map((n) => note(uuid(800 + n), `D1-00${n}`, n, LAPTOP_A, `shared ${n}`));

function participant(id: string, minute: number, device: string): ArchiveRow {
  return {
    id, engagement_id: ENGAGEMENT, name: `P ${id.slice(-3)}`, title: '', organisation: '', function: 'operator', days_attended: '[]',
    contact: '', deleted_at: null, created_at: stamp(minute), updated_at: stamp(minute), device_id: device,
  };
}

function scenarioRow(id: string, minute: number, device: string): ArchiveRow {
  return { id, engagement_id: ENGAGEMENT, name: `S ${id.slice(-3)}`, position: 0, inputs: JSON.stringify(DEFAULT_COST_INPUTS), deleted_at: null, created_at: stamp(minute), updated_at: stamp(minute), device_id: device };
}

function findingRow(): ArchiveRow {
  return {
    id: FINDING, engagement_id: ENGAGEMENT, ref: 'F1', title: 'No owner', body: '', area: 'approach', day: 1, kind: 'risk', severity: 'high',
    confidence: 'medium', status: 'open', owner_id: null, recommendation: '', votes: 0, visibility: 'client', position: 0, deleted_at: null,
    created_at: stamp(0), updated_at: stamp(0), device_id: LAPTOP_A,
  };
}

type RowOp =
  | { kind: 'create'; table: 'participants' | 'cost_scenarios' }
  | { kind: 'edit' | 'delete'; table: 'participants' | 'cost_scenarios'; pick: number }
  | { kind: 'link' | 'unlink'; note: number }
  | { kind: 'raci'; responsibility: 'monitoring' | 'budget'; who: number; role: 'R' | 'A' | 'C' }
  | { kind: 'recommend'; decision: 'go' | 'stop'; criterion: 'pf-value-quantified' | 'pf-success-metrics' };

function otherRows(base: ArchiveTables, device: string, ops: RowOp[], idOffset: number, minuteOffset: number): ArchiveTables {
  const t = structuredClone(base);
  ops.forEach((op, index) => {
    const minute = minuteOffset + index * 2 + 10;
    const id = uuid(idOffset + index);
    const at = { updated_at: stamp(minute), device_id: device };
    if (op.kind === 'create') t[op.table]!.push(op.table === 'participants' ? participant(id, minute, device) : scenarioRow(id, minute, device));
    if (op.kind === 'edit' || op.kind === 'delete') {
      const live = t[op.table]!.filter((r) => r.deleted_at === null);
      const target = live[op.pick % Math.max(1, live.length)];
      if (!target) return;
      if (op.kind === 'edit') Object.assign(target, { [op.table === 'participants' ? 'title' : 'inputs']: op.table === 'participants' ? `t${minute}` : JSON.stringify({ ...DEFAULT_COST_INPUTS, pilotVolumePerDay: minute }), ...at });
      else Object.assign(target, { deleted_at: stamp(minute), ...at });
    }
    // As the app does: unlinking marks the row removed, linking again revives it with a new link time.
    const link = 'note' in op ? t.finding_evidence!.find((l) => l.note_id === NOTES[op.note]!.id) : undefined;
    if (op.kind === 'link' && !link) {
      t.finding_evidence!.push({ finding_id: FINDING, note_id: String(NOTES[op.note]!.id), linked_at: stamp(minute), device_id: device, deleted_at: null });
    }
    if (op.kind === 'link' && link?.deleted_at) Object.assign(link, { linked_at: stamp(minute), device_id: device, deleted_at: null });
    if (op.kind === 'unlink' && link && link.deleted_at === null) Object.assign(link, { device_id: device, deleted_at: stamp(minute) });
    if (op.kind === 'raci') {
      // As the app does: a changed letter is a new row with a new id.
      const participantId = String(t.participants![op.who % t.participants!.length]!.id);
      t.path_raci = t.path_raci!.filter((r) => !(r.responsibility === op.responsibility && r.participant_id === participantId));
      t.path_raci.push({ id, engagement_id: ENGAGEMENT, responsibility: op.responsibility, system_id: null, participant_id: participantId, role: op.role, created_at: stamp(minute), updated_at: stamp(minute), device_id: device, deleted_at: null });
    }
    if (op.kind === 'recommend') {
      const existing = t.path_recommendations![0];
      const recId = existing?.id ?? id;
      const row = { id: recId, engagement_id: ENGAGEMENT, decision: op.decision, rationale: '', conditions: '[]', decided_by_participant_id: null, decided_by_name: '', decided_on: null, created_at: existing?.created_at ?? stamp(minute), ...at };
      t.path_recommendations = [row];
      if (!t.path_links!.some((l) => l.target_id === op.criterion)) {
        t.path_links!.push({ id: uuid(idOffset + 50 + index), engagement_id: ENGAGEMENT, recommendation_id: recId, phase_id: null, target_kind: 'criterion', target_id: op.criterion, position: t.path_links!.length, created_at: stamp(minute), device_id: device, deleted_at: null });
      }
    }
  });
  return t;
}

const rowOp: fc.Arbitrary<RowOp> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), table: fc.constantFrom('participants' as const, 'cost_scenarios' as const) }),
  fc.record({ kind: fc.constantFrom('edit' as const, 'delete' as const), table: fc.constantFrom('participants' as const, 'cost_scenarios' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constantFrom('link' as const, 'unlink' as const), note: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('raci' as const), responsibility: fc.constantFrom('monitoring' as const, 'budget' as const), who: fc.nat(), role: fc.constantFrom('R' as const, 'A' as const, 'C' as const) }),
  fc.record({ kind: fc.constant('recommend' as const), decision: fc.constantFrom('go' as const, 'stop' as const), criterion: fc.constantFrom('pf-value-quantified' as const, 'pf-success-metrics' as const) }),
);

const rowScenario = fc.record({ a: fc.array(rowOp, { maxLength: 12 }), b: fc.array(rowOp, { maxLength: 12 }), minuteShift: fc.integer({ min: 0, max: 3 }) });

function buildRows({ a, b, minuteShift }: { a: RowOp[]; b: RowOp[]; minuteShift: number }) {
  const base: ArchiveTables = {
    ...empty(),
    engagements: [engagementRow()],
    notes: structuredClone(NOTES),
    findings: [findingRow()],
    participants: [participant(uuid(700), 0, LAPTOP_A), participant(uuid(701), 0, LAPTOP_A)],
    cost_scenarios: [scenarioRow(uuid(710), 0, LAPTOP_A)],
  };
  return { laptopA: otherRows(base, LAPTOP_A, a, 1000, 0), laptopB: otherRows(base, LAPTOP_B, b, 2000, minuteShift) };
}

const byId = (rows: readonly ArchiveRow[]) => new Map(rows.map((r) => [r.id, r]));
const later = (x: ArchiveRow, y: ArchiveRow) => (Date.parse(String(y.updated_at)) > Date.parse(String(x.updated_at)) ? y : x);

describe('co-facilitator merge of the rows beyond notes', () => {
  it('respects tombstones: a deletion later than the other laptop’s last edit stays, in either order of import', () => {
    fc.assert(
      fc.property(rowScenario, (s) => {
        const { laptopA, laptopB } = buildRows(s);
        for (const [local, incoming] of [[laptopA, laptopB], [laptopB, laptopA]] as const) {
          const merged = apply(local, mergeEngagement(local, incoming, MERGED_AT));
          for (const table of ['participants', 'cost_scenarios']) {
            const ours = byId(laptopA[table]!);
            const theirs = byId(laptopB[table]!);
            const result = byId(merged[table]!);
            expect(new Set(result.keys())).toEqual(new Set([...ours.keys(), ...theirs.keys()]));
            for (const [id, row] of result) {
              const a = ours.get(id);
              const b = theirs.get(id);
              if (a && b && a.updated_at !== b.updated_at) expect(row.deleted_at).toBe(later(a, b).deleted_at);
              if (a && !b) expect(row.deleted_at).toBe(a.deleted_at);
              if (b && !a) expect(row.deleted_at).toBe(b.deleted_at);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('takes the union of evidence links, one row per RACI cell and one recommendation holding every link, valid and idempotent', () => {
    fc.assert(
      fc.property(rowScenario, (s) => {
        const { laptopA, laptopB } = buildRows(s);
        const evidence = (t: ArchiveTables) => new Set(t.finding_evidence!.map((l) => l.note_id));
        const cells = (t: ArchiveTables) => new Set(t.path_raci!.map((r) => `${r.responsibility}/${r.participant_id}`));
        const targets = (t: ArchiveTables) => new Set(t.path_links!.map((l) => l.target_id));
        for (const [local, incoming] of [[laptopA, laptopB], [laptopB, laptopA]] as const) {
          const merged = apply(local, mergeEngagement(local, incoming, MERGED_AT));
          expect(validateArchiveContent({ engagementId: ENGAGEMENT, tables: merged })).toMatchObject({ ok: true });
          expect(evidence(merged)).toEqual(new Set([...evidence(laptopA), ...evidence(laptopB)]));
          expect(cells(merged)).toEqual(new Set([...cells(laptopA), ...cells(laptopB)]));
          expect(merged.path_raci).toHaveLength(cells(merged).size);
          expect(merged.path_recommendations!.length).toBe(Math.min(1, laptopA.path_recommendations!.length + laptopB.path_recommendations!.length));
          expect(targets(merged)).toEqual(new Set([...targets(laptopA), ...targets(laptopB)]));
          for (const link of merged.path_links!) expect(link.recommendation_id).toBe(merged.path_recommendations![0]!.id);
          expect(changes(mergeEngagement(merged, incoming, MERGED_AT))).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('keeps a removed evidence link removed unless it was linked again later, in either order of import, idempotent', () => {
    const table = archiveTable('finding_evidence');
    fc.assert(
      fc.property(rowScenario, (s) => {
        const { laptopA, laptopB } = buildRows(s);
        const links = (t: ArchiveTables) => new Map(t.finding_evidence!.map((l) => [String(l.note_id), l]));
        const [inA, inB] = [links(laptopA), links(laptopB)];
        const results = [
          [laptopA, laptopB],
          [laptopB, laptopA],
        ].map(([local, incoming]) => {
          const merged = apply(local!, mergeEngagement(local!, incoming!, MERGED_AT));
          expect(changes(mergeEngagement(merged, incoming!, MERGED_AT))).toBe(0);
          return links(merged);
        });
        for (const noteId of new Set([...inA.keys(), ...inB.keys()])) {
          const [a, b] = [inA.get(noteId), inB.get(noteId)];
          const expected = a && b ? (Date.parse(versionTime(table, a)) >= Date.parse(versionTime(table, b)) ? a : b) : (a ?? b)!;
          if (a && b && versionTime(table, a) === versionTime(table, b)) continue;
          for (const merged of results) expect(merged.get(noteId)!.deleted_at === null, noteId).toBe(expected.deleted_at === null);
        }
      }),
      RUNS,
    );
  });

  it('keeps the later letter of a RACI cell set on both laptops, whichever imports', () => {
    fc.assert(
      fc.property(rowScenario, (s) => {
        const { laptopA, laptopB } = buildRows(s);
        const letters = (t: ArchiveTables) => new Map(t.path_raci!.map((r) => [`${r.responsibility}/${r.participant_id}`, r]));
        const ab = letters(apply(laptopA, mergeEngagement(laptopA, laptopB, MERGED_AT)));
        const ba = letters(apply(laptopB, mergeEngagement(laptopB, laptopA, MERGED_AT)));
        const inB = letters(laptopB);
        for (const [cell, ours] of letters(laptopA)) {
          const theirs = inB.get(cell);
          if (!theirs || ours.updated_at === theirs.updated_at) continue;
          expect([ab.get(cell)!.role, ba.get(cell)!.role]).toEqual([later(ours, theirs).role, later(ours, theirs).role]);
        }
      }),
      RUNS,
    );
  });
});

/*
 * Client numbering (shared/domain/references.ts) across two laptops: each numbers what it
 * captures, a private item takes its client number when it is first shown, and a merge must
 * leave every reference unique and every client series without a gap.
 */
type NumberOp =
  | { kind: 'note'; day: number; visibility: 'client' | 'facilitator' }
  | { kind: 'finding'; visibility: 'client' | 'facilitator' }
  | { kind: 'show' | 'withdraw'; table: 'notes' | 'findings'; pick: number };

function findingOf(id: string, ref: string, minute: number, device: string, visibility: string): ArchiveRow {
  return { ...findingRow(), id, ref, title: `finding ${id.slice(-4)}`, visibility, created_at: stamp(minute), updated_at: stamp(minute), device_id: device };
}

/** The next number of a series as the app allocates it: one past the highest this laptop holds. */
function nextRef(rows: readonly ArchiveRow[], series: RefSeries): string {
  const held = rows.map((r) => parseRef(String(r.ref))).filter((p) => p?.series.prefix === series.prefix);
  return formatRef(series, 1 + Math.max(0, ...held.map((p) => p!.sequence)));
}

function numberingLaptop(base: ArchiveTables, device: string, ops: NumberOp[], idOffset: number, minuteOffset: number): ArchiveTables {
  const t = structuredClone(base);
  const own = new Set<string>();
  ops.forEach((op, index) => {
    const minute = minuteOffset + index * 2 + 10;
    const id = uuid(idOffset + index);
    if (op.kind === 'note') {
      const ref = nextRef(t.notes!, noteSeries(op.day, op.visibility));
      t.notes!.push({ ...note(id, ref, minute, device, `note ${id.slice(-4)}`), day: op.day, visibility: op.visibility });
      own.add(id);
    }
    if (op.kind === 'finding') {
      t.findings!.push(findingOf(id, nextRef(t.findings!, findingSeries(op.visibility)), minute, device, op.visibility));
      own.add(id);
    }
    if (op.kind === 'show' || op.kind === 'withdraw') {
      // Only records this laptop made change visibility here, so no record is shown on both at once.
      const rows = t[op.table]!.filter((r) => own.has(String(r.id)));
      const target = rows[op.pick % Math.max(1, rows.length)];
      if (!target) return;
      const visibility = op.kind === 'show' ? 'client' : 'facilitator';
      const series = op.table === 'notes' ? noteSeries(Number(target.day), 'client') : findingSeries('client');
      const ref = visibility === 'client' && !isClientRef(String(target.ref)) ? nextRef(t[op.table]!, series) : target.ref;
      Object.assign(target, { visibility, ref, updated_at: stamp(minute), device_id: device });
    }
  });
  return t;
}

const numberOp: fc.Arbitrary<NumberOp> = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), day: fc.integer({ min: 1, max: 2 }), visibility: fc.constantFrom('client' as const, 'facilitator' as const) }),
  fc.record({ kind: fc.constant('finding' as const), visibility: fc.constantFrom('client' as const, 'facilitator' as const) }),
  fc.record({ kind: fc.constantFrom('show' as const, 'withdraw' as const), table: fc.constantFrom('notes' as const, 'findings' as const), pick: fc.nat() }),
);

const numberScenario = fc.record({
  shared: fc.array(numberOp, { maxLength: 6 }),
  a: fc.array(numberOp, { maxLength: 12 }),
  b: fc.array(numberOp, { maxLength: 12 }),
  minuteShift: fc.integer({ min: 0, max: 3 }),
});

/** Every client series of a table holds exactly the numbers 1..n; no reference is held twice; nothing client-visible lacks a client number. */
function expectGaplessAndUnique(rows: readonly ArchiveRow[]): void {
  const refs = rows.map((r) => String(r.ref));
  expect(new Set(refs).size).toBe(refs.length);
  for (const row of rows) if (row.visibility === 'client') expect(isClientRef(String(row.ref))).toBe(true);
  const series = new Map<string, number[]>();
  for (const parsed of refs.map(parseRef)) {
    if (parsed?.series.client) series.set(parsed.series.prefix, [...(series.get(parsed.series.prefix) ?? []), parsed.sequence]);
  }
  for (const numbers of series.values()) expect([...numbers].sort((x, y) => x - y)).toEqual(numbers.map((_, i) => i + 1));
}

describe('client numbering in a co-facilitator merge', () => {
  it('keeps every reference unique and every client series gapless, in either order of import, and plans nothing the second time', () => {
    fc.assert(
      fc.property(numberScenario, ({ shared, a, b, minuteShift }) => {
        const base = numberingLaptop({ ...empty(), engagements: [engagementRow()] }, LAPTOP_A, shared, 1, 0);
        const laptopA = numberingLaptop(base, LAPTOP_A, a, 100, 0);
        const laptopB = numberingLaptop(base, LAPTOP_B, b, 200, minuteShift);
        for (const [local, incoming] of [[laptopA, laptopB], [laptopB, laptopA]] as const) {
          const merged = apply(local, mergeEngagement(local, incoming, MERGED_AT));
          expectGaplessAndUnique(merged.notes!);
          expectGaplessAndUnique(merged.findings!);
          expect(validateArchiveContent({ engagementId: ENGAGEMENT, tables: merged }).ok).toBe(true);
          expect(changes(mergeEngagement(merged, incoming, MERGED_AT))).toBe(0);
          // The merged archive goes back to the other laptop: it adopts the new references, still unique and gapless.
          const back = apply(incoming, mergeEngagement(incoming, merged, MERGED_AT));
          expectGaplessAndUnique(back.notes!);
          expectGaplessAndUnique(back.findings!);
        }
      }),
      RUNS,
    );
  });

  it('gives an imported client-visible record that still holds a private reference the next client number', () => {
    const here = { ...empty(), engagements: [engagementRow()], findings: [findingOf(uuid(1), 'F1', 1, LAPTOP_A, 'client')] };
    const there = { ...structuredClone(here), findings: [...structuredClone(here.findings), findingOf(uuid(2), 'P1', 2, LAPTOP_B, 'client')] };
    const plan = mergeEngagement(here, there, MERGED_AT);
    expect(plan.renumbered).toEqual([{ table: 'findings', id: uuid(2), from: 'P1', to: 'F2' }]);
    expect(apply(here, plan).findings!.map((f) => [f.ref, f.updated_at])).toEqual([['F1', stamp(1)], ['F2', MERGED_AT]]);
  });
});

