#!/usr/bin/env node
// The `innograph` command. It runs the CLI in this very process (no child process), so that
// SIGTERM or Ctrl-C reaches the server itself and nothing is left running.
// - In a checkout with devDependencies: the TypeScript sources, through tsx's loader.
// - In a production install (`npm ci --omit=dev`): the build in dist/ (`npm run build`).
import { existsSync } from 'node:fs';

const src = new URL('../src/cli/main.ts', import.meta.url);
const dist = new URL('../dist/cli/main.js', import.meta.url);

let tsx;
try {
  tsx = await import('tsx/esm/api');
} catch {
  tsx = undefined;
}
if (tsx && existsSync(src)) {
  tsx.register();
  await import(src.href);
} else if (existsSync(dist)) {
  await import(dist.href);
} else {
  process.stderr.write(
    'innograph: the server is not built: run `npm run build` (or install devDependencies)\n',
  );
  process.exitCode = 1;
}
