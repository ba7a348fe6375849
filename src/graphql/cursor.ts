/**
 * Opaque, signed cursors: base64url of the last entity id, a dot, and an HMAC of it. Only
 * cursors this API issued verify, as the README promises. The key is
 * INNOGRAPH_CURSOR_SECRET when set (needed when several API processes serve one client),
 * else random per process, so cursors do not survive a restart: the client starts again.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

let key: Buffer = randomBytes(32);

export function setCursorSecret(secret: string | undefined): void {
  key = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
}

/** Longer than any cursor we issue (ids are short): refused before any hashing. */
const MAX_CURSOR_LENGTH = 1_000;

const mac = (payload: string): Buffer => createHmac('sha256', key).update(payload).digest().subarray(0, 16);

export function signCursor(payload: string): string {
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${mac(payload).toString('base64url')}`;
}

/** The payload of a cursor this API signed, or undefined. */
export function verifyCursor(cursor: string): string | undefined {
  if (cursor.length > MAX_CURSOR_LENGTH) return undefined;
  const m = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})$/.exec(cursor);
  if (!m?.[1] || !m[2]) return undefined;
  const payloadBytes = Buffer.from(m[1], 'base64url');
  const given = Buffer.from(m[2], 'base64url');
  // Only the canonical encoding: base64url's last character carries unused bits, and a cursor
  // that differs there is not one this API issued.
  if (payloadBytes.toString('base64url') !== m[1] || given.toString('base64url') !== m[2]) return undefined;
  const payload = payloadBytes.toString('utf8');
  const expected = mac(payload);
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : undefined;
}
