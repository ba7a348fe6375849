/**
 * npm run gen:scale -- --factor N | --relationships N [--out DIR] [--seed N]
 * Writes synthetic seed data and its source texts (see generate.ts), then prints how to
 * validate and load them.
 */
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { ROOT } from '../config/paths.js';
import { defaultScaleDir, generateScale, type ScaleOptions } from './generate.js';

const HELP = `usage: npm run gen:scale -- (--factor N | --relationships N) [--out DIR] [--seed N]

Writes synthetic national-scale seed data in innograph's YAML format:
  --factor N         N times the curated seed (641 entities, 936 relationships, 757 document links)
  --relationships N  about N relationships in all (document links included), ten per entity
  --out DIR          output folder (default build/scale/f<N> or build/scale/r<N>, git-ignored);
                     DIR/seed holds the YAML, DIR/sources the documents' text, DIR/manifest.json the counts
  --seed N           random seed (default fixed: the same options give the same files)
`;

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      factor: { type: 'string' },
      relationships: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || (values.factor === undefined) === (values.relationships === undefined)) {
    process.stdout.write(HELP);
    return values.help ? 0 : 2;
  }
  const num = (name: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!(n > 0) || !Number.isFinite(n))
      throw new RangeError(`--${name} must be a positive number (got "${v}")`);
    return n;
  };
  const opts: ScaleOptions = {
    ...(values.factor === undefined ? {} : { factor: num('factor', values.factor) }),
    ...(values.relationships === undefined
      ? {}
      : { relationships: Math.round(num('relationships', values.relationships) ?? 0) }),
    ...(values.seed === undefined ? {} : { randomSeed: Math.round(num('seed', values.seed) ?? 0) }),
  };
  const out = resolve(values.out ?? resolve(ROOT, defaultScaleDir(opts)));
  const t0 = Date.now();
  const m = generateScale(opts, out);
  const rel = (p: string): string => relative(process.cwd(), p) || '.';
  process.stdout.write(
    `gen:scale: ${m.entities} entities (${m.documents} documents), ${m.relations} relationships, ${m.citedIn} document links (${m.citations} citations) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n` +
      `gen:scale: largest degrees: ${m.topDegrees
        .slice(0, 6)
        .map((t) => `${t.id} ${t.degree}`)
        .join(', ')}\n` +
      `gen:scale: wrote ${rel(m.seedDir)} and ${rel(m.sourcesDir)}; validate and load with\n` +
      `  npx innograph seed --dir ${rel(m.seedDir)} --sources ${rel(m.sourcesDir)} [--check]\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`gen:scale: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
