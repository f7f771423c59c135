import QRCode from 'qrcode';
import type { z } from 'zod';
import { fold, parseMarkers } from '../../../shared/capture/markers';
import { NoteCreateInput, type Note } from '../../../shared/domain/note';
import {
  ROOM_DOTS_PER_DEVICE,
  type InboxAcceptInput,
  type InboxItem,
  type RoomInterface,
  type RoomPublicState,
  type RoomStartInput,
  type RoomStatus,
  type RunningRoom,
} from '../../../shared/domain/room';
import type { Session } from '../../../shared/domain/session';
import { AppError } from '../../../shared/ipc/result';
import type { FindingsRepository } from '../db/repositories/findings-repository';
import type { ParticipantsRepository } from '../db/repositories/participants-repository';
import type { RoomRepository } from '../db/repositories/room-repository';
import type { SessionsRepository } from '../db/repositories/sessions-repository';
import type { NotesService } from '../services/notes-service';
import { timestamp, type ServiceContext } from '../services/service-context';
import { createRoomCertificate } from './room-certificate';
import { DEFAULT_ROOM_LIMITS, RoomRefusal, type RoomLimits } from './room-http';
import { listRoomInterfaces } from './room-interfaces';
import { loadRoomPages } from './room-pages';
import type { RoomEndpoints } from './room-routes';
import { startRoomServers, type RoomServers } from './room-server';
import { createRoomTally, type RoomTally } from './room-tally';
import { displayJoinCode, newJoinCode, newSecret, normaliseJoinCode, sameSecret } from './room-tokens';

/** What the app around the core gives the room: where its pages are built, and where changes go. */
export interface RoomHost {
  /** The folder of the built participant and scribe pages (dist/room). */
  pagesDir: string;
  /** Told whenever the room starts, stops or hears from someone, for the window. */
  onChange(status: RoomStatus): void;
  onUnexpectedError(error: unknown): void;
  /** Limits for tests and the bench; the defaults otherwise. */
  limits?: Partial<RoomLimits>;
  /** The room stops after this long without a request from anyone (30 minutes by default). */
  idleMs?: number;
  /** The addresses offered; the machine's own by default. */
  interfaces?: () => RoomInterface[];
}

export interface RoomService {
  interfaces(): RoomInterface[];
  start(input: z.output<typeof RoomStartInput>): Promise<RoomStatus>;
  stop(reason?: string): Promise<RoomStatus>;
  status(): RoomStatus;
  setPrompt(prompt: string): RoomStatus;
  openVoting(findingIds: string[]): RoomStatus;
  inbox(engagementId: string): InboxItem[];
  accept(input: z.output<typeof InboxAcceptInput>): Note;
  discard(id: string): { id: string };
  /** Something the room shows may have changed in the window (a finding, a session): phones get the new state. */
  refresh(): void;
  /** Stops at once, without waiting for the servers to finish closing: for the app closing its data. */
  halt(reason: string): void;
  /** The session a running room belongs to has ended: the room stops. */
  sessionEnded(sessionId: string): Promise<void>;
}

export interface RoomServiceDeps {
  ctx: ServiceContext;
  repo: RoomRepository;
  notes: NotesService;
  sessions: SessionsRepository;
  findings: FindingsRepository;
  participants: ParticipantsRepository;
}

interface Running {
  engagementId: string;
  sessionId: string;
  day: number;
  servers: RoomServers;
  joinCode: string;
  scribeToken: string;
  fingerprint: string;
  participantUrl: string;
  shortAddress: string;
  scribeUrl: string;
  qrSvg: string;
  tally: RoomTally;
  prompt: string | null;
  votingIds: string[];
  scribeNotes: number;
  lastActivity: number;
  idleCheck: ReturnType<typeof setInterval>;
}

/** Devices one room holds: far above any workshop, and a bound on what joins can make it keep. */
const MAX_DEVICES = 1000;
const DEFAULT_IDLE_MS = 30 * 60 * 1000;

function notRunning(): AppError {
  return new AppError('conflict', 'Room mode is not on. Start it from the session first.');
}

