import http from 'node:http';
import https from 'node:https';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { ROOM_CONTENT_SECURITY_POLICY } from '../../../shared/security/room-csp';
import { isAppError } from '../../../shared/ipc/result';

/** The limits every room request is held to; tests and the bench pass tighter or looser ones. */
export interface RoomLimits {
  /** Largest body accepted; a note from a phone is at most a few KB. */
  bodyBytes: number;
  /** Requests one device (or one address without a device) may make in a minute. */
  perDevicePerMinute: number;
  /** Requests the whole room may make in ten seconds, whoever sends them. */
  overallPer10s: number;
  /** Join attempts one address may make in a minute: what keeps the join code from being guessed. */
  joinsPerMinutePerAddress: number;
  /** A client that has not sent its whole request head by then is cut off. */
  headersTimeoutMs: number;
  /** A client that has not sent its whole request by then is cut off. */
  requestTimeoutMs: number;
  /** Live connections (phones' WebSockets) the room holds at once. */
  maxLiveSockets: number;
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = {
  bodyBytes: 16 * 1024,
  perDevicePerMinute: 120,
  overallPer10s: 3000,
  joinsPerMinutePerAddress: 20,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  maxLiveSockets: 500,
};

/** A refusal the room answers with its status and these words, and nothing else. */
export class RoomRefusal extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'RoomRefusal';
  }
}

const STATUS_OF_APP_ERROR: Record<string, number> = { invalid_input: 400, not_found: 404, conflict: 409 };

/** The words a failed request gets: never a stack, a path or anything SQLite said. */
function answerFor(error: unknown): { status: number; message: string; unexpected: boolean } {
  if (error instanceof RoomRefusal) return { status: error.statusCode, message: error.message, unexpected: false };
  if (isAppError(error) && error.code in STATUS_OF_APP_ERROR) return { status: STATUS_OF_APP_ERROR[error.code]!, message: error.message, unexpected: false };
  const code = (error as { code?: unknown }).code;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, message: 'That is too much to send at once. Send a shorter note.', unexpected: false };
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, message: 'The room only accepts JSON.', unexpected: false };
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, message: 'The room could not read that request.', unexpected: false };
  return { status: 500, message: 'Something went wrong on the facilitator’s laptop. Try again.', unexpected: true };
}

export interface RoomHttpOptions {
  limits: RoomLimits;
  /** The address the room listens on: a request naming any other host is refused (against DNS rebinding). */
  address: string;
  /** HTTPS with this key and certificate (the scribe seat); plain HTTP without. */
  tls?: { key: string; cert: string };
  /** The device or scribe a request acts as, to count its requests apart; null counts by address. */
  requester(request: FastifyRequest): string | null;
  /** Told about a failure the room did not expect, so the app can log it. */
  onUnexpectedError(error: unknown): void;
}

/**
 * One of the room's servers with everything a request passes before any route sees it: time
 * limits against slow clients, a body limit, a limit per device and one for the whole room,
 * strict security headers on every answer and plain-worded refusals.
 */
export async function createRoomHttp(options: RoomHttpOptions): Promise<FastifyInstance> {
  const { limits } = options;
  const serverOptions = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // Node checks the two limits above this often; its default of 30 s would let a slow client linger.
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(limits.headersTimeoutMs / 2))),
    keepAliveTimeout: 5000,
  };
  const app = Fastify({
    logger: false,
    bodyLimit: limits.bodyBytes,
    trustProxy: false,
    return503OnClosing: true,
    serverFactory: (handler) => {
      const server = options.tls ? https.createServer({ ...serverOptions, ...options.tls }, handler) : http.createServer(serverOptions, handler);
      server.timeout = limits.requestTimeoutMs;
      return server;
    },
  });

  // A web page elsewhere could point a name of its own at this laptop; a request must name the room's address itself.
  app.addHook('onRequest', async (request) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== options.address) throw new RoomRefusal(421, 'Open the room by the address the facilitator shows.');
  });

  let windowStart = Date.now();
  let inWindow = 0;
  app.addHook('onRequest', async () => {
    const now = Date.now();
    if (now - windowStart >= 10_000) {
      windowStart = now;
      inWindow = 0;
    }
    inWindow += 1;
    if (inWindow > limits.overallPer10s) throw new RoomRefusal(503, 'The room is busy. Wait a few seconds and try again.');
  });

  // JSON only: fastify would otherwise read any text/plain body as a string.
  app.removeContentTypeParser('text/plain');
  await app.register(rateLimit, {
    global: true,
    max: limits.perDevicePerMinute,
    timeWindow: 60_000,
    hook: 'onRequest',
    keyGenerator: (request) => options.requester(request) ?? request.ip,
    errorResponseBuilder: () => new RoomRefusal(429, 'Too many requests from this phone. Wait a minute and try again.'),
  });
  await app.register(websocket, { options: { maxPayload: 4096 } });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('Content-Security-Policy', ROOM_CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cache-Control', 'no-store');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
  });

  app.setErrorHandler((error, _request, reply) => {
    const answer = answerFor(error);
    if (answer.unexpected) options.onUnexpectedError(error);
    void reply.code(answer.status).send({ error: answer.message });
  });
  app.setNotFoundHandler((_request, reply) => {
    void reply.code(404).send({ error: 'There is nothing here.' });
  });
  return app;
}
