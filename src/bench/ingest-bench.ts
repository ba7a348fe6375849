/**
 * Benchmark, not a test: ingests each of the five curated documents against the seed without
 * that document's own curation, and scores the proposal against the curation (see
 * src/ingest/score.ts for exactly what counts). Prints per-document and overall precision and
 * recall, the leave-one-out figures, and the duplicate check of a second ingest.
 *   npm run bench:ingest [-- --doc plan14 --verbose]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sourcesDir } from '../config/paths.js';
import { documentFromText } from '../ingest/document.js';
import { ingest } from '../ingest/ingest.js';
import { CURATED_DOCS, type CuratedDoc } from '../ingest/lexicon.js';
import type { Proposal } from '../ingest/proposal.js';
import {
  add,
  graphWithout,
  precision,
  recall,
  scoreProposal,
  truthFor,
  type DocScore,
  type Score,
} from '../ingest/score.js';
import { checkSeed } from '../seed/index.js';
import type { Graph } from '../seed/model.js';
import { loadSources } from '../seed/sources.js';

const { values } = parseArgs({
  options: {
    doc: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    threshold: { type: 'string' },
  },
});

const f2 = (n: number): string => n.toFixed(2);
const zero: Score = { tp: 0, fp: 0, fn: 0 };

function main(): void {
  const { graph } = checkSeed();
  if (!graph) throw new Error('seed is invalid: run `innograph seed --check`');
  const files = new Map<string, string>();
  for (const e of graph.entities) if (e.kind === 'document' && e.file) files.set(e.id.slice(4), e.file);
  const { lines } = loadSources(sourcesDir(), files);
  const texts = new Map([...lines].map(([d, ls]) => [d, ls.join('').replace(/\s+/g, '')]));
  const docs = (values.doc ? [values.doc] : [...CURATED_DOCS]) as CuratedDoc[];

  const run = (d: CuratedDoc, holdOut: boolean): { proposal: Proposal; base: Graph } => {
    const base = graphWithout(graph, d, texts);
    const text = (lines.get(d) ?? []).join('\n');
    const doc = documentFromText(text, files.get(d) ?? d);
    return { proposal: ingest(doc, base, holdOut ? { holdOut: d } : {}), base };
  };

  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`);
  for (const mode of ['all rules', 'leave-one-out'] as const) {
    const t0 = performance.now();
    let ents = zero;
    let rels = zero;
    const threshold = Number(values.threshold ?? 0.6);
    console.log(`\n${mode} (threshold ${threshold}):`);
    console.log('document    | entities P / R (tp fp fn)      | key relations P / R (tp fp fn)');
    for (const d of docs) {
      const { proposal } = run(d, mode === 'leave-one-out');
      const s: DocScore = scoreProposal(proposal, truthFor(graph, d), graph, threshold);
      ents = add(ents, s.entities);
      rels = add(rels, s.relations);
      const fmt = (x: Score): string => `${f2(precision(x))} / ${f2(recall(x))} (${x.tp} ${x.fp} ${x.fn})`;
      console.log(`${d.padEnd(11)} | ${fmt(s.entities).padEnd(30)} | ${fmt(s.relations)}`);
      if (values.verbose) {
        console.log(`  missed: ${s.missed.join('; ')}`);
        console.log(`  extra: ${s.extra.join('; ')}`);
        console.log(`  missed relations: ${s.missedRelations.join('; ')}`);
        console.log(`  extra relations: ${s.extraRelations.join('; ')}`);
      }
    }
    console.log(
      `${'overall'.padEnd(11)} | ${`${f2(precision(ents))} / ${f2(recall(ents))} (${ents.tp} ${ents.fp} ${ents.fn})`.padEnd(30)} | ${f2(precision(rels))} / ${f2(recall(rels))} (${rels.tp} ${rels.fp} ${rels.fn})`,
    );
    console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

main();