/**
 * Room mode for one session: starts and stops the room's servers, answers their routes, keeps the
 * inbox of notes from phones and saves the scribe's notes. Only the prompt and the titles of
 * client-visible findings open for voting ever go to a phone (publicState).
 */
export function createRoomService(deps: RoomServiceDeps, host: RoomHost): RoomService {
  const { ctx, repo } = deps;
  const limits: RoomLimits = { ...DEFAULT_ROOM_LIMITS, ...host.limits };
  const idleMs = host.idleMs ?? DEFAULT_IDLE_MS;
  const interfaces = host.interfaces ?? listRoomInterfaces;
  let running: Running | null = null;
  let starting = false;
  let stoppedBecause: string | null = null;
  const watchers = new Set<(state: RoomPublicState) => void>();
  let lastPublic = '';
  let changeQueued = false;

  const requireRunning = (): Running => {
    if (!running) throw notRunning();
    return running;
  };

  const sessionOf = (room: Running): Session | undefined => deps.sessions.get(room.sessionId);

  /** The open findings phones may see: live, client-visible, of this engagement, read afresh each time. */
  const votable = (room: Running) =>
    room.votingIds.flatMap((id) => {
      const finding = deps.findings.get(id);
      return finding && !finding.deletedAt && finding.visibility === 'client' && finding.engagementId === room.engagementId ? [finding] : [];
    });

  const promptOf = (room: Running): string => {
    if (room.prompt) return room.prompt;
    const session = sessionOf(room);
    return session ? (session.questions[0]?.text ?? session.title) : '';
  };

  const publicState = (room: Running): RoomPublicState => ({
    prompt: promptOf(room),
    voting: votable(room).map((f) => ({ id: f.id, title: f.title })),
    dotsPerDevice: ROOM_DOTS_PER_DEVICE,
  });

  const status = (): RoomStatus => {
    const room = running;
    if (!room) return { running: false, stoppedBecause };
    const result: RunningRoom = {
      running: true,
      engagementId: room.engagementId,
      sessionId: room.sessionId,
      day: room.day,
      participantUrl: room.participantUrl,
      shortAddress: room.shortAddress,
      joinCode: displayJoinCode(room.joinCode),
      qrSvg: room.qrSvg,
      scribeUrl: room.scribeUrl,
      fingerprint: room.fingerprint,
      prompt: promptOf(room),
      devices: room.tally.deviceCount(),
      inboxCount: repo.count(room.engagementId),
      votes: votable(room).map((f) => ({ findingId: f.id, title: f.title, dots: room.tally.dotsOn(f.id) })),
      ratings: room.tally.distribution(),
      scribeNotes: room.scribeNotes,
    };
    return result;
  };

  /** Tells the window, once for a burst of changes, and phones when what they see changed. */
  const changed = (): void => {
    if (changeQueued) return;
    changeQueued = true;
    setImmediate(() => {
      changeQueued = false;
      host.onChange(status());
      if (!running) return;
      const state = publicState(running);
      const text = JSON.stringify(state);
      if (text === lastPublic) return;
      lastPublic = text;
      for (const watcher of watchers) watcher(state);
    });
  };

  const requireDevice = (room: Running, token: string): void => {
    if (!room.tally.known(token)) throw new RoomRefusal(401, 'Join the room first.');
  };

  const participantsOf = (engagementId: string) => deps.participants.list(engagementId).map((p) => ({ id: p.id, name: p.name }));

  /** A note through the notes service, so markers, numbering and privacy rules are the ones Capture applies. */
  const createNote = (room: { engagementId: string; day: number; sessionId: string | null }, text: string, visibility: Note['visibility'], senderName: string | null): Note => {
    const people = participantsOf(room.engagementId);
    const parsed = parseMarkers(text, people);
    const session = room.sessionId ? deps.sessions.get(room.sessionId) : undefined;
    // A named sender who is a participant is the speaker unless a marker says otherwise.
    const sender = senderName === null ? undefined : people.find((p) => fold(p.name) === fold(senderName));
    const input = NoteCreateInput.safeParse({
      engagementId: room.engagementId,
      text: parsed.text,
      day: room.day,
      sessionId: session ? session.id : null,
      area: parsed.area ?? session?.area ?? null,
      kind: parsed.kind ?? 'observation',
      speakerId: parsed.speakerId ?? sender?.id ?? null,
      tags: parsed.tags,
      visibility,
    });
    if (!input.success) throw new AppError('invalid_input', input.error.issues[0]?.message ?? 'That note cannot be saved.');
    return deps.notes.create(input.data);
  };

  const acceptInTransaction = ctx.db.transaction((input: z.output<typeof InboxAcceptInput>): Note => {
    const item = repo.get(input.id);
    if (!item) throw new AppError('not_found', 'That note from the room was already accepted or discarded.');
    const note = createNote(item, input.text, input.visibility, item.senderName);
    repo.remove(item.id);
    return note;
  });

  /*
   * Notes from phones are committed in groups: every note that arrived while the last group was
   * being written goes into the next transaction, so fifty phones sending at once cost a few
   * commits (each one a sync to disk) instead of fifty. A phone is answered only after its group
   * has committed.
   */
  const arriving: { item: InboxItem & { clientKey: string }; answer(received: boolean): void; fail(error: unknown): void }[] = [];
  const receiveAll = ctx.db.transaction((items: (InboxItem & { clientKey: string })[]) => items.map((item) => repo.receive(item)));
  const commitArrived = (): void => {
    const group = arriving.splice(0);
    let received: boolean[];
    try {
      received = receiveAll(group.map((g) => g.item));
    } catch (error) {
      for (const g of group) g.fail(error);
      return;
    }
    group.forEach((g, index) => g.answer(received[index]!));
    if (received.some(Boolean)) changed();
  };

  const scribeInTransaction = ctx.db.transaction((room: Running, key: string, text: string, isPrivate: boolean) => {
    if (repo.noteForKey(key) !== null) return { ref: null, duplicate: true };
    const note = createNote(room, text, isPrivate ? 'facilitator' : 'client', null);
    repo.keyNote(key, note.id);
    return { ref: note.ref, duplicate: false };
  });

  const endpoints: RoomEndpoints = {
    publicState: () => publicState(requireRunning()),
    join(code, name) {
      const room = requireRunning();
      if (!sameSecret(normaliseJoinCode(code), room.joinCode)) {
        throw new RoomRefusal(401, 'That join code is not right. Check the code on the screen and try again.');
      }
      if (room.tally.deviceCount() >= MAX_DEVICES) throw new RoomRefusal(503, 'The room is full.');
      const token = room.tally.join(name);
      changed();
      return token;
    },
    isDevice: (token) => running?.tally.known(token) ?? false,
    receiveNote(device, note) {
      const room = requireRunning();
      requireDevice(room, device);
      return new Promise((resolve, reject) => {
        arriving.push({
          item: {
            id: ctx.newId(),
            engagementId: room.engagementId,
            day: room.day,
            sessionId: room.sessionId,
            text: note.text,
            senderName: note.anonymous ? null : room.tally.nameOf(device),
            receivedAt: timestamp(ctx),
            clientKey: note.key,
          },
          answer: (received) => resolve({ duplicate: !received }),
          fail: reject,
        });
        if (arriving.length === 1) setImmediate(commitArrived);
      });
    },
    vote(device, { findingId, dots }) {
      const room = requireRunning();
      if (!votable(room).some((f) => f.id === findingId)) throw new RoomRefusal(404, 'That finding is not open for voting any more.');
      room.tally.vote(device, findingId, dots);
      changed();
    },
    rate(device, { area, score }) {
      const room = requireRunning();
      room.tally.rate(device, area, score);
      changed();
    },
    isScribe: (token) => (running ? sameSecret(token, running.scribeToken) : false),
    scribeNote(note) {
      const room = requireRunning();
      const saved = scribeInTransaction(room, note.key, note.text, note.private);
      if (!saved.duplicate) {
        room.scribeNotes += 1;
        changed();
      }
      return saved;
    },
    scribeState() {
      const room = requireRunning();
      return { prompt: promptOf(room), session: sessionOf(room)?.title ?? '' };
    },
    touch() {
      if (running) running.lastActivity = Date.now();
    },
    watch(listener) {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
  };

  /** Settles once both servers have closed; they stop accepting at once. */
  const halt = (reason: string): Promise<void> => {
    const room = running;
    if (!room) return Promise.resolve();
    running = null;
    stoppedBecause = reason;
    clearInterval(room.idleCheck);
    watchers.clear();
    lastPublic = '';
    const closing = room.servers.close();
    host.onChange(status());
    return closing;
  };

  const stop = async (reason = 'Room mode was stopped.'): Promise<RoomStatus> => {
    await halt(reason);
    return status();
  };

  return {
    interfaces,
    async start(input) {
      if (starting) throw new AppError('conflict', 'Room mode is already starting. Wait a moment.');
      const session = deps.sessions.get(input.sessionId);
      if (!session || session.engagementId !== input.engagementId) {
        throw new AppError('not_found', 'That session no longer exists. Choose a session of this engagement.');
      }
      if (!interfaces().some((i) => i.address === input.address)) {
        throw new AppError('invalid_input', 'That network address is not one of this laptop’s. Choose one from the list.', {
          address: 'Choose a network from the list.',
        });
      }
      starting = true;
      try {
        await stop('Room mode moved to another session.');
        const certificate = await createRoomCertificate(input.address);
        const servers = await startRoomServers({
          address: input.address,
          endpoints,
          pages: loadRoomPages(host.pagesDir),
          certificate,
          limits,
          onUnexpectedError: host.onUnexpectedError,
        }).catch((error: unknown) => {
          // The network went away since the list was read, or the system refused the address.
          throw new AppError('conflict', `Room mode could not listen on ${input.address}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Choose another network, or check the laptop is connected.`, undefined, { cause: error });
        });
        const joinCode = newJoinCode();
        const scribeToken = newSecret();
        const shortAddress = `${input.address}:${servers.participantPort}`;
        const participantUrl = `http://${shortAddress}/#${joinCode}`;
        const room: Running = {
          engagementId: session.engagementId,
          sessionId: session.id,
          day: session.day,
          servers,
          joinCode,
          scribeToken,
          fingerprint: certificate.fingerprint,
          participantUrl,
          shortAddress,
          scribeUrl: `https://${input.address}:${servers.scribePort}/scribe#${scribeToken}`,
          qrSvg: await QRCode.toString(participantUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
          tally: createRoomTally(),
          prompt: null,
          votingIds: [],
          scribeNotes: 0,
          lastActivity: Date.now(),
          idleCheck: setInterval(
            () => {
              if (running && Date.now() - running.lastActivity > idleMs) void stop('Room mode stopped after a while with no one using it.');
            },
            Math.min(60_000, Math.max(50, Math.floor(idleMs / 4))),
          ),
        };
        room.idleCheck.unref();
        running = room;
        stoppedBecause = null;
        changed();
        return status();
      } finally {
        starting = false;
      }
    },
    stop: (reason) => stop(reason),
    halt(reason) {
      halt(reason).catch(host.onUnexpectedError);
    },
    status,
    setPrompt(prompt) {
      const room = requireRunning();
      room.prompt = prompt.trim() === '' ? null : prompt.trim();
      changed();
      return status();
    },
    openVoting(findingIds) {
      const room = requireRunning();
      for (const id of findingIds) {
        const finding = deps.findings.get(id);
        if (!finding || finding.deletedAt || finding.engagementId !== room.engagementId) throw new AppError('not_found', 'One of those findings no longer exists.');
        if (finding.visibility !== 'client') {
          throw new AppError('invalid_input', `${finding.ref} is facilitator-only, so it cannot go to phones. Make it client-visible first.`);
        }
      }
      room.votingIds = [...new Set(findingIds)];
      changed();
      return status();
    },
    inbox: (engagementId) => repo.list(engagementId),
    accept(input) {
      const note = acceptInTransaction(input);
      changed();
      return note;
    },
    discard(id) {
      if (!repo.remove(id)) throw new AppError('not_found', 'That note from the room was already accepted or discarded.');
      changed();
      return { id };
    },
    refresh() {
      if (running) changed();
    },
    async sessionEnded(sessionId) {
      if (running?.sessionId === sessionId) await stop('Room mode stopped because its session ended.');
    },
  };
}
