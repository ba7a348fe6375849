/**
 * The development corpus (test/fixtures/ingest-corpus/NN.txt + NN.yaml): short texts written for
 * this project in the style of provincial and city announcements, each annotated by hand with
 * its entities (kind; an existing seed id or new) and its stated relations. `split: heldout`
 * marks the third that the rules were not tuned on. Scored by `npm run bench:ingest`.
 *
 * What counts, at a confidence threshold:
 *  - entities of platform and actor kinds (regions and fields are context, not scored): an
 *    existing one is found when the proposal mentions its id (or lists it first among the
 *    options of an ambiguous item); a new one when a proposed new entity has its name (or has
 *    it as an alias). Any other proposed platform or actor is a false positive;
 *  - relations of the five annotated types whose basis is `stated`, between the mapped ends.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind } from '../ontology/ontology.js';
import type { Graph } from '../seed/model.js';
import type { Proposal } from './proposal.js';
import type { Score } from './score.js';
import { nameKey } from './text.js';

export interface CorpusEntity {
  readonly name: string;
  readonly kind: Kind;
  readonly id?: string;
}
export interface CorpusRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly words: string;
}
export interface CorpusText {
  readonly name: string;
  readonly split: 'dev' | 'heldout';
  readonly text: string;
  readonly entities: readonly CorpusEntity[];
  readonly relations: readonly CorpusRelation[];
}

export const SCORED_RELATIONS = ['HOSTED_BY', 'LED_BY', 'CO_BUILT_WITH', 'LOCATED_IN', 'PART_OF'];
const scoredKind = (k: Kind): boolean =>
  (PLATFORM_KINDS as readonly Kind[]).includes(k) || (ACTOR_KINDS as readonly Kind[]).includes(k);

export function loadCorpus(dir: string): CorpusText[] {
  const out: CorpusText[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.yaml'))
    .sort()) {
    const name = f.replace(/\.yaml$/, '');
    const ann = parse(readFileSync(join(dir, f), 'utf8')) as {
      split: 'dev' | 'heldout';
      entities: CorpusEntity[];
      relations?: CorpusRelation[];
    };
    const entities = ann.entities;
    const names = new Set(entities.map((e) => e.name));
    for (const r of ann.relations ?? [])
      for (const end of [r.from, r.to])
        if (!names.has(end)) throw new Error(`${f}: relation end ${end} is not among the entities`);
    out.push({
      name,
      split: ann.split,
      text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
      entities,
      relations: ann.relations ?? [],
    });
  }
  return out;
}

export interface CorpusScore {
  readonly entities: Score;
  readonly relations: Score;
  readonly missed: readonly string[];
  readonly extra: readonly string[];
  readonly missedRelations: readonly string[];
  readonly extraRelations: readonly string[];
}

/** Scores one proposal against the hand annotation (see the module comment). */
export function scoreCorpusText(
  p: Proposal,
  truth: CorpusText,
  graph: Graph,
  threshold: number,
): CorpusScore {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const truthById = new Map(truth.entities.filter((e) => e.id).map((e) => [e.id ?? '', e]));
  const truthNew = truth.entities.filter((e) => !e.id);
  // proposal id → annotated name
  const toName = new Map<string, string>();
  const found = new Set<string>();
  const extra: string[] = [];
  const existing = [
    ...p.mentions.filter((m) => m.confidence >= threshold).map((m) => m.id),
    ...p.ambiguous
      .filter((a) => a.confidence >= threshold)
      .flatMap((a) => a.options.slice(0, 1).map((o) => o.id)),
  ];
  for (const id of existing) {
    const t = truthById.get(id);
    if (t) {
      toName.set(id, t.name);
      found.add(t.name);
      continue;
    }
    const kind = byId.get(id)?.kind;
    if (kind && scoredKind(kind) && !extra.includes(`${id} ${byId.get(id)?.name ?? ''}`))
      extra.push(`${id} ${byId.get(id)?.name ?? ''}`);
  }
  // Relation ends that are existing entities map by id even when not mentioned separately.
  for (const [id, t] of truthById) toName.set(id, t.name);
  for (const e of p.entities.filter((x) => x.confidence >= threshold)) {
    const keys = [e.name, ...(e.aliases ?? [])].map(nameKey);
    const t = truthNew.find((x) => keys.includes(nameKey(x.name)));
    if (t) {
      toName.set(e.id, t.name);
      found.add(t.name);
    } else if (scoredKind(e.kind)) extra.push(`new ${e.name} (${e.kind})`);
  }
  const scored = truth.entities.filter((e) => scoredKind(e.kind));
  const tp = scored.filter((e) => found.has(e.name)).length;
  const key = (type: string, from: string, to: string): string => `${from} ${type} ${to}`;
  const truthRels = new Set(truth.relations.map((r) => key(r.type, r.from, r.to)));
  const proposed = new Set(
    p.relations
      .filter((r) => r.basis === 'stated' && r.confidence >= threshold && SCORED_RELATIONS.includes(r.type))
      .map((r) => key(r.type, toName.get(r.from) ?? r.from, toName.get(r.to) ?? r.to)),
  );
  const rtp = [...proposed].filter((k) => truthRels.has(k)).length;
  return {
    entities: { tp, fp: extra.length, fn: scored.length - tp },
    relations: { tp: rtp, fp: proposed.size - rtp, fn: truthRels.size - rtp },
    missed: scored.filter((e) => !found.has(e.name)).map((e) => e.name),
    extra,
    missedRelations: [...truthRels].filter((k) => !proposed.has(k)),
    extraRelations: [...proposed].filter((k) => !truthRels.has(k)),
  };
}
