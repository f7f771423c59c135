import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RoomCertificate } from './room-certificate';
import { createRoomHttp, type RoomLimits } from './room-http';
import type { PageFile } from './room-pages';
import { registerParticipantRoutes, registerScribeRoutes, type RoomEndpoints } from './room-routes';
import { bearer } from './room-tokens';

export interface RoomServers {
  participantPort: number;
  scribePort: number;
  /** Stops listening and cuts every open connection, phones' live sockets included. */
  close(): Promise<void>;
}

export interface RoomServerOptions {
  address: string;
  endpoints: RoomEndpoints;
  pages: Map<string, PageFile>;
  certificate: RoomCertificate;
  limits: RoomLimits;
  onUnexpectedError(error: unknown): void;
}

async function closeServer(app: FastifyInstance): Promise<void> {
  for (const client of app.websocketServer.clients) client.terminate();
  app.server.closeAllConnections();
  await app.close();
}

/**
 * The room's two servers on the address the facilitator picked, each on a port the system gives:
 * phones over plain HTTP, the scribe seat over HTTPS with the room's own certificate. They share
 * no routes, so a participant's token has nothing on the scribe's server to open.
 */
export async function startRoomServers(options: RoomServerOptions): Promise<RoomServers> {
  const { endpoints } = options;
  const requester = (request: FastifyRequest): string | null => {
    const token = bearer(request.headers.authorization);
    return token && (endpoints.isDevice(token) || endpoints.isScribe(token)) ? token : null;
  };
  const common = { limits: options.limits, address: options.address, requester, onUnexpectedError: options.onUnexpectedError };
  const participant = await createRoomHttp(common);
  registerParticipantRoutes(participant, endpoints, options.pages, options.limits);
  const scribe = await createRoomHttp({ ...common, tls: { key: options.certificate.key, cert: options.certificate.cert } });
  registerScribeRoutes(scribe, endpoints, options.pages);

  const started: FastifyInstance[] = [];
  try {
    await participant.listen({ host: options.address, port: 0 });
    started.push(participant);
    await scribe.listen({ host: options.address, port: 0 });
    started.push(scribe);
  } catch (error) {
    await Promise.all(started.map(closeServer));
    throw error;
  }
  const port = (app: FastifyInstance) => (app.server.address() as { port: number }).port;
  return {
    participantPort: port(participant),
    scribePort: port(scribe),
    close: async () => {
      await Promise.all([closeServer(participant), closeServer(scribe)]);
    },
  };
}
