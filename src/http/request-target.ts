/**
 * The request target (RFC 9112 §3.2), parsed without ever throwing: origin-form
 * (`/path?query`), absolute-form (`http://host/path`, which proxies send), or nothing we serve.
 * `new URL()` on a raw target throws on `//x:99999/`; a thrown error in the request listener
 * would end the process.
 */
export interface Target {
  /** Still percent-encoded, as sent. */
  readonly path: string;
  /** Including the leading `?`, or ''. */
  readonly search: string;
}

export function parseTarget(raw: string | undefined): Target | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.startsWith('/')) {
    const q = raw.indexOf('?');
    return q === -1 ? { path: raw, search: '' } : { path: raw.slice(0, q), search: raw.slice(q) };
  }
  if (!/^https?:\/\//i.test(raw)) return undefined;
  try {
    const url = new URL(raw);
    return { path: url.pathname, search: url.search };
  } catch {
    return undefined;
  }
}

/** A percent-decoded path, or undefined when the encoding is broken or decodes to a NUL. */
export function decodePath(path: string): string | undefined {
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}
