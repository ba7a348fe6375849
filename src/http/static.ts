/**
 * The explorer's static files (web/dist, built by `npm run build:web`): `/` is the app (its
 * state lives in the query string), `/assets/…` and the other files of web/dist are served as
 * they are, and anything else is a 404. A path whose percent-encoding is broken is a 400.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { ROOT } from '../config/paths.js';
import { decodePath } from './request-target.js';

export const WEB_DIST = join(ROOT, 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const text = (res: ServerResponse, status: number, body: string): void => {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(body);
};

export function serveStatic(path: string, res: ServerResponse, head = false): void {
  const index = join(WEB_DIST, 'index.html');
  const decoded = decodePath(path);
  if (decoded === undefined) {
    text(res, 400, 'bad request: the path is not valid percent-encoding\n');
    return;
  }
  const app = decoded === '/' || decoded === '/index.html';
  if (app && !existsSync(index)) {
    text(res, 404, 'The explorer is not built: run `npm run build:web` (npm start does it for you).\n');
    return;
  }
  // Resolve inside web/dist only: `..` cannot climb out.
  const file = app ? index : normalize(join(WEB_DIST, decoded));
  const inside = file.startsWith(WEB_DIST + sep) && existsSync(file) && statSync(file).isFile();
  if (!inside) {
    text(res, 404, `not found: ${decoded.slice(0, 200)}\n`);
    return;
  }
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(head ? undefined : readFileSync(file));
}
