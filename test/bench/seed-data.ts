import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_AREAS } from '../../shared/domain/audit-areas';
import type { Engagement } from '../../shared/domain/engagement';
import { CONFIDENCES, FINDING_KINDS, FINDING_STATUSES, FindingCreateInput, SEVERITIES } from '../../shared/domain/finding';
import { NOTE_KINDS, type Note } from '../../shared/domain/note';
import { formatRef, noteSeries } from '../../shared/domain/references';
import { PARTICIPANT_FUNCTIONS, type Participant } from '../../shared/domain/participant';
import type { Session } from '../../shared/domain/session';
import type { ChannelInput, ChannelOutput, Channel } from '../../shared/ipc/contract';
import { createDispatcher, type Dispatch, type Sender } from '../../shared/ipc/dispatch';
import { startAppCore, type AppRuntime } from '../../electron/core/start-app-core';
import type { RoomHost } from '../../electron/core/room/room-service';
import { createNotesRepository } from '../../electron/core/db/repositories/notes-repository';
import type { DeliverablesHost } from '../../electron/core/services/deliverables-service';
import { TEST_ORIGIN } from '../e2e/renderer-bridge';
import { backgroundWorkerScript } from '../support/background-worker-script';

/** A word in about one note in ten thousand. */
export const RARE_WORD = 'quokka';
/** A word in about four notes in ten. */
export const COMMON_WORD = 'invoice';

const DOMAIN_WORDS = [
  'approval', 'approve', 'approach', 'appropriate', 'supplier', 'purchase', 'order', 'ledger', 'exception', 'manual',
  'spreadsheet', 'email', 'scan', 'pdf', 'extraction', 'accuracy', 'review', 'queue', 'backlog', 'month', 'close',
  'vendor', 'payment', 'terms', 'duplicate', 'threshold', 'escalation', 'controller', 'audit', 'trail', 'compliance',
  'latency', 'volume', 'peak', 'error', 'rework', 'handoff', 'owner', 'system', 'erp', 'integration', 'export',
  'import', 'template', 'rule', 'model', 'prompt', 'confidence', 'fallback', 'human', 'loop', 'sample', 'metric',
];
const TAGS = ['pain', 'quickwin', 'risk', 'data', 'volume', 'it', 'legal', 'cost', 'followup', 'quote'];
const FIRST = ['Ana', 'Ben', 'Chloé', 'Dario', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kaia', 'Luis', 'Mona', 'Nils', 'Oona'];
const LAST = ['Silva', 'Müller', 'Okafor', 'Nakamura', 'Rossi', 'Dubois', 'Kowalski', 'Haddad', 'Larsen', 'Novak'];

/** mulberry32: small, fast and the same on every machine, so every run measures the same data. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const uuid = (): string => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + int(4)).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, uuid };
}
export type Random = ReturnType<typeof createRandom>;

/** Pronounceable filler words, so the index holds a realistic number of distinct terms. */
function fillerVocabulary(random: Random, size: number): string[] {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'un', 'dra', 'pe', 'qui', 'zo', 'ba', 'nek', 'fi', 'gru'];
  const words = new Set<string>();
  while (words.size < size) words.add(Array.from({ length: 2 + random.int(3) }, () => random.pick(syllables)).join(''));
  return [...words];
}

