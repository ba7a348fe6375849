#!/usr/bin/env node
// Runs npm scripts at the same time (`node scripts/parallel.mjs typecheck lint build:web`):
// each one's output is held and printed whole when it ends, so lines do not interleave; the
// exit code is the first failure's. npm test uses it for the checks that need no database,
// which are independent of each other and would otherwise wait in turn.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const started = Date.now();
const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c) => (out += c));
      child.stderr.on('data', (c) => (out += c));
      child.on('close', (code) => {
        const s = ((Date.now() - started) / 1000).toFixed(0);
        process.stdout.write(
          `\n> ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} after ${s} s\n${out}`,
        );
        resolve(code ?? 1);
      });
    }),
);
const codes = await Promise.all(runs);
process.exitCode = codes.find((c) => c !== 0) ?? 0;
