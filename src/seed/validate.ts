/**
 * Cross-file validation of the seed set: ids, names and aliases, citations against the
 * source documents, relationship ends and kinds. Produces every problem, never just the first.
 */
import { DESIGNATIONS, EVIDENCE_SPAN_MAX, RELATIONSHIPS, type Kind } from '../ontology/ontology.js';
import { currentFact, documentFacts, documentOrder, factConflicts } from '../semantics/document-facts.js';
import type { Citation, Entity, Graph, GraphEntity, Problem, Relation, SeedSet, Where } from './model.js';
import { sectionProblems, type SectionIndex } from './sections.js';
import { sourceIndex, squash, type SourceLines } from './sources.js';

const DOC_PREFIX = 'doc:';

/** Document id (without prefix) → file name, from the seed's document entities. */
export function documentFiles(set: SeedSet): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of set.entities)
    if (e.kind === 'document' && e.file !== undefined) out.set(e.id.slice(DOC_PREFIX.length), e.file);
  return out;
}

/** Document id (without prefix) → its rank in time (0 = oldest), for ordering what documents say. */
export function documentRanks(set: SeedSet): Map<string, number> {
  return documentOrder(
    set.entities
      .filter((e) => e.kind === 'document')
      .map((e) => ({ id: e.id.slice(DOC_PREFIX.length), date: e.date ?? '', follows: e.follows ?? [] })),
  );
}

const at = (w: Where, message: string): Problem => ({ file: w.file, line: w.line, message });

