import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

export interface RoomCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, as colon-separated hex, the way browsers show it. */
  fingerprint: string;
}

/**
 * A certificate made for this room alone, for the scribe seat's HTTPS. No authority signs it, so
 * the scribe's browser warns once; the scribe compares the fingerprint it shows with the app's.
 */
export async function createRoomCertificate(address: string): Promise<RoomCertificate> {
  const pems = await generate([{ name: 'commonName', value: `Audit Workshop room ${address}` }], {
    // An EC key is made in milliseconds, where RSA keeps the window waiting.
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 2 * 24 * 60 * 60 * 1000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: address }] }],
  });
  return { key: pems.private, cert: pems.cert, fingerprint: new X509Certificate(pems.cert).fingerprint256 };
}
