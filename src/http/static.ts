/**
 * The explorer's static files (web/dist, built by `npm run build:web`). Unknown paths get
 * index.html so that a shared URL with a query string always opens the app.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { ROOT } from '../config/paths.js';

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

export function serveStatic(path: string, res: ServerResponse): void {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The explorer is not built: run `npm run build:web` (npm start does it for you).\n');
    return;
  }
  // Resolve inside web/dist only: `..` cannot climb out.
  const file = normalize(join(WEB_DIST, decodeURIComponent(path)));
  const inside = file.startsWith(WEB_DIST + sep) && existsSync(file) && statSync(file).isFile();
  const target = inside ? file : index;
  const immutable = inside && file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(readFileSync(target));
}
