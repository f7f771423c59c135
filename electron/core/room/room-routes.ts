import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  RoomJoinBody,
  RoomNoteBody,
  RoomRatingBody,
  RoomVoteBody,
  ScribeNoteBody,
  type RoomPublicState,
} from '../../../shared/domain/room';
import { RoomRefusal, type RoomLimits } from './room-http';
import type { PageFile } from './room-pages';
import { bearer } from './room-tokens';

/** What the routes ask of the room; room-service.ts answers. */
export interface RoomEndpoints {
  publicState(): RoomPublicState;
  /** A device session for the right join code; refuses a wrong one. */
  join(code: string, name: string | null): string;
  isDevice(token: string): boolean;
  /** Settles once the note is committed (or found already received). */
  receiveNote(device: string, note: z.output<typeof RoomNoteBody>): Promise<{ duplicate: boolean }>;
  vote(device: string, vote: z.output<typeof RoomVoteBody>): void;
  rate(device: string, rating: z.output<typeof RoomRatingBody>): void;
  isScribe(token: string): boolean;
  /** The note's reference, or null for a resend of a note already saved. */
  scribeNote(note: z.output<typeof ScribeNoteBody>): { ref: string | null; duplicate: boolean };
  scribeState(): { prompt: string; session: string };
  /** Someone used the room: it is not idle. */
  touch(): void;
  /** Told the public state whenever it changes; returns the unsubscribe. */
  watch(listener: (state: RoomPublicState) => void): () => void;
}

/** Parses a body with its schema; a refusal names the first problem in plain words. */
function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    // zod's words name the field and what it expected, never the value sent.
    throw new RoomRefusal(400, result.error.issues[0]?.message ?? 'The room could not read that request.');
  }
  return result.data;
}

function sendPage(reply: FastifyReply, page: PageFile | undefined): FastifyReply {
  if (!page) return reply.code(404).send({ error: 'There is nothing here.' });
  return reply.type(page.type).send(page.body);
}

/** The files of one page and the assets every page shares; nothing else of the folder. */
function servePages(app: FastifyInstance, pages: Map<string, PageFile>, at: string, html: string): void {
  app.get(at, (_request, reply) => sendPage(reply, pages.get(html)));
  app.get('/assets/:file', (request, reply) => sendPage(reply, pages.get(`/assets/${(request.params as { file: string }).file}`)));
}

const LIVE_HELLO_MS = 5000;

/** The phones' server: the page, joining, the state, notes, votes, ratings and the live state. */
export function registerParticipantRoutes(
  app: FastifyInstance,
  room: RoomEndpoints,
  pages: Map<string, PageFile>,
  limits: Pick<RoomLimits, 'joinsPerMinutePerAddress' | 'maxLiveSockets'>,
): void {
  servePages(app, pages, '/', '/participant.html');

  const device = (request: FastifyRequest): string => {
    const token = bearer(request.headers.authorization);
    if (!token || !room.isDevice(token)) throw new RoomRefusal(401, 'Join the room first: scan the code on the screen or type the join code.');
    room.touch();
    return token;
  };

  app.post('/api/join', { config: { rateLimit: { max: limits.joinsPerMinutePerAddress, timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => r.ip } } }, (request) => {
    const body = parse(RoomJoinBody, request.body);
    room.touch();
    return { device: room.join(body.code, body.name) };
  });
  app.get('/api/state', (request) => {
    device(request);
    return room.publicState();
  });
  app.post('/api/notes', (request) => room.receiveNote(device(request), parse(RoomNoteBody, request.body)));
  app.post('/api/votes', (request) => {
    room.vote(device(request), parse(RoomVoteBody, request.body));
    return { ok: true };
  });
  app.post('/api/ratings', (request) => {
    room.rate(device(request), parse(RoomRatingBody, request.body));
    return { ok: true };
  });

  // The live state: the first message must be the device's token, or the socket is closed.
  let live = 0;
  app.get('/api/live', { websocket: true }, (socket) => {
    if (live >= limits.maxLiveSockets) {
      socket.close(1013, 'The room is full.');
      return;
    }
    live += 1;
    let unwatch: (() => void) | null = null;
    const hello = setTimeout(() => socket.close(4401, 'Join first.'), LIVE_HELLO_MS);
    socket.once('message', (data, isBinary) => {
      clearTimeout(hello);
      const token = isBinary ? null : String(data as Buffer);
      if (!token || !room.isDevice(token)) {
        socket.close(4401, 'Join first.');
        return;
      }
      const send = (state: RoomPublicState) => socket.send(JSON.stringify(state));
      send(room.publicState());
      unwatch = room.watch(send);
      // Anything after the token is not expected and ends the connection.
      socket.on('message', () => socket.close(1008, 'Unexpected message.'));
    });
    socket.on('close', () => {
      live -= 1;
      clearTimeout(hello);
      unwatch?.();
    });
  });
}

/** The scribe seat's server: the page, the prompt, and notes straight into the engagement. */
export function registerScribeRoutes(app: FastifyInstance, room: RoomEndpoints, pages: Map<string, PageFile>): void {
  servePages(app, pages, '/scribe', '/scribe.html');

  const scribe = (request: FastifyRequest): void => {
    const token = bearer(request.headers.authorization);
    if (!token || !room.isScribe(token)) throw new RoomRefusal(401, 'This is the scribe seat. Open the scribe address the app shows, with its key.');
    room.touch();
  };

  app.get('/scribe/api/state', (request) => {
    scribe(request);
    return room.scribeState();
  });
  app.post('/scribe/api/notes', (request) => {
    scribe(request);
    return room.scribeNote(parse(ScribeNoteBody, request.body));
  });
}
