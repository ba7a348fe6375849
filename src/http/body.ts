/**
 * Request bodies for /graphql: read with raw-body (a length check before reading, a limit
 * while reading, aborted uploads handled, strict UTF-8), then parsed as
 * JSON with a nesting limit. Every failure is an HTTP status with a code and a reason.
 */
import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';
import { firstInvalidUtf8 } from '../seed/files.js';

export const MAX_BODY_BYTES = 1_000_000;
/** Deeper JSON than this is no GraphQL request (variables of our schema nest a few levels). */
export const MAX_JSON_DEPTH = 32;

export class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity')
    throw new BodyError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `content-encoding "${encoding.slice(0, 40)}" is not supported`,
    );
  let bytes: Buffer;
  try {
    bytes = await getRawBody(req, { limit, length: req.headers['content-length'] });
  } catch (e) {
    const err = e as { status?: number; type?: string; message?: string };
    if (err.type === 'entity.too.large')
      throw new BodyError(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${limit} bytes`);
    if (err.type === 'request.aborted') throw new BodyError(400, 'BAD_REQUEST', 'the request was aborted');
    throw new BodyError(400, 'BAD_REQUEST', 'the request body could not be read');
  }
  // Fatal decoding: a bad byte is refused, never turned into U+FFFD and searched for.
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new BodyError(
      400,
      'BAD_REQUEST',
      `the request body is not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at byte offset ${at})`,
    );
  }
}

/** Depth of a parsed JSON value, without recursion (a deep value cannot overflow the stack). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    deepest = Math.max(deepest, d + 1);
    if (deepest > stopAt) return deepest;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

export function parseJsonBody(raw: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new BodyError(400, 'BAD_REQUEST', 'the request body is not valid JSON');
  }
  if (jsonDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw new BodyError(
      400,
      'BAD_REQUEST',
      `the request body nests JSON deeper than ${MAX_JSON_DEPTH} levels`,
    );
  return body;
}
