/** Reads, checks and returns the curated graph: the one entry point for the loader and tests. */
import { dirname, relative, resolve } from 'node:path';
import { SEED_DIR, sourcesDir } from '../config/paths.js';
import { MAX_OTHER_SEED_TOTAL_BYTES } from './files.js';
import type { Graph, Problem } from './model.js';
import { readSeedDir } from './read.js';
import { loadSources } from './sources.js';
import { documentFiles, sortProblems, validateSeed } from './validate.js';

export interface SeedCheck {
  readonly graph: Graph | undefined;
  readonly problems: Problem[];
}

export function checkSeed(dir: string = SEED_DIR, sources: string = sourcesDir()): SeedCheck {
  // Problems name files from the seed folder's parent: `seed/plan14/…`.
  const base = dirname(dir);
  // The curated seed keeps the 20 MiB total; another folder (synthetic data) may be larger.
  const total = resolve(dir) === resolve(SEED_DIR) ? {} : { total: MAX_OTHER_SEED_TOTAL_BYTES };
  const { set, problems } = readSeedDir(dir, base, total);
  const { lines, missing } = loadSources(sources, documentFiles(set));
  for (const m of missing)
    problems.push({
      file: relative(base, dir),
      line: 1,
      message: `source document not found: ${m} (set INNOGRAPH_SOURCES)`,
    });
  if (missing.length > 0) return { graph: undefined, problems: sortProblems(problems) };
  // Problems of files that gave no record at all (a YAML syntax error, an unreadable file) come
  // first: they are the root cause of what follows (a broken documents.yaml makes every
  // citation elsewhere name an "unknown document"). The rest keep their file and line order.
  const read = new Set(
    [...set.entities, ...set.relations, ...set.mentions, ...set.sections].map((r) => r.at.file),
  );
  const checked = validateSeed(set, lines, problems);
  const unread = checked.problems.filter((p) => !read.has(p.file));
  return unread.length === 0
    ? checked
    : { graph: undefined, problems: [...unread, ...checked.problems.filter((p) => read.has(p.file))] };
}