/** Note text: 8 to 30 words, frequent words much more frequent (roughly Zipf), with the marked words planted. */
export function createTextGenerator(random: Random) {
  const vocabulary = [...DOMAIN_WORDS, ...fillerVocabulary(random, 3000)];
  const word = () => vocabulary[Math.floor(vocabulary.length * random.next() ** 3)]!;
  return (index: number): string => {
    const words = Array.from({ length: 8 + random.int(23) }, word);
    if (random.next() < 0.4) words.splice(random.int(words.length), 0, COMMON_WORD);
    if (index % 10_000 === 4_321) words.splice(random.int(words.length), 0, RARE_WORD);
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
}

export interface WorkspaceSpec {
  seed: number;
  notes: number;
  participants: number;
  /** Findings on the board of the main engagement. */
  findings: number;
  /** Adds a second engagement with no notes, the reference for opening one. */
  withEmpty: boolean;
  /** How exports print PDFs and where they go; without one, exporting is refused as in a window without it. */
  deliverablesHost?: DeliverablesHost;
  /** Room mode's host, for the room bench; without one the room serves no pages. */
  roomHost?: RoomHost;
}

export interface SeededWorkspace {
  userDataDir: string;
  runtime: AppRuntime;
  /** The real dispatcher (sender check, zod, handler, output check), as the harness wires it. */
  dispatch: Dispatch;
  sender: Sender;
  invoke<C extends Channel>(channel: C, payload: ChannelInput<C>): Promise<ChannelOutput<C>>;
  engagement: Engagement;
  emptyEngagement: Engagement | null;
  participants: Participant[];
  sessions: Session[];
  noteCount: number;
  close(): void;
}

/**
 * Bulk notes go through the repository in one transaction: the paths being measured are not these.
 * Workspaces of several engagements pass one `text` generator, so they share one vocabulary.
 */
export function insertNotes(
  runtime: AppRuntime,
  engagement: Engagement,
  participants: Participant[],
  sessions: Session[],
  spec: Pick<WorkspaceSpec, 'notes'>,
  random: Random,
  text: (index: number) => string = createTextGenerator(random),
): NoteIdsByDay {
  const db = runtime.core()!.db;
  const repo = createNotesRepository(db);
  const perDay = Math.ceil(spec.notes / engagement.dayCount);
  const idsByDay: NoteIdsByDay = new Map();
  const weekStart = Date.parse(`${engagement.weekStart}T08:00:00Z`);
  // A large page cache keeps the full-text index's pages in memory until the one commit.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  const lastOfSeries = new Map<string, number>();
  db.transaction(() => {
    for (let i = 0; i < spec.notes; i++) {
      const day = Math.floor(i / perDay) + 1;
      const sequence = (i % perDay) + 1;
      const daySessions = sessions.filter((s) => s.day === day && s.kind !== 'break');
      const session = daySessions.length > 0 && random.next() < 0.9 ? random.pick(daySessions) : null;
      const speaker = participants.length > 0 && random.next() < 0.8 ? random.pick(participants) : null;
      // Spread over the working day so timestamps stay distinct and ordered within a day.
      const at = new Date(weekStart + (day - 1) * 86_400_000 + Math.floor((sequence * 36_000_000) / perDay)).toISOString();
      const note: Note = {
        id: random.uuid(),
        engagementId: engagement.id,
        ref: '',
        day,
        sessionId: session?.id ?? null,
        area: random.next() < 0.5 ? random.pick(AUDIT_AREAS) : null,
        kind: random.pick(NOTE_KINDS),
        text: text(i),
        speakerId: speaker?.id ?? null,
        speakerName: speaker?.name ?? '',
        tags: random.next() < 0.3 ? [random.pick(TAGS)] : [],
        visibility: random.next() < 0.9 ? 'client' : 'facilitator',
        pinned: random.next() < 0.02,
        capturedAt: at,
        deletedAt: null,
        createdAt: at,
        updatedAt: at,
        deviceId: runtime.core()!.deviceId,
      };
      const series = noteSeries(day, note.visibility);
      const number = (lastOfSeries.get(series.prefix) ?? 0) + 1;
      lastOfSeries.set(series.prefix, number);
      repo.insert({ ...note, ref: formatRef(series, number) });
      const ids = idsByDay.get(day) ?? [];
      ids.push(note.id);
      idsByDay.set(day, ids);
    }
  })();
  db.pragma(`cache_size = ${cacheSize}`);
  return idsByDay;
}

type NoteIdsByDay = Map<number, string[]>;

/**
 * Findings through the real findings:create handler (validation, service, repository), all in one
 * transaction so seeding does not pay a durable commit per finding. Given the notes of each day,
 * every finding cites one to four neighbouring notes of its day, as a curated board does, so the
 * report has evidence to quote; those picks come from their own generator so the findings stay
 * the same as without them.
 */
export function seedFindings(
  runtime: AppRuntime,
  engagement: Engagement,
  count: number,
  random: Random,
  evidence?: { notesByDay: NoteIdsByDay; random: Random },
): void {
  const core = runtime.core()!;
  const create = core.handlers['findings:create'];
  const linkNote = core.handlers['findings:link-note'];
  const text = createTextGenerator(random);
  core.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const finding = settled(create(
        FindingCreateInput.parse({
          engagementId: engagement.id,
          title: text(i).slice(0, 90),
          body: text(i + count),
          area: random.pick(AUDIT_AREAS),
          day: random.int(engagement.dayCount) + 1,
          kind: random.pick(FINDING_KINDS),
          severity: random.pick(SEVERITIES),
          confidence: random.pick(CONFIDENCES),
          status: random.pick(FINDING_STATUSES),
          recommendation: random.next() < 0.5 ? text(i + 2 * count) : '',
          votes: random.int(6),
          visibility: random.next() < 0.9 ? 'client' : 'facilitator',
        }),
      ));
      if (!evidence) continue;
      const dayNotes = evidence.notesByDay.get(finding.day) ?? [];
      const start = evidence.random.int(dayNotes.length);
      for (const noteId of dayNotes.slice(start, start + evidence.random.int(4) + 1)) linkNote({ findingId: finding.id, noteId });
    }
  })();
}

