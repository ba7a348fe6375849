/**
 * Documents the rules were not written on (test/fixtures/ingest/NAME.txt + NAME.yaml): each
 * expected-proposals file says what a planner reading the text expects (entities with kind,
 * level, status, status word and line; hosts, leads, partners, chains, places), written before
 * the ingest was run on it. Scored at a confidence threshold:
 *  - entities of platform, actor (not government: an issuer is the document's, not the graph's)
 *    and chain kinds. An expected entity with an `id` is found when the proposal mentions that
 *    id (or offers it first in an ambiguous item); one without, when a proposed new entity has
 *    its name (or alias) and one of its kinds. Any other proposed entity of those kinds is a
 *    false positive, a name found with the wrong kind counts as both a miss and an extra;
 *  - attributes of the entities found: level, status, status word (either word may be the
 *    other's tail: 建成 for 已建成) and the line, each where the expected file gives it;
 *  - relations between the mapped ends. Stated relations that are not expected are false
 *    positives; an inferred one (a city read from a name) is a false positive only when it
 *    contradicts an expected one of the same type and source, since review shows it as a
 *    conclusion, not as the text's words.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind } from '../ontology/ontology.js';
import type { Proposal } from './proposal.js';
import type { Score } from './score.js';
import { nameKey } from './text.js';

export interface ExpectedEntity {
  readonly name: string;
  readonly kind: Kind | readonly Kind[];
  readonly id?: string;
  readonly level?: string;
  readonly status?: string;
  readonly statusWord?: string;
  readonly line?: number;
  /** The same thing under another spelling in this document: review must flag it as possibly that one. */
  readonly sameAs?: string;
  /** A name `compared` must mention (a chain of the graph with the same words, another suffix). */
  readonly compared?: string;
}
export interface ExpectedRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}
export interface Expected {
  readonly title: string;
  readonly entities: readonly ExpectedEntity[];
  readonly relations: readonly ExpectedRelation[];
}

export function loadExpected(file: string): Expected {
  const e = parse(readFileSync(file, 'utf8')) as Expected;
  const known = new Set(e.entities.flatMap((x) => [x.name, x.id ?? '']));
  for (const r of e.relations)
    for (const end of [r.from, r.to])
      if (!known.has(end) && !end.includes(':') && !/[市县区]$/.test(end))
        throw new Error(`${file}: relation end ${end} is neither an expected entity, an id nor a new region`);
  return e;
}

const SCORED: readonly Kind[] = [
  ...PLATFORM_KINDS,
  ...ACTOR_KINDS.filter((k) => k !== 'government'),
  'chain',
];
const kindsOf = (e: ExpectedEntity): readonly Kind[] => (typeof e.kind === 'string' ? [e.kind] : e.kind);

export interface ExpectedScore {
  readonly entities: Score;
  readonly relations: Score;
  readonly attributes: { readonly right: number; readonly checked: number };
  readonly missed: readonly string[];
  readonly extra: readonly string[];
  readonly wrongAttributes: readonly string[];
  readonly missedRelations: readonly string[];
  readonly extraRelations: readonly string[];
  /**
   * Expected `sameAs` entities (not counted above) that are not proposed, at any confidence, with
   * the other spelling named in `compared`.
   */
  readonly unflagged: readonly string[];
}

