import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import type { RunningRoom } from '../../../../shared/domain/room';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The certificate's SHA-256 on an HTTPS answer. */
  fingerprint: string | null;
}

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
// The scribe seat's certificate is the room's own; tests compare its fingerprint instead of a chain.
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16, rejectUnauthorized: false });

/** One request to a room server, as a phone or a scribe page would send it (a body object becomes JSON). */
export function roomRequest(
  url: string,
  options: { method?: string; token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const raw = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const headers: Record<string, string> = { ...(raw !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(
      target,
      { method: options.method ?? (raw === undefined ? 'GET' : 'POST'), headers, agent: secure ? httpsAgent : httpAgent },
      (response) => {
        // Read now: a kept-alive socket is handed back to the agent once the answer ends.
        const fingerprint = secure ? (response.socket as TLSSocket).getPeerCertificate().fingerprint256 : null;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            fingerprint,
          });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(raw);
  });
}

/** The room's addresses without the secrets in their fragments. */
export function roomBases(room: RunningRoom): { phone: string; scribe: string; joinCode: string; scribeToken: string } {
  const phone = new URL(room.participantUrl);
  const scribe = new URL(room.scribeUrl);
  return { phone: phone.origin, scribe: scribe.origin, joinCode: room.joinCode, scribeToken: scribe.hash.slice(1) };
}

/** Joins as a phone; returns the device token. */
export async function join(room: RunningRoom, name: string | null = null): Promise<string> {
  const answer = await roomRequest(`${roomBases(room).phone}/api/join`, { body: { code: room.joinCode, name } });
  if (answer.status !== 200) throw new Error(`join: ${answer.status} ${answer.body}`);
  return (JSON.parse(answer.body) as { device: string }).device;
}

let keys = 0;
/** A fresh idempotency key, as a page makes one per note. */
export function newKey(): string {
  keys += 1;
  return `test-key-${String(keys).padStart(8, '0')}-${process.pid}`;
}

/** A stand-in for the built pages: one HTML file each and a script. */
export function fakePages(folder: string): string {
  mkdirSync(path.join(folder, 'assets'), { recursive: true });
  writeFileSync(path.join(folder, 'participant.html'), '<!doctype html><title>Join the room</title>');
  writeFileSync(path.join(folder, 'scribe.html'), '<!doctype html><title>Scribe seat</title>');
  writeFileSync(path.join(folder, 'assets', 'room.js'), 'console.log("room")');
  return folder;
}