function checkCitation(
  c: Citation,
  label: string,
  where: Where,
  sources: SourceLines,
  names: CitableNames | undefined,
  problems: Problem[],
): void {
  // A citation's problems point at its own `cite` item when the reader knows it.
  where = c.at ?? where;
  const lines = sources.get(c.doc);
  if (lines === undefined) {
    problems.push(
      at(where, `${label}: unknown document "${c.doc}" (known: ${[...sources.keys()].join(', ')})`),
    );
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
  const listed = (e: Enumerated): boolean => {
    const m = enumerationPattern(e).exec(joined);
    return m !== null && m.index < text.length;
  };
  if (names !== undefined && !names.names.some(named) && !names.enumerated.some(listed)) {
    const listHint = names.enumerated
      .map((e) => `, nor lists ${e.stem} in an enumeration "${e.stem}、…${e.head}"`)
      .join('');
    problems.push(
      at(
        where,
        `${label}: ${c.doc} line ${c.line} contains neither the name nor an alias (${names.names.join(' / ')})${listHint}`,
      ),
    );
  }
  if (c.span !== undefined) {
    const span = squash(c.span);
    if (Array.from(span).length > EVIDENCE_SPAN_MAX)
      problems.push(
        at(where, `${label}: span is ${Array.from(span).length} characters, more than ${EVIDENCE_SPAN_MAX}`),
      );
    else if (!text.includes(span))
      problems.push(at(where, `${label}: span "${c.span}" does not occur in ${c.doc} line ${c.line}`));
  }
}

/**
 * The names a citation line may show for an entity. Documents list chains as
 * "A、B、C等产业创新链", so a chain is also recognised by its name without that suffix.
 */
const CHAIN_SUFFIX = /(?:全)?产业(?:创新)?链$/;

/**
 * Documents also list several entities under one shared head noun: "抚顺、丹东、盘锦、朝阳等省级高新区"
 * names four high-tech zones. An entity of the listed kinds whose name is <stem><head> (丹东高新区) may be
 * cited where the line lists its stem as an item of such an enumeration: the stem, further short items
 * separated by 、, then optionally 等 and a level word, then the head noun. A stem alone elsewhere in the
 * line (丹东市…) is not enough.
 */
export const ENUMERATION_HEADS: Readonly<Record<string, readonly Kind[]>> = { 高新区: ['zone'] };
const ENUM_ITEM = '[^、，。；：,.;:（）()“”"《》]{1,8}';
const ENUM_LEVEL = '(?:国家级|国家|省级)?';

interface Enumerated {
  readonly stem: string;
  readonly head: string;
}
interface CitableNames {
  readonly names: string[];
  readonly enumerated: Enumerated[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const enumerationPattern = (e: Enumerated): RegExp =>
  new RegExp(`${escapeRegExp(e.stem)}(?:、${ENUM_ITEM})*等?${ENUM_LEVEL}${escapeRegExp(e.head)}`);

function citableNames(e: Entity): CitableNames {
  const names = [e.name, ...e.aliases];
  const enumerated = Object.entries(ENUMERATION_HEADS)
    .filter(([, kinds]) => kinds.includes(e.kind))
    .flatMap(([head]) =>
      names
        .map(squash)
        .filter((n) => n.endsWith(head) && n.length > head.length)
        .map((n) => ({ stem: n.slice(0, -head.length), head })),
    );
  if (e.kind !== 'chain') return { names, enumerated };
  const bare = names.map((n) => n.replace(CHAIN_SUFFIX, '')).filter((n) => n !== '');
  return { names: [...new Set([...names, ...bare])], enumerated };
}

interface DocumentTitle {
  readonly date: string;
  /** The title, whitespace removed, as a later document names it when it says what it is based on. */
  readonly title: string;
  readonly lines: readonly string[];
}

function documentTitles(set: SeedSet, sources: SourceLines): Map<string, DocumentTitle> {
  const out = new Map<string, DocumentTitle>();
  for (const e of set.entities)
    if (e.kind === 'document' && e.date !== undefined)
      out.set(e.id.slice(DOC_PREFIX.length), {
        date: e.date,
        title: squash(e.name),
        lines: sources.get(e.id.slice(DOC_PREFIX.length)) ?? [],
      });
  return out;
}

/**
 * Plan lineage runs forward in time: a CONTINUES relationship goes from the later document's entity
 * to the earlier one's, and cites a line of each. "Later" is by the documents' dates; two documents of
 * the same date (plan14 and dalian14, both 2021) are ordered only by the later one naming the earlier
 * as its basis, so the relationship must also cite that line of the later document (dalian14 line 69
 * names 《辽宁省“十四五”科技创新规划》).
 */
function lineageProblem(
  r: Relation,
  fromDocs: ReadonlySet<string>,
  toDocs: ReadonlySet<string>,
  documents: ReadonlyMap<string, DocumentTitle>,
): string | undefined {
  const cited = [...new Set(r.cite.map((c) => c.doc))];
  const later = cited.filter((d) => fromDocs.has(d));
  const earlier = cited.filter((d) => toDocs.has(d));
  if (later.length === 0 || earlier.length === 0)
    return `CONTINUES cites a line of a document that cites ${r.from} (the later one) and one that cites ${r.to} (the earlier one)`;
  const dateOf = (d: string): string => documents.get(d)?.date ?? '';
  const namesBasis = (l: string, e: string): boolean => {
    const title = documents.get(e)?.title;
    const lines = documents.get(l)?.lines ?? [];
    return (
      title !== undefined &&
      r.cite.some((c) => c.doc === l && squash(lines[c.line - 1] ?? '').includes(title))
    );
  };
  for (const l of later)
    for (const e of earlier) {
      if (l === e) continue;
      const order = dateOf(l).localeCompare(dateOf(e));
      if (order > 0 || (order === 0 && namesBasis(l, e))) return undefined;
    }
  const pairs = later.flatMap((l) => earlier.filter((e) => e !== l).map((e) => [l, e] as const));
  if (pairs.length === 0)
    return `CONTINUES links two entities of one document (${later.join(', ')}); lineage runs from a later document to an earlier one`;
  const [l, e] = pairs[0] ?? ['', ''];
  return dateOf(l) === dateOf(e)
    ? `CONTINUES from ${l} to ${e}: both are dated ${dateOf(l)}; cite the line where ${l} names ${e} as its basis`
    : `CONTINUES runs from the later document's entity to the earlier one's, but ${l} (${dateOf(l)}) is earlier than ${e} (${dateOf(e)})`;
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
    if (first)
      // Files are read in alphabetical order, not in the order they were written: either place
      // may be the newcomer, so both are named without saying which came first.
      problems.push(
        at(e.at, `duplicate id "${e.id}": defined both here and at ${first.at.file}:${first.at.line}`),
      );
    else byId.set(e.id, e);
  }

  // A name or alias belongs to one entity.
  const owner = new Map<string, Entity>();
  for (const e of set.entities) {
    for (const n of new Set([e.name, ...e.aliases].map(squash))) {
      const o = owner.get(n);
      if (o && o.id !== e.id)
        problems.push(
          at(e.at, `name or alias "${n}" of ${e.id} already belongs to ${o.id} (${o.at.file}:${o.at.line})`),
        );
      else owner.set(n, e);
    }
  }
  // An abbreviation (curated, not cited) points at one entity and is nobody else's name.
  const abbreviated = new Map<string, Entity>();
  for (const e of set.entities) {
    for (const a of new Set(e.abbreviations.map((x) => squash(x).toLowerCase()))) {
      const o = abbreviated.get(a) ?? owner.get(a);
      if (o && o.id !== e.id)
        problems.push(
          at(e.at, `abbreviation "${a}" of ${e.id} already belongs to ${o.id} (${o.at.file}:${o.at.line})`),
        );
      else abbreviated.set(a, e);
    }
  }

  // Citations of entities: the line must name the entity.
  for (const e of set.entities) {
    const names = citableNames(e);
    e.cite.forEach((c, i) => checkCitation(c, `${e.id} cite[${i}]`, e.at, sources, names, problems));
    if (e.kind === 'document' && e.cite.some((c) => c.status !== undefined || c.level !== undefined))
      problems.push(at(e.at, `${e.id}: a document has no status or level`));
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

  // The documents that cite an entity (its own citations and its mentions), for plan lineage.
  const docsOf = (e: Entity): Set<string> =>
    new Set([...e.cite, ...(extraCites.get(e.id) ?? [])].map((c) => c.doc));
  const documents = documentTitles(set, sources);

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
      problems.push(
        at(r.at, `${label}: ${r.type} cannot start at a ${from.kind} (allowed: ${spec.from.join(', ')})`),
      );
    if (to && !(spec.to as readonly string[]).includes(to.kind))
      problems.push(
        at(r.at, `${label}: ${r.type} cannot end at a ${to.kind} (allowed: ${spec.to.join(', ')})`),
      );
    if (r.from === r.to) problems.push(at(r.at, `${label}: a relationship cannot loop on one entity`));
    const key = `${r.from}|${r.type}|${r.to}`;
    const first = relSeen.get(key);
    if (first)
      problems.push(
        at(
          r.at,
          `${label}: duplicate relationship (first at ${first.at.file}:${first.at.line}); list several citations in one "cite"`,
        ),
      );
    else relSeen.set(key, r);
    r.cite.forEach((c, i) => checkCitation(c, `${label} cite[${i}]`, r.at, sources, undefined, problems));
    if (r.type === 'CONTINUES' && from && to) {
      const message = lineageProblem(r, docsOf(from), docsOf(to), documents);
      if (message !== undefined) problems.push(at(r.at, `${label}: ${message}`));
    }
  }

  // Designations: each applies to the entity's kind and is supported by its name, an alias, a
  // cited span or a status word (培育建设 supports incubating).
  for (const e of set.entities) {
    const cites = [...e.cite, ...(extraCites.get(e.id) ?? [])];
    const texts = [
      e.name,
      ...e.aliases,
      e.statusWord ?? '',
      ...cites.flatMap((c) => [c.span ?? '', c.statusWord ?? '']),
    ];
    for (const d of e.designations ?? []) {
      const spec = DESIGNATIONS[d];
      if (!(spec.kinds as readonly string[]).includes(e.kind))
        problems.push(
          at(e.at, `${e.id}: designation ${d} applies to ${spec.kinds.join(', ')}, not ${e.kind}`),
        );
      else if (!spec.words.some((w) => texts.some((t) => new RegExp(w).test(squash(t)))))
        problems.push(
          at(
            e.at,
            `${e.id}: designation ${d} needs its words (${spec.words.join(' / ')}) in the name, an alias, a cited span or a status word`,
          ),
        );
    }
  }

  // A named relationship: its words are in an end's name or alias, or in a cited span (a heading).
  for (const r of set.relations) {
    if (r.basis !== 'named' || r.words === undefined) continue;
    const ends = [byId.get(r.from), byId.get(r.to)].flatMap((e) => (e ? [e.name, ...e.aliases] : []));
    const spans = r.cite.map((c) => c.span ?? '');
    const w = squash(r.words);
    if (![...ends, ...spans].some((t) => squash(t).includes(w)))
      problems.push(
        at(
          r.at,
          `${r.from} ${r.type} ${r.to}: named by "${r.words}", which is in neither end's name nor a cited span`,
        ),
      );
  }

  // Document structure: sections nest, and every citation of a document with sections lies in one.
  const sectionIndex: SectionIndex = sectionProblems(set.sections, sources, problems);
  const citedWhere = [
    ...set.entities.flatMap((e) => e.cite.map((c, i) => [c, e.at, `${e.id} cite[${i}]`] as const)),
    ...set.mentions.flatMap((m) => m.cite.map((c, i) => [c, m.at, `mention ${m.id} cite[${i}]`] as const)),
    ...set.relations.flatMap((r) =>
      r.cite.map((c, i) => [c, r.at, `${r.from} ${r.type} ${r.to} cite[${i}]`] as const),
    ),
  ];
  for (const [c, where, label] of citedWhere) {
    const message = sectionIndex.check(c);
    if (message !== undefined) problems.push(at(c.at ?? where, `${label}: ${message}`));
  }

  // Id prefixes are checked when reading; here only documents need their file.
  for (const e of set.entities)
    if (e.kind === 'document' && e.file === undefined)
      problems.push(at(e.at, `${e.id}: a document needs "file"`));
  // A document follows documents that exist and are not later than itself.
  const docDate = new Map(
    set.entities
      .filter((e) => e.kind === 'document')
      .map((e) => [e.id.slice(DOC_PREFIX.length), e.date ?? '']),
  );
  for (const e of set.entities)
    for (const f of e.follows ?? []) {
      const date = docDate.get(f);
      if (date === undefined) problems.push(at(e.at, `${e.id}: follows unknown document "${f}"`));
      else if (date.localeCompare(e.date ?? '') > 0)
        problems.push(at(e.at, `${e.id}: follows ${f}, which is dated later (${date})`));
    }

  // One document, one status (and one level) per entity.
  for (const e of set.entities)
    for (const message of factConflicts([...e.cite, ...(extraCites.get(e.id) ?? [])]))
      problems.push(at(e.at, `${e.id}: ${message}`));

  if (problems.length > 0) return { graph: undefined, problems: sortProblems(problems) };
  const ranks = documentRanks(set);
  const entities = set.entities.map((e): GraphEntity => {
    const extra = extraCites.get(e.id) ?? [];
    const facts = documentFacts({ ...e, mentionCite: extra });
    const now = currentFact(facts, ranks);
    const current = now
      ? {
          status: now.status,
          ...(now.statusWord === undefined ? {} : { statusWord: now.statusWord }),
          level: e.level === 'unknown' ? now.level : e.level,
        }
      : {
          status: e.status,
          ...(e.statusWord === undefined ? {} : { statusWord: e.statusWord }),
          level: e.level,
        };
    return {
      ...e,
      cite: uniqueCitations([...e.cite, ...extra]),
      facts,
      current,
      ...(e.kind === 'document' ? { order: ranks.get(e.id.slice(DOC_PREFIX.length)) ?? 0 } : {}),
    };
  });
  return { graph: { entities, relations: set.relations, sections: set.sections }, problems: [] };
}

/** A duplicate id is a root cause (what refers to it follows from it): reported first. */
const rootCause = (p: Problem): number => (p.message.startsWith('duplicate id') ? 0 : 1);

export const sortProblems = (ps: Problem[]): Problem[] =>
  ps.sort(
    (a, b) =>
      rootCause(a) - rootCause(b) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.message.localeCompare(b.message),
  );