export function scoreExpected(p: Proposal, exp: Expected, threshold: number): ExpectedScore {
  const toKey = new Map<string, string>(); // proposal id → the expected entity's name
  const found = new Set<string>();
  const extra: string[] = [];
  const wrong: string[] = [];
  const unflagged: string[] = [];
  let right = 0;
  let checked = 0;
  const byId = new Map(exp.entities.filter((e) => e.id).map((e) => [e.id ?? '', e]));
  for (const e of exp.entities) if (e.id) toKey.set(e.id, e.name);
  const existing = [
    ...p.mentions.filter((m) => m.confidence >= threshold).map((m) => ({ id: m.id, kind: undefined })),
    ...p.ambiguous
      .filter((a) => a.confidence >= threshold)
      .flatMap((a) => a.options.slice(0, 1).map((o) => ({ id: o.id, kind: o.kind }))),
  ];
  for (const { id, kind } of existing) {
    const t = byId.get(id);
    if (t) found.add(t.name);
    else if (kind && SCORED.includes(kind)) extra.push(`${id} (ambiguous first option)`);
  }
  const check = (what: string, want: string | number | undefined, ok: boolean): void => {
    if (want === undefined) return;
    checked++;
    if (ok) right++;
    else wrong.push(what);
  };
  const keysOf = (e: { name: string; aliases?: readonly string[] }): string[] =>
    [e.name, ...(e.aliases ?? [])].map(nameKey);
  // A second spelling is scored apart: proposed at any confidence, flagged as possibly the other.
  for (const t of exp.entities.filter((x) => x.sameAs)) {
    const e = p.entities.find((x) => keysOf(x).includes(nameKey(t.name)));
    if (!e || !(e.compared ?? '').includes(t.sameAs ?? '')) unflagged.push(t.name);
  }
  for (const e of p.entities.filter((x) => x.confidence >= threshold)) {
    const keys = keysOf(e);
    if (exp.entities.some((x) => x.sameAs && keys.includes(nameKey(x.name)))) continue;
    const t = exp.entities.find((x) => !x.id && !x.sameAs && keys.includes(nameKey(x.name)));
    if (t && kindsOf(t).includes(e.kind) && !found.has(t.name)) {
      found.add(t.name);
      toKey.set(e.id, t.name);
      const word = e.statusWord ?? '';
      check(`${t.name}: level ${e.level}, expected ${t.level}`, t.level, e.level === t.level);
      check(`${t.name}: status ${e.status}, expected ${t.status}`, t.status, e.status === t.status);
      check(
        `${t.name}: status word ${word || '∅'}, expected ${t.statusWord}`,
        t.statusWord,
        word !== '' &&
          t.statusWord !== undefined &&
          (t.statusWord.endsWith(word) || word.endsWith(t.statusWord)),
      );
      check(
        `${t.name}: lines ${e.cite.map((c) => c.line).join(',')}, expected ${t.line}`,
        t.line,
        e.cite.some((c) => c.line === t.line),
      );
      if (t.compared && !(e.compared ?? '').includes(t.compared)) unflagged.push(t.name);
    } else if (SCORED.includes(e.kind))
      extra.push(`new ${e.name} (${e.kind})${t ? ' wrong kind or twice' : ''}`);
    else if (e.kind === 'region') toKey.set(e.id, e.name);
  }
  const scored = exp.entities.filter((e) => !e.sameAs && kindsOf(e).some((k) => SCORED.includes(k)));
  const tp = scored.filter((e) => found.has(e.name)).length;

  const endKey = (end: string): string => byId.get(end)?.name ?? end;
  const truth = new Set(exp.relations.map((r) => `${endKey(r.from)} ${r.type} ${endKey(r.to)}`));
  const truthFromType = new Set(exp.relations.map((r) => `${endKey(r.from)} ${r.type}`));
  const proposed = new Set<string>();
  for (const r of p.relations.filter((x) => x.confidence >= threshold)) {
    const from = toKey.get(r.from) ?? r.from;
    const k = `${from} ${r.type} ${toKey.get(r.to) ?? r.to}`;
    if (truth.has(k) || r.basis === 'stated' || truthFromType.has(`${from} ${r.type}`)) proposed.add(k);
  }
  const rtp = [...proposed].filter((k) => truth.has(k)).length;
  return {
    entities: { tp, fp: extra.length, fn: scored.length - tp },
    relations: { tp: rtp, fp: proposed.size - rtp, fn: truth.size - rtp },
    attributes: { right, checked },
    missed: scored.filter((e) => !found.has(e.name)).map((e) => e.name),
    extra,
    wrongAttributes: wrong,
    missedRelations: [...truth].filter((k) => !proposed.has(k)),
    extraRelations: [...proposed].filter((k) => !truth.has(k)),
    unflagged,
  };
}
