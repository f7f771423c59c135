import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read off a projector. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * The join code people type on a phone: 8 characters of 32, 40 bits. With joins limited per
 * address (room-http.ts) guessing it takes longer than any workshop lasts.
 */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** How a typed code compares: case and a dash or space in the middle do not matter. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** The code as shown: two groups of four. */
export function displayJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A bearer secret: the scribe's token and each device's session, 256 bits. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares a presented secret without leaking through timing how much of it matched. */
export function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The secret after "Bearer " in an Authorization header, or null. */
export function bearer(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,100})$/.exec(header ?? '');
  return match?.[1] ?? null;
}
