/**
 * GraphiQL, served from the project's own node_modules so that it works offline: no CDN.
 * GET /graphql with Accept: text/html gets the page; its scripts and styles come from /ide/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { ROOT } from '../config/paths.js';
import { EXAMPLES } from '../graphql/examples.js';

/**
 * The only files /ide/ serves: name → [path under node_modules, content type]. A Map, not an
 * object literal: `/ide/__proto__` must be a 404, not Object.prototype.
 */
const ASSETS = new Map<string, [string, string]>([
  ['react.js', ['react/umd/react.production.min.js', 'text/javascript']],
  ['react-dom.js', ['react-dom/umd/react-dom.production.min.js', 'text/javascript']],
  ['graphiql.js', ['graphiql/graphiql.min.js', 'text/javascript']],
  ['graphiql.css', ['graphiql/graphiql.min.css', 'text/css']],
]);

/** The page's own script, a file rather than inline so that the CSP needs no 'unsafe-inline' script. */
const START_SCRIPT = `const tabs = JSON.parse(document.getElementById('tabs').textContent);
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('ide')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, shouldPersistHeaders: false }),
);
`;

const cache = new Map<string, Buffer>();

export function serveIdeAsset(name: string, res: ServerResponse): boolean {
  if (name === 'start.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(START_SCRIPT);
    return true;
  }
  const asset = ASSETS.get(name);
  if (!asset) return false;
  let body = cache.get(name);
  if (!body) {
    // Package "exports" hide these UMD files from require.resolve; read them where npm put them.
    body = readFileSync(join(ROOT, 'node_modules', asset[0]));
    cache.set(name, body);
  }
  res.writeHead(200, {
    'content-type': `${asset[1]}; charset=utf-8`,
    'cache-control': 'public, max-age=86400',
  });
  res.end(body);
  return true;
}

/** JSON inside a <script>: escape what could close the tag. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');

export function idePage(): string {
  const tabs = EXAMPLES.map((e) => ({
    query: `# ${e.title}\n${e.query}\n`,
    ...(e.variables ? { variables: JSON.stringify(e.variables, null, 2) } : {}),
  }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>innograph · GraphQL</title>
<link rel="stylesheet" href="/ide/graphiql.css">
<style>body{margin:0;height:100vh}#ide{height:100vh}</style>
</head>
<body>
<div id="ide">Loading GraphiQL…</div>
<script type="application/json" id="tabs">${scriptJson(tabs)}</script>
<script src="/ide/react.js"></script>
<script src="/ide/react-dom.js"></script>
<script src="/ide/graphiql.js"></script>
<script src="/ide/start.js"></script>
</body>
</html>
`;
}
