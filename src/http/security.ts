/**
 * Security headers and the allowed-hosts check. The headers come from helmet (maintained,
 * tracks browser changes; we only choose the policy): a Content-Security-Policy that the
 * explorer (Vite bundle) and the offline GraphiQL page both satisfy, nosniff, no framing,
 * no referrer. HSTS is left to the TLS terminator in front of the server, and
 * upgrade-insecure-requests is off so that the explorer works over plain HTTP on an intranet.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // Cytoscape, GraphiQL and the explorer's legend set inline style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    // GraphiQL's icons and fonts are data: URLs; PNG export draws to a blob.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  },
};

const headers = helmet({
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  strictTransportSecurity: false,
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
});

/**
 * helmet's headers, asked once: the policy has no per-request part (no nonces, no directive
 * computed from the request), and helmet would rebuild the CSP string on every response.
 */
const HEADERS: readonly (readonly [string, string])[] = (() => {
  const set: [string, string][] = [];
  const recorder = {
    setHeader(name: string, value: unknown) {
      set.push([name, String(value)]);
    },
    removeHeader() {},
  };
  headers({ headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return set;
})();

/** Sets the security headers on a response (helmet's, as computed above; none of X-Powered-By). */
export function securityHeaders(_req: IncomingMessage, res: ServerResponse): void {
  for (const [name, value] of HEADERS) res.setHeader(name, value);
}

/**
 * The host name of a Host header, lower-case, without port: `Example.org:4000` → `example.org`,
 * `[::1]:4000` → `::1`.
 */
export function hostName(host: string | undefined): string | undefined {
  if (host === undefined || host === '') return undefined;
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end === -1 ? undefined : h.slice(1, end);
  }
  return h.replace(/:\d*$/, '');
}

/** With an allowed-hosts list, a request whose Host is not in it is refused (DNS rebinding). */
export const hostAllowed = (allowed: readonly string[] | undefined, host: string | undefined): boolean =>
  allowed === undefined || allowed.length === 0 || allowed.includes(hostName(host) ?? '');
