/**
 * Benchmark, not a test: ingests each of the five curated documents against the seed without
 * that document's own curation, and scores the proposal against the curation (see
 * src/ingest/score.ts for exactly what counts). Prints per-document and overall precision and
 * recall (in-sample), the leave-one-out figures, the duplicate check of a second ingest, and the
 * figures on the project's own annotated corpus, dev and held-out apart (src/ingest/corpus.ts).
 *   npm run bench:ingest [-- --doc plan14 --verbose] [-- --corpus [--dev-only] --verbose]
 */
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sourcesDir } from '../config/paths.js';
import { documentFromText } from '../ingest/document.js';
import { ingest } from '../ingest/ingest.js';
import { CURATED_DOCS, type CuratedDoc } from '../ingest/lexicon.js';
import type { Proposal } from '../ingest/proposal.js';
import { acceptAbove } from '../ingest/review-session.js';
import { applyToGraph } from '../ingest/review.js';
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
import { loadCorpus, scoreCorpusText, type CorpusText } from '../ingest/corpus.js';
import { checkSeed } from '../seed/index.js';
import type { Graph } from '../seed/model.js';
import { loadSources } from '../seed/sources.js';

const { values } = parseArgs({
  options: {
    doc: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    threshold: { type: 'string' },
    /** Only the corpus figures; --dev-only: without the held-out split. */
    corpus: { type: 'boolean', default: false },
    'dev-only': { type: 'boolean', default: false },
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
  const threshold0 = Number(values.threshold ?? 0.6);
  if (values.corpus) {
    corpusFigures(graph, threshold0);
    return;
  }
  const fmt = (x: Score): string => `${f2(precision(x))} / ${f2(recall(x))} (${x.tp} ${x.fp} ${x.fn})`;
  const f1 = (x: Score): number =>
    x.tp === 0 ? 0 : (2 * precision(x) * recall(x)) / (precision(x) + recall(x));
  const header = 'document    | T    | entities P / R (tp fp fn)      | key relations P / R (tp fp fn)';
  const print = (d: string, t: number, s: DocScore): void => {
    console.log(`${d.padEnd(11)} | ${t.toFixed(2)} | ${fmt(s.entities).padEnd(30)} | ${fmt(s.relations)}`);
    if (values.verbose) {
      console.log(`  missed: ${s.missed.join('; ')}`);
      console.log(`  extra: ${s.extra.join('; ')}`);
      console.log(`  missed relations: ${s.missedRelations.join('; ')}`);
      console.log(`  extra relations: ${s.extraRelations.join('; ')}`);
    }
  };
  const total = (label: string, ents: Score, rels: Score): void =>
    console.log(`${label.padEnd(11)} |      | ${fmt(ents).padEnd(30)} | ${fmt(rels)}`);

  // All rules, the threshold chosen while looking at all five documents.
  const t0 = performance.now();
  const threshold = Number(values.threshold ?? 0.6);
  console.log(`\nall rules, threshold ${threshold}:\n${header}`);
  let ents = zero;
  let rels = zero;
  for (const d of docs) {
    const s = scoreProposal(run(d, false).proposal, truthFor(graph, d), graph, threshold);
    ents = add(ents, s.entities);
    rels = add(rels, s.relations);
    print(d, threshold, s);
  }
  total('overall', ents, rels);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  // Leave-one-out: rules and lexicon entries that only the held-out document motivated are off,
  // and the threshold is the one that does best (F1 of entities and relations) on the other four.
  const t1 = performance.now();
  const grid = Array.from({ length: 12 }, (_, i) => 0.35 + i * 0.05);
  console.log(
    `\nleave-one-out (held-out document's own rules off; threshold tuned on the other four):\n${header}`,
  );
  ents = zero;
  rels = zero;
  for (const d of docs) {
    const others = CURATED_DOCS.filter((o) => o !== d);
    const proposals = others.map((o) => ({
      o,
      p: ingest(
        documentFromText((lines.get(o) ?? []).join('\n'), files.get(o) ?? o),
        graphWithout(graph, o, texts),
        { holdOut: d },
      ),
    }));
    let best = { t: threshold, f: -1 };
    for (const t of grid) {
      let e = zero;
      let r = zero;
      for (const { o, p } of proposals) {
        const s = scoreProposal(p, truthFor(graph, o), graph, t);
        e = add(e, s.entities);
        r = add(r, s.relations);
      }
      const f = f1(e) + f1(r);
      if (f > best.f + 1e-9) best = { t, f };
    }
    const s = scoreProposal(run(d, true).proposal, truthFor(graph, d), graph, best.t);
    ents = add(ents, s.entities);
    rels = add(rels, s.relations);
    print(d, best.t, s);
  }
  total('overall', ents, rels);
  console.log(`(${((performance.now() - t1) / 1000).toFixed(1)} s)`);

  // A second ingest of each document, after accepting everything at the threshold, must propose
  // nothing at or above it again: no entity, mention or relation the first pass already added.
  console.log(
    `\nsecond ingest after accepting everything at >= ${threshold} (items proposed again at >= ${threshold}):`,
  );
  for (const d of docs) {
    const { proposal, base } = run(d, false);
    const after = applyToGraph(base, proposal, acceptAbove(proposal, threshold));
    const text = (lines.get(d) ?? []).join('\n');
    const again = ingest(documentFromText(text, files.get(d) ?? d), after);
    const count = (xs: readonly { confidence: number }[]): number =>
      xs.filter((x) => x.confidence >= threshold).length;
    console.log(
      `${d.padEnd(11)} | first: ${count(proposal.entities)} entities, ${count(proposal.mentions)} mentions, ${count(proposal.relations)} relations | again: ${count(again.entities)} entities, ${count(again.mentions)} mentions, ${count(again.relations)} relations, ${again.ambiguous.length} ambiguous`,
    );
  }
  if (!values.doc) corpusFigures(graph, threshold);
}

/** The hand-annotated corpus: dev (tuned on) and held-out (not), against the full seed. */
function corpusFigures(graph: Graph, threshold: number): void {
  const corpus = loadCorpus(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest-corpus'));
  const fmt = (x: Score): string => `${f2(precision(x))} / ${f2(recall(x))} (${x.tp} ${x.fp} ${x.fn})`;
  console.log(
    `\nown corpus (${corpus.length} texts written for this project), threshold ${threshold}:\n` +
      'split       | texts | entities P / R (tp fp fn)      | stated relations P / R (tp fp fn)',
  );
  const splits: CorpusText['split'][] = values['dev-only'] ? ['dev'] : ['dev', 'heldout'];
  for (const split of splits) {
    let e = zero;
    let r = zero;
    const texts = corpus.filter((c) => c.split === split);
    for (const c of texts) {
      const p = ingest(documentFromText(c.text, `corpus-${c.name}.txt`), graph, {
        docId: `corpus-${c.name}`,
      });
      const s = scoreCorpusText(p, c, graph, threshold);
      e = add(e, s.entities);
      r = add(r, s.relations);
      if (values.verbose) {
        console.log(`  ${c.name}: entities ${fmt(s.entities)} relations ${fmt(s.relations)}`);
        if (s.missed.length) console.log(`    missed: ${s.missed.join('; ')}`);
        if (s.extra.length) console.log(`    extra: ${s.extra.join('; ')}`);
        if (s.missedRelations.length) console.log(`    missed rel: ${s.missedRelations.join('; ')}`);
        if (s.extraRelations.length) console.log(`    extra rel: ${s.extraRelations.join('; ')}`);
      }
    }
    console.log(`${split.padEnd(11)} | ${String(texts.length).padEnd(5)} | ${fmt(e).padEnd(30)} | ${fmt(r)}`);
  }
}

main();
