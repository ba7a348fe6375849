/**
 * Cross-file validation of the seed set: ids, names and aliases, citations against the
 * source documents, relationship ends and kinds. Produces every problem, never just the first.
 */
import { EVIDENCE_SPAN_MAX, RELATIONSHIPS } from '../ontology/ontology.js';
import type { Citation, Entity, Graph, Problem, Relation, SeedSet, Where } from './model.js';
import { sourceIndex, squash, type SourceLines } from './sources.js';

const DOC_PREFIX = 'doc:';

/** Document id (without prefix) → file name, from the seed's document entities. */
export function documentFiles(set: SeedSet): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of set.entities)
    if (e.kind === 'document' && e.file !== undefined) out.set(e.id.slice(DOC_PREFIX.length), e.file);
  return out;
}

const at = (w: Where, message: string): Problem => ({ file: w.file, line: w.line, message });

function checkCitation(
  c: Citation,
  label: string,
  where: Where,
  sources: SourceLines,
  names: readonly string[] | undefined,
  problems: Problem[],
): void {
  const lines = sources.get(c.doc);
  if (lines === undefined) {
    problems.push(at(where, `${label}: unknown document "${c.doc}" (known: ${[...sources.keys()].join(', ')})`));
    return;
  }
  if (c.line > lines.length) {
    problems.push(at(where, `${label}: line ${c.line} does not exist in ${c.doc} (${lines.length} lines)`));
    return;
  }
  const index = sourceIndex(lines);
  const text = index.squashed[c.line - 1] ?? '';
  // PDF conversion breaks paragraphs at page breaks: a name may run on into the next non-empty line.
  const joined = text + (index.next[c.line - 1] ?? '');
  const named = (n: string): boolean => {
    const i = joined.indexOf(squash(n));
    return i !== -1 && i < text.length;
  };
  if (names !== undefined && !names.some(named))
    problems.push(at(where, `${label}: ${c.doc} line ${c.line} contains neither the name nor an alias (${names.join(' / ')})`));
  if (c.span !== undefined) {
    const span = squash(c.span);
    if (Array.from(span).length > EVIDENCE_SPAN_MAX)
      problems.push(at(where, `${label}: span is ${Array.from(span).length} characters, more than ${EVIDENCE_SPAN_MAX}`));
    else if (!text.includes(span))
      problems.push(at(where, `${label}: span "${c.span}" does not occur in ${c.doc} line ${c.line}`));
  }
}

/**
 * The names a citation line may show for an entity. Documents list chains as
 * "A、B、C等产业创新链", so a chain is also recognised by its name without that suffix.
 */
const CHAIN_SUFFIX = /(?:全)?产业(?:创新)?链$/;
function citableNames(e: Entity): string[] {
  const names = [e.name, ...e.aliases];
  if (e.kind !== 'chain') return names;
  const bare = names.map((n) => n.replace(CHAIN_SUFFIX, '')).filter((n) => n !== '');
  return [...new Set([...names, ...bare])];
}

const citationKey = (c: Citation): string => `${c.doc}:${c.line}:${c.section}:${c.span ?? ''}`;

function uniqueCitations(cs: readonly Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of cs) if (!seen.has(citationKey(c))) seen.set(citationKey(c), c);
  return [...seen.values()];
}

/**
 * Validates `set` against itself and the source documents. Returns the graph only when
 * there is no problem at all: the loader never sees partially valid data.
 */
export function validateSeed(
  set: SeedSet,
  sources: SourceLines,
  readProblems: readonly Problem[] = [],
): { graph: Graph | undefined; problems: Problem[] } {
  const problems: Problem[] = [...readProblems];

  // Ids are unique.
  const byId = new Map<string, Entity>();
  for (const e of set.entities) {
    const first = byId.get(e.id);
    if (first) problems.push(at(e.at, `duplicate id "${e.id}" (first defined at ${first.at.file}:${first.at.line})`));
    else byId.set(e.id, e);
  }

  // A name or alias belongs to one entity.
  const owner = new Map<string, Entity>();
  for (const e of set.entities) {
    for (const n of new Set([e.name, ...e.aliases].map(squash))) {
      const o = owner.get(n);
      if (o && o.id !== e.id)
        problems.push(at(e.at, `name or alias "${n}" of ${e.id} already belongs to ${o.id} (${o.at.file}:${o.at.line})`));
      else owner.set(n, e);
    }
  }

  // Citations of entities: the line must name the entity.
  for (const e of set.entities) {
    const names = citableNames(e);
    e.cite.forEach((c, i) => checkCitation(c, `${e.id} cite[${i}]`, e.at, sources, names, problems));
  }

  // Mentions add citations to an entity defined elsewhere.
  const extraCites = new Map<string, Citation[]>();
  for (const m of set.mentions) {
    const e = byId.get(m.id);
    if (!e) {
      problems.push(at(m.at, `mention of unknown id "${m.id}"`));
      continue;
    }
    const names = citableNames(e);
    m.cite.forEach((c, i) => checkCitation(c, `mention ${m.id} cite[${i}]`, m.at, sources, names, problems));
    const extra = extraCites.get(m.id);
    if (extra) extra.push(...m.cite);
    else extraCites.set(m.id, [...m.cite]);
  }

  // Relationships: ends exist, kinds allowed, no duplicates, citations point at real text.
  const relSeen = new Map<string, Relation>();
  for (const r of set.relations) {
    const label = `${r.from} ${r.type} ${r.to}`;
    const spec = RELATIONSHIPS[r.type];
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    if (!from) problems.push(at(r.at, `${label}: unknown "from" id "${r.from}"`));
    if (!to) problems.push(at(r.at, `${label}: unknown "to" id "${r.to}"`));
    if (from && !(spec.from as readonly string[]).includes(from.kind))
      problems.push(at(r.at, `${label}: ${r.type} cannot start at a ${from.kind} (allowed: ${spec.from.join(', ')})`));
    if (to && !(spec.to as readonly string[]).includes(to.kind))
      problems.push(at(r.at, `${label}: ${r.type} cannot end at a ${to.kind} (allowed: ${spec.to.join(', ')})`));
    if (r.from === r.to) problems.push(at(r.at, `${label}: a relationship cannot loop on one entity`));
    const key = `${r.from}|${r.type}|${r.to}`;
    const first = relSeen.get(key);
    if (first) problems.push(at(r.at, `${label}: duplicate relationship (first at ${first.at.file}:${first.at.line}); list several citations in one "cite"`));
    else relSeen.set(key, r);
    r.cite.forEach((c, i) => checkCitation(c, `${label} cite[${i}]`, r.at, sources, undefined, problems));
  }

  // Id prefixes are checked when reading; here only documents need their file.
  for (const e of set.entities)
    if (e.kind === 'document' && e.file === undefined)
      problems.push(at(e.at, `${e.id}: a document needs "file"`));

  if (problems.length > 0) return { graph: undefined, problems: sortProblems(problems) };
  const entities = set.entities.map((e) => {
    const extra = extraCites.get(e.id);
    return extra ? { ...e, cite: uniqueCitations([...e.cite, ...extra]) } : e;
  });
  return { graph: { entities, relations: set.relations }, problems: [] };
}

export const sortProblems = (ps: Problem[]): Problem[] =>
  ps.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
