import { addDays } from '../../../shared/domain/dates';
import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/ipc/contract';
import { isAppError } from '../../../shared/ipc/result';
import type { SampleContent } from '../../../shared/sample/sample-types';
import type { ArchiveService } from '../archive/archive-service';
import type { CoreHandlers } from '../create-app-core';

/** A throwaway core over an in-memory database, driven by the builder's clock and ids. */
export interface ScratchCore {
  handlers: CoreHandlers;
  archive: ArchiveService;
  close(): void;
}

export type ScratchCoreFactory = (options: { now: () => Date; newId: () => string }) => ScratchCore;

/**
 * Ids are counted rather than random, so every build gives the sample the same ids: loading it a
 * second time can recognise the first copy, and two laptops holding the sample merge cleanly.
 */
function countingIds(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `5a3b1e00-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

type Call = <C extends Channel & keyof CoreHandlers>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
/** Moves the clock to a moment of the week (day 1–5, HH:MM); a no-op where the clock is real. */
type SetClock = (day: number, time: string) => void;

/** Calls handlers as the dispatcher would: every input parsed by its contract schema first. */
function createSampleCaller(handlers: CoreHandlers): Call {
  return async (channel, input) => {
    const parsed = contract[channel].input.parse(input);
    const handler = handlers[channel] as (input: unknown) => unknown;
    try {
      return (await handler(parsed)) as never;
    } catch (error) {
      throw new Error(`The sample could not be built at ${channel}: ${isAppError(error) ? error.message : String(error)}`, { cause: error });
    }
  };
}

/** The ids the content's keys became; the same in the scratch core and after import. */
export interface SampleRefs {
  engagementId: string;
  people: Map<string, string>;
  notes: Map<string, string>;
  findings: Map<string, string>;
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`The sample names an unknown ${what}: ${key}`);
  return id;
}

/** The engagement and every record that stands on its own: people, notes, findings, scores, costs. */
async function seedRecords(call: Call, content: SampleContent, at: SetClock): Promise<SampleRefs> {
  const e = content.engagement;
  at(1, '08:30');
  const engagement = await call('engagements:create', { clientName: e.clientName, pilotName: e.pilotName, weekStart: e.weekStart });
  const engagementId = engagement.id;
  const setup = { id: engagementId, clientName: e.clientName, pilotName: e.pilotName, pilotDescription: e.pilotDescription, facilitators: e.facilitators, venue: e.venue, weekStart: e.weekStart, dayCount: e.dayCount, pilot: e.pilot };
  await call('engagements:update', { ...setup, status: 'in-progress' });

  const people = new Map<string, string>();
  for (const p of content.participants) {
    const { key, ...fields } = p;
    people.set(key, (await call('participants:create', { engagementId, ...fields })).id);
  }

  const sessions = await call('sessions:list', { engagementId });
  const notes = new Map<string, string>();
  for (const day of content.days) {
    for (const block of day.sessions) {
      const session = sessions.find((s) => s.day === day.day && s.title === block.session);
      if (!session) throw new Error(`The sample names a session the standard week does not have: day ${day.day}, ${block.session}`);
      for (const note of block.notes) {
        at(day.day, note.at);
        const created = await call('notes:create', {
          engagementId,
          day: day.day,
          sessionId: session.id,
          area: note.area ?? session.area ?? day.area,
          kind: note.kind,
          text: note.text,
          speakerId: note.by === null ? null : lookup(people, note.by, 'participant'),
          tags: note.tags ?? [],
          visibility: note.visibility ?? 'client',
        });
        if (note.key) notes.set(note.key, created.id);
        if (note.followUp) {
          const { owner, due, status } = note.followUp;
          await call('actions:follow-up', { noteId: created.id, ownerId: lookup(people, owner, 'participant'), dueDay: due, status });
        }
      }
    }
    for (const session of sessions.filter((s) => s.day === day.day)) {
      at(day.day, session.end);
      await call('sessions:set-status', { id: session.id, status: 'done' });
    }
  }

  const findings = new Map<string, string>();
  for (const f of content.findings) {
    at(f.day, '17:00');
    const { key, owner, evidence: _evidence, ...fields } = f;
    const created = await call('findings:create', { engagementId, ...fields, ownerId: owner === null ? null : lookup(people, owner, 'participant') });
    findings.set(key, created.id);
  }

  at(3, '17:20');
  for (const scenario of content.costScenarios) {
    const created = await call('cost:create', { engagementId, name: scenario.name });
    await call('cost:update', { id: created.id, inputs: scenario.inputs });
  }

  at(5, '10:30');
  for (const c of content.assessment.criteria) {
    await call('assessment:score-criterion', { engagementId, criterionId: c.criterionId, score: c.score, comment: c.comment });
  }
  for (const t of content.assessment.mlTests) await call('assessment:score-ml-test', { engagementId, ...t });
  for (const c of content.assessment.causes) await call('assessment:rate-cause', { engagementId, ...c });

  at(5, '15:30');
  await call('engagements:update', { ...setup, status: 'complete' });
  return { engagementId, people, notes, findings };
}

/** What ties records together: evidence for findings and criteria, and the path to ship. */
async function seedSampleLinks(call: Call, content: SampleContent, refs: SampleRefs, at: SetClock): Promise<void> {
  const { engagementId } = refs;
  const person = (key: string) => lookup(refs.people, key, 'participant');
  const note = (key: string) => lookup(refs.notes, key, 'note');
  const finding = (key: string) => lookup(refs.findings, key, 'finding');
  for (const f of content.findings) {
    at(f.day, '17:05');
    const findingId = finding(f.key);
    for (const key of f.evidence) await call('findings:link-note', { findingId, noteId: note(key) });
  }

  at(5, '10:40');
  for (const c of content.assessment.criteria) {
    for (const key of c.notes ?? []) await call('assessment:add-evidence', { engagementId, criterionId: c.criterionId, kind: 'note', targetId: note(key) });
    for (const key of c.findings ?? []) {
      await call('assessment:add-evidence', { engagementId, criterionId: c.criterionId, kind: 'finding', targetId: finding(key) });
    }
  }

  const path = content.pathToShip;
  at(4, '15:10');
  const systems = new Map<string, string>();
  for (const name of path.systems) {
    const saved = await call('path:save-system', { engagementId, name });
    systems.set(name, saved.systems.find((s) => s.name === name)!.id);
  }
  for (const r of path.raci) {
    const systemId = r.system === undefined ? null : lookup(systems, r.system, 'system');
    await call('path:set-raci', { engagementId, responsibility: r.responsibility, systemId, participantId: person(r.participant), role: r.role });
  }
  for (const phase of path.phases) {
    const { owner, findings, ...fields } = phase;
    await call('path:add-phase', { engagementId, ...fields, ownerId: person(owner), findingIds: findings.map(finding) });
  }
  at(5, '13:10');
  const rec = path.recommendation;
  await call('path:set-recommendation', {
    engagementId,
    decision: rec.decision,
    rationale: rec.rationale,
    conditions: rec.conditions,
    criterionIds: rec.criterionIds,
    findingIds: rec.findings.map(finding),
    decidedBy: { kind: 'participant', participantId: person(rec.decidedBy) },
    decidedOn: rec.decidedOn,
  });
}

export interface BuiltSample {
  refs: SampleRefs;
  bytes: Buffer;
}

/**
 * Builds the sample week through the app's own services in a scratch core (each request parsed by
 * its contract schema, the clock set to the moment each thing happened in the week) and exports it
 * as archive bytes, so the user's database only ever receives it through the archive import path.
 */
export async function buildSampleArchive(content: SampleContent, openScratch: ScratchCoreFactory): Promise<BuiltSample> {
  let clock = new Date();
  const core = openScratch({ now: () => clock, newId: countingIds() });
  const at: SetClock = (day, time) => {
    clock = new Date(`${addDays(content.engagement.weekStart, day - 1)}T${time}:00`);
  };
  try {
    const call = createSampleCaller(core.handlers);
    const refs = await seedRecords(call, content, at);
    await seedSampleLinks(call, content, refs, at);
    return { refs, bytes: core.archive.exportBytes(refs.engagementId) };
  } finally {
    core.close();
  }
}