/** The findings service writes synchronously; a promise here would mean a write outside the seeding transaction. */
function settled<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('findings:create answered asynchronously inside the seeding transaction.');
  return value;
}

/** A data folder with a fresh database, filled deterministically from `spec.seed`. */
export async function seedWorkspace(parentDir: string, name: string, spec: WorkspaceSpec): Promise<SeededWorkspace> {
  const userDataDir = path.join(parentDir, name);
  mkdirSync(userDataDir, { recursive: true });
  const random = createRandom(spec.seed);
  const runtime = startAppCore({
    userDataDir,
    appVersion: '0.0.0-bench',
    newId: random.uuid,
    deliverablesHost: spec.deliverablesHost,
    roomHost: spec.roomHost,
    backgroundWorker: backgroundWorkerScript(),
  });
  const dispatch = createDispatcher({
    handlers: runtime.handlers,
    translateError: runtime.translateError,
    trustedOrigin: TEST_ORIGIN,
    onUnexpectedError: (error) => console.error('Unexpected error in the core:', error),
  });
  const sender: Sender = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };
  const invoke = async <C extends Channel>(channel: C, payload: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await dispatch(sender, channel, payload);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };

  const engagement = await invoke('engagements:create', { clientName: 'Northwind Logistics', pilotName: 'Invoice extraction', weekStart: '2026-03-02' });
  const emptyEngagement = spec.withEmpty
    ? await invoke('engagements:create', { clientName: 'Empty Client', pilotName: 'Nothing yet', weekStart: '2026-03-02' })
    : null;
  const participants: Participant[] = [];
  for (let i = 0; i < spec.participants; i++) {
    participants.push(
      await invoke('participants:create', {
        engagementId: engagement.id,
        name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`,
        function: PARTICIPANT_FUNCTIONS[i % PARTICIPANT_FUNCTIONS.length]!,
        daysAttended: [],
      }),
    );
  }
  const sessions = await invoke('sessions:list', { engagementId: engagement.id });
  const notesByDay = insertNotes(runtime, engagement, participants, sessions, spec, random);
  seedFindings(runtime, engagement, spec.findings, random, { notesByDay, random: createRandom(spec.seed + 1) });
  return {
    userDataDir,
    runtime,
    dispatch,
    sender,
    invoke,
    engagement,
    emptyEngagement,
    participants,
    sessions,
    noteCount: spec.notes,
    close: () => runtime.close(),
  };
}
