/**
 * GraphiQL, served from the project's own node_modules so that it works offline: no CDN.
 * GET /graphql with Accept: text/html gets the page; its scripts and styles come from /ide/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { ROOT } from '../config/paths.js';
import { EXAMPLES } from '../graphql/examples.js';

/** The only files /ide/ serves: name → [path under node_modules, content type]. */
const ASSETS: Record<string, [string, string]> = {
  'react.js': ['react/umd/react.production.min.js', 'text/javascript'],
  'react-dom.js': ['react-dom/umd/react-dom.production.min.js', 'text/javascript'],
  'graphiql.js': ['graphiql/graphiql.min.js', 'text/javascript'],
  'graphiql.css': ['graphiql/graphiql.min.css', 'text/css'],
};

const cache = new Map<string, Buffer>();

export function serveIdeAsset(name: string, res: ServerResponse): boolean {
  const asset = ASSETS[name];
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
<script src="/ide/react.js"></script>
<script src="/ide/react-dom.js"></script>
<script src="/ide/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const tabs = ${scriptJson(tabs)};
  ReactDOM.createRoot(document.getElementById('ide')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, shouldPersistHeaders: false }),
  );
</script>
</body>
</html>
`;
}
