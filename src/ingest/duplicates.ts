/**
 * Likely duplicates, explained: the existing entity a new name is closest to and why it is not
 * the same (for every new item of a proposal), the check `review` runs before writing, and the
 * cheap near-duplicate scan `seed --check` warns with.
 */
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind } from '../ontology/ontology.js';
import type { Graph } from '../seed/model.js';
import { UserError } from '../errors.js';
import type { Proposal, ProposedEntity } from './proposal.js';
import { GraphIndex, type IndexedEntity } from './resolve.js';
import { nameKey } from './text.js';

const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);
const isActor = (k: Kind): boolean => (ACTOR_KINDS as readonly Kind[]).includes(k);
const sameGroup = (a: Kind, b: Kind): boolean =>
  a === b || (isPlatform(a) && isPlatform(b)) || (isActor(a) && isActor(b));

/** Length of the longest common substring of a and b. */
function commonRun(a: string, b: string): { len: number; at: number } {
  let best = { len: 0, at: 0 };
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const v = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      diag = up;
      prev[j] = v;
      if (v > best.len) best = { len: v, at: i - v };
    }
  }
  return best;
}

/** The part of `a` left when the common start and end with `b` are taken off. */
function differing(a: string, b: string): [string, string] {
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  let e = 0;
  while (e < a.length - s && e < b.length - s && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  return [a.slice(s, a.length - e), b.slice(s, b.length - e)];
}

/**
 * One line saying which existing entity a new name was compared with and why it is not that
 * one: the nearest name of the same kind group by the longest run of shared characters.
 */
export function comparedWith(name: string, kind: Kind, entities: Iterable<IndexedEntity>): string {
  const key = nameKey(name);
  let best: { e: IndexedEntity; n: string; len: number } | undefined;
  for (const e of entities) {
    if (e.kind === 'document' || !sameGroup(kind, e.kind)) continue;
    for (const n of [e.name, ...e.aliases, ...(e.abbreviations ?? [])]) {
      const k = nameKey(n);
      if (Array.from(k).length < 2) continue;
      const { len } = commonRun(key, k);
      if (!best || len > best.len || (len === best.len && k.length < best.n.length)) best = { e, n: k, len };
    }
  }
  if (!best || best.len < 2) return 'no existing name shares two characters with it';
  const [here, there] = differing(key, best.n);
  const what = best.n === nameKey(best.e.name) ? best.e.name : `${best.e.name} (as ${best.n})`;
  return `nearest existing: ${best.e.id} ${what}; not the same: "${here || '∅'}" here where it has "${there || '∅'}"`;
}

/**
 * New entities of a proposal that the current graph already has (by name, alias, abbreviation
 * or a known variant): written, they would be duplicates. Also catches a proposal made before
 * another review added the same items.
 */
export function likelyDuplicates(
  entities: readonly ProposedEntity[],
  graph: Graph,
): { entity: ProposedEntity; existing: string; how: string }[] {
  const index = new GraphIndex(graph.entities);
  const ids = new Set(graph.entities.map((e) => e.id));
  const out: { entity: ProposedEntity; existing: string; how: string }[] = [];
  for (const e of entities) {
    if (ids.has(e.id)) {
      out.push({ entity: e, existing: e.id, how: 'same id' });
      continue;
    }
    const r = index.resolve(e.name, e.kind);
    if (r.status === 'existing' && r.match.score >= 0.85 && sameGroup(e.kind, r.match.kind))
      out.push({ entity: e, existing: `${r.match.id} ${r.match.name}`, how: r.match.how });
  }
  return out;
}

const VARIANT_PREFIX =
  /^(?:(?:沈阳|大连|鞍山|抚顺|本溪|丹东|锦州|营口|阜新|辽阳|盘锦|铁岭|朝阳|葫芦岛)市?|辽宁省?)/;
const VARIANT_SUFFIX = /(?:[（(]筹[)）]|大科学装置|科学装置|基地)$/;

/**
 * Pairs of entities whose names (or aliases) are one variant apart: a city or the province in
 * front, a kind word after. One pass over the names with a map: cheap enough for every check.
 */
export function nearDuplicateNames(graph: Graph): { a: string; b: string; form: string }[] {
  const byForm = new Map<string, { id: string; kind: Kind }[]>();
  for (const e of graph.entities) {
    if (!isPlatform(e.kind) && !isActor(e.kind)) continue;
    const forms = new Set<string>();
    for (const n of [e.name, ...e.aliases]) {
      const k = nameKey(n);
      const base = k.replace(VARIANT_SUFFIX, '').replace(VARIANT_PREFIX, '');
      if (Array.from(base).length >= 4) forms.add(base);
    }
    for (const f of forms) byForm.set(f, [...(byForm.get(f) ?? []), { id: e.id, kind: e.kind }]);
  }
  const out: { a: string; b: string; form: string }[] = [];
  const seen = new Set<string>();
  for (const [form, es] of byForm)
    for (let i = 0; i < es.length; i++)
      for (let j = i + 1; j < es.length; j++) {
        const a = es[i];
        const b = es[j];
        if (!a || !b || a.id === b.id || !sameGroup(a.kind, b.kind)) continue;
        const pair = [a.id, b.id].sort().join('|');
        if (seen.has(pair)) continue;
        seen.add(pair);
        out.push({ a: a.id, b: b.id, form });
      }
  return out;
}

/**
 * Before `review` writes: a proposal made before another review changed the seed (its document
 * or its new ids are there now) is refused with the advice to ingest again; a new entity the
 * graph already has under a variant is refused unless `allowDuplicates`.
 */
export function checkBeforeWrite(
  p: Proposal,
  accepted: readonly ProposedEntity[],
  graph: Graph,
  allowDuplicates: boolean,
): void {
  const rerun = `re-run \`innograph ingest ${p.document.file} --doc-id ${p.document.id}\` to propose against the current seed`;
  if (p.document.new && graph.entities.some((e) => e.id === `doc:${p.document.id}`))
    throw new UserError(
      `this proposal was made before doc:${p.document.id} was added to the seed (by another review); ${rerun}`,
    );
  const dups = likelyDuplicates(accepted, graph);
  const stale = dups.filter((d) => d.how === 'same id');
  if (stale.length > 0)
    throw new UserError(
      `this proposal was made before another review added ${stale.map((d) => d.entity.id).join(', ')}; ${rerun}`,
    );
  if (dups.length > 0 && !allowDuplicates)
    throw new UserError(
      [
        'review: these new entities look like entities the seed already has; nothing was written:',
        ...dups.map((d) => `  ${d.entity.id} ${d.entity.name} ≈ ${d.existing} (${d.how})`),
        'Reject them or accept them as mentions in an interactive review, or pass --allow-duplicates to write them anyway.',
      ].join('\n'),
    );
}

/** A chain's words without its suffix: 光伏 for 光伏产业链, 光伏产业创新链 and 光伏全产业链. */
export const chainCore = (name: string): string =>
  nameKey(name).replace(/(?:产业创新链|全产业链|产业链|创新链)$/, '');

/**
 * Two spellings of one chain (激光产业链 and 激光产业创新链 in one document, or beside a chain the
 * graph has): the later new one is flagged in `compared` as possibly the same; within one
 * document it is also kept below the usual --accept-all-above threshold, so that a reviewer
 * merges or keeps it, never a batch. Returns the ids kept below.
 */
export function flagChainSpellings(
  entities: ProposedEntity[],
  existing: Iterable<IndexedEntity>,
): Set<string> {
  const flagged = new Set<string>();
  const first = new Map<string, string>();
  for (const e of existing) if (e.kind === 'chain') first.set(chainCore(e.name), `${e.id} ${e.name}`);
  const order = entities
    .map((e, i) => ({ e, i }))
    .filter((x) => x.e.kind === 'chain')
    .sort((a, b) => (a.e.cite[0]?.line ?? 0) - (b.e.cite[0]?.line ?? 0));
  for (const { e, i } of order) {
    const core = chainCore(e.name);
    if (core.length < 2) continue;
    const other = first.get(core);
    if (!other) {
      first.set(core, `${e.name} (line ${e.cite[0]?.line ?? '?'} of this document)`);
      continue;
    }
    // Another document's chain of the same words may be its predecessor (the curated 2015
    // 机器人产业链 and 2021 机器人产业创新链 are two chains in a lineage): a warning only.
    // Two spellings in one document are one chain far more often: kept below the threshold too.
    const here = other.includes('of this document');
    if (here) flagged.add(e.id);
    entities[i] = {
      ...e,
      ...(here ? { confidence: Math.min(e.confidence, 0.5) } : {}),
      compared: `possibly the same chain as ${other}: the same words with another suffix; merge it in review (edit the id) or keep both`,
    };
  }
  return flagged;
}
