/**
 * `innograph ingest`: reads a document, runs the rules, resolves every candidate against the
 * graph, and assembles the proposal. A candidate that names an existing entity becomes a mention
 * (or a relation end) with the existing id, never a second entity; a relation the graph already
 * has is proposed only as a new citation of it, and only when this document's line is new to it.
 */
import { resolve as resolvePath } from 'node:path';
import { UserError } from '../errors.js';
import { ACTOR_KINDS, PLATFORM_KINDS, RELATIONSHIPS, STATUS_KINDS, type Kind } from '../ontology/ontology.js';
import type { Citation, Entity, Graph } from '../seed/model.js';
import { squash } from '../seed/sources.js';
import type { EntityCandidate } from './candidates.js';
import { findTitleLine, textHash, type SourceDocument } from './document.js';
import { comparedWith, flagChainSpellings } from './duplicates.js';
import { newId } from './ids.js';
import { HEADS, NOT_ENTITIES, STATUS_WORDS, type CuratedDoc } from './lexicon.js';
import type {
  Proposal,
  ProposedAmbiguous,
  ProposedCite,
  ProposedEntity,
  ProposedMention,
  ProposedRelation,
} from './proposal.js';
import { GraphIndex, isContiguousDeletion, type Match, type Resolution } from './resolve.js';
import { makeContext } from './rules/context.js';
import { rulesFor } from './rules/index.js';
import { sectionPaths } from './sections.js';
import { sentencesOf, type CiteCandidate } from './text.js';

export interface IngestOptions {
  readonly docId?: string;
  readonly title?: string;
  readonly date?: string;
  readonly issuer?: string;
  /** Leave-one-out: switch off what only this curated document motivated. */
  readonly holdOut?: CuratedDoc;
  readonly progress?: (message: string) => void;
  /** Text hashes (textHash) of the graph's documents, by document id: the same text under another file name is that document. */
  readonly knownTexts?: ReadonlyMap<string, string>;
}

const DOC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);
const isActor = (k: Kind): boolean => (ACTOR_KINDS as readonly Kind[]).includes(k);

/** A document id from a file name: 2025-dalian-plan.txt → 2025-dalian-plan. */
export function docIdFromFile(file: string): string {
  const base = file.replace(/\.[^.]*$/, '').toLowerCase();
  const slug = base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'doc' : slug;
}

/** Which document this is: the graph's when it already has this file, else a new one. */
function identify(
  doc: SourceDocument,
  graph: Graph,
  opts: IngestOptions,
  sha256: string,
): Proposal['document'] {
  const titleLine = findTitleLine(doc.lines);
  const sameText = [...(opts.knownTexts ?? [])].find(([, hash]) => hash === sha256)?.[0];
  const known =
    graph.entities.find((e) => e.kind === 'document' && e.file === doc.file) ??
    graph.entities.find((e) => e.kind === 'document' && e.id === sameText);
  if (known) {
    const id = known.id.slice('doc:'.length);
    if (opts.docId !== undefined && opts.docId !== id)
      throw new UserError(
        `${doc.file} is already in the graph as doc:${id}; use --doc-id ${id} or leave it out`,
      );
    return {
      id,
      // The same text under another name is cited as the file the sources folder holds.
      file: known.file ?? doc.file,
      title: known.name,
      ...(known.date ? { date: known.date } : {}),
      ...(known.issuer ? { issuer: known.issuer } : {}),
      new: false,
      ...(titleLine ? { titleLine } : {}),
      lines: doc.lines.length,
      sha256,
    };
  }
  const id = opts.docId ?? docIdFromFile(doc.file);
  const path = resolvePath(doc.path);
  if (!DOC_ID.test(id))
    throw new UserError(`--doc-id "${id}" must be lowercase letters, digits and dashes (e.g. dalian2025)`);
  const clash = graph.entities.find((e) => e.id === `doc:${id}`);
  if (clash)
    throw new UserError(`doc:${id} is already used for ${clash.file ?? clash.name}; choose another --doc-id`);
  if (opts.title !== undefined) {
    // A document is cited at the line that writes its title: a title the text does not hold
    // could never be cited, and review would refuse it later.
    const given = squash(opts.title);
    if (given === '' || !doc.lines.some((l) => squash(l).includes(given)))
      throw new UserError(
        `--title "${opts.title}" appears in no line of ${doc.file}; give the title as the document writes it${
          titleLine ? ` (line ${titleLine}: "${squash(doc.lines[titleLine - 1] ?? '')}")` : ''
        }, or leave --title out`,
      );
  }
  const title = opts.title ?? (titleLine ? squash(doc.lines[titleLine - 1] ?? '') : doc.file);
  return {
    id,
    file: doc.file,
    title,
    ...(opts.date ? { date: opts.date } : {}),
    ...(opts.issuer ? { issuer: opts.issuer } : {}),
    new: true,
    path,
    ...(titleLine ? { titleLine } : {}),
    lines: doc.lines.length,
    sha256,
  };
}

/** Share of the characters of `a` that occur in `b` (for folding a field-named candidate into a full name). */
const coverage = (a: string, b: string): number => {
  const chars = Array.from(a);
  return chars.filter((c) => b.includes(c)).length / chars.length;
};

/** The part of the document a section is in: its chapter and section (第四章/三), or its top heading. */
const chapterOf = (section: string): string => {
  const [first = '', second = ''] = section.split('/');
  return /^第.+章$/.test(first) ? `${first}/${second}` : first;
};

/**
 * Folds candidates into the candidate they are another form of, returning key → key:
 *  - a field-named (bare) candidate into a full name of the same kind, in the same chapter and
 *    section, that contains its field (航空产业 → 国家航空产业技术创新中心);
 *  - a name into a longer one of the same kind that ends with it (沿渤海创新经济带 →
 *    沈海线沿渤海创新经济带), which keeps the shorter as an alias: the document uses both.
 */
function fold(cands: Map<string, EntityCandidate>): Map<string, string> {
  const redirect = new Map<string, string>();
  const full = [...cands.values()].filter((c) => !c.bare && !c.generic);
  for (const b of cands.values()) {
    if (!b.bare) continue;
    const section = chapterOf(b.cites[0]?.section ?? '');
    const into = full.find(
      (c) =>
        c.kind === b.kind &&
        c.key !== b.key &&
        c.cites.some((x) => chapterOf(x.section) === section) &&
        (c.key.includes(b.key) || (b.key.length >= 4 && coverage(b.key, c.key) >= 0.85)),
    );
    if (into) redirect.set(b.key, into.key);
  }
  for (const a of full) {
    if (redirect.has(a.key) || a.key.length < 5 || a.known) continue;
    const into = full.find(
      (c) =>
        c !== a &&
        c.kind === a.kind &&
        !redirect.has(c.key) &&
        ((c.key.endsWith(a.key) && c.key.length - a.key.length <= 8) || isContiguousDeletion(a.key, c.key)),
    );
    if (!into) continue;
    redirect.set(a.key, into.key);
    if (!into.aliases.includes(a.name)) into.aliases.push(a.name);
    // The shorter form's lines name the entity by its alias: they cite it too.
    for (const c of a.cites) if (!into.cites.some((x) => x.line === c.line)) into.cites.push(c);
    into.cites.sort((x, y) => x.line - y.line);
    into.confidence = Math.max(into.confidence, a.confidence);
  }
  return redirect;
}

const STATUS_OF = new Map(STATUS_WORDS.map((w) => [w.word, w.status]));

const toCite = (docId: string, c: CiteCandidate, lines: readonly string[]): ProposedCite => {
  const line = squash(lines[c.line - 1] ?? '');
  const span = c.span !== '' && line.includes(squash(c.span)) ? c.span : undefined;
  const status = c.statusWord ? (STATUS_OF.get(c.statusWord) ?? 'planned') : undefined;
  return {
    doc: docId,
    line: c.line,
    section: c.section,
    ...(span ? { span } : {}),
    ...(c.statusWord ? { statusWord: c.statusWord, status } : {}),
  };
};

/** An entity's existing citations of `docId`, by line. */
const citedLines = (e: Entity | undefined, docId: string): Set<number> =>
  new Set((e?.cite ?? []).filter((c: Citation) => c.doc === docId).map((c) => c.line));

interface Resolved {
  readonly cand: EntityCandidate;
  readonly res: Resolution;
  /** The id relations use: the existing entity's, or the new (or provisional) one's. */
  readonly id: string;
  readonly kind: Kind;
  readonly confidence: number;
}

/** Runs the ingester over one document against `graph`. */
export function ingest(doc: SourceDocument, graph: Graph, opts: IngestOptions = {}): Proposal {
  const progress = opts.progress ?? ((): void => undefined);
  const sha256 = textHash(doc);
  const document = identify(doc, graph, opts, sha256);
  const sections = sectionPaths(doc.lines, document.titleLine);
  progress(`read ${doc.file}: ${doc.lines.length} lines, ${doc.paragraphs.length} paragraphs`);

  const sentences = [];
  const step = Math.max(1, Math.ceil(doc.paragraphs.length / 4));
  for (const [i, p] of doc.paragraphs.entries()) {
    // The title names the document, not its platforms.
    if (p.parts[0]?.line !== document.titleLine) sentences.push(...sentencesOf(p));
    if ((i + 1) % step === 0 || i + 1 === doc.paragraphs.length)
      progress(`segmented ${i + 1}/${doc.paragraphs.length} paragraphs (line ${p.parts.at(-1)?.line ?? 0})`);
  }
  const index = new GraphIndex(graph.entities);
  const ctx = makeContext({
    doc,
    sections,
    sentences,
    heads: HEADS,
    statusWords: STATUS_WORDS,
    holdOut: opts.holdOut,
    graph: index,
  });
  for (const rule of rulesFor(opts.holdOut)) {
    const [names0, relations0] = [ctx.out.entities.size, ctx.out.relations.size];
    rule.run(ctx);
    progress(
      `rule ${rule.name}: +${ctx.out.entities.size - names0} names, +${ctx.out.relations.size - relations0} relations`,
    );
  }

  // Resolve every candidate against the graph.
  const redirect = fold(ctx.out.entities);
  const taken = new Set(graph.entities.map((e) => e.id));
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const resolved = new Map<string, Resolved>();
  for (const cand of ctx.out.entities.values()) {
    if (redirect.has(cand.key) || NOT_ENTITIES.has(cand.key)) continue;
    let res = index.resolve(cand.name, cand.kind, { generic: cand.generic });
    if (cand.known && (res.status !== 'existing' || res.match.id !== cand.known)) {
      const e = byId.get(cand.known);
      if (e)
        res = { status: 'existing', match: { id: e.id, name: e.name, kind: e.kind, how: 'name', score: 1 } };
    }
    let id: string;
    let kind = cand.kind;
    let confidence = cand.confidence;
    if (res.status === 'existing') {
      id = res.match.id;
      kind = res.match.kind;
      // The graph knows the name, so it is a name: unless the words are a category that happens to
      // be some entity's short alias (高新区).
      // A weak reading (an industry list) that happens to name a known chain stays weak.
      const trusted =
        (!cand.generic || cand.key.length >= 6) && (cand.confidence >= 0.5 || cand.known !== undefined);
      confidence = trusted ? Math.max(confidence, 0.9 * res.match.score) : confidence;
    } else id = newId(cand.kind, cand.name, taken);
    resolved.set(cand.key, { cand, res, id, kind, confidence });
  }
  const endOf = (key: string): Resolved | undefined => resolved.get(redirect.get(key) ?? key);
  progress(`resolved ${resolved.size} names against ${index.byId.size} entities`);

  const entities: ProposedEntity[] = [];
  const ambiguous: ProposedAmbiguous[] = [];
  const mentions = new Map<string, ProposedMention>();
  for (const r of resolved.values()) {
    const { cand } = r;
    // A status word near a host, partner or place is not said of it (依托鞍钢集团建设).
    const hasStatus = STATUS_KINDS.includes(r.kind);
    const cites = cand.cites.map((c) => {
      const { statusWord, ...rest } = c;
      return toCite(document.id, hasStatus && statusWord ? { ...rest, statusWord } : rest, doc.lines);
    });
    const base = {
      kind: cand.kind,
      name: cand.name,
      ...(cand.aliases.length > 0 ? { aliases: cand.aliases } : {}),
      level: cand.level,
      status: hasStatus ? cand.status : ('unknown' as const),
      ...(cand.statusWord && hasStatus ? { statusWord: cand.statusWord } : {}),
      ...(cand.note ? { note: cand.note } : {}),
      cite: cites,
      confidence: r.confidence,
      rules: cand.rules,
    };
    if (r.res.status === 'new')
      entities.push({ id: r.id, ...base, compared: comparedWith(cand.name, cand.kind, index.byId.values()) });
    else if (r.res.status === 'ambiguous')
      ambiguous.push({
        id: r.id,
        ...base,
        options: r.res.options.map((o: Match) => ({
          id: o.id,
          name: o.name,
          kind: o.kind,
          match: o.how,
          score: o.score,
        })),
      });
    else {
      const already = citedLines(byId.get(r.id), document.id);
      const fresh = cites.filter((c) => !already.has(c.line));
      if (fresh.length === 0) continue;
      const prev = mentions.get(r.id);
      if (prev) {
        // Two spellings of one entity: one mention with both citations.
        const lines = new Set(prev.cite.map((c) => c.line));
        mentions.set(r.id, {
          ...prev,
          cite: [...prev.cite, ...fresh.filter((c) => !lines.has(c.line))].sort((a, b) => a.line - b.line),
          confidence: Math.max(prev.confidence, r.confidence),
        });
      } else
        mentions.set(r.id, {
          id: r.id,
          as: cand.name,
          match: r.res.match.how,
          cite: fresh,
          confidence: r.confidence,
          rules: cand.rules,
        });
    }
  }

  // Relations of a flagged second spelling stay below the threshold with it.
  const flagged = flagChainSpellings(entities, index.byId.values());

  // Relations between resolved ends, checked against the ontology and the graph.
  const existingRels = new Map(graph.relations.map((r) => [`${r.from}|${r.type}|${r.to}`, r]));
  const relations: ProposedRelation[] = [];
  const seen = new Set<string>();
  for (const rel of ctx.out.relations.values()) {
    const from = endOf(rel.from);
    const to = endOf(rel.to);
    if (!from || !to || from.id === to.id) continue;
    const spec = RELATIONSHIPS[rel.type];
    if (
      !(spec.from as readonly Kind[]).includes(from.kind) ||
      !(spec.to as readonly Kind[]).includes(to.kind)
    )
      continue;
    const key = `${from.id}|${rel.type}|${to.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let cites = rel.cites.map((c) => toCite(document.id, c, doc.lines));
    const existing = existingRels.get(key);
    if (existing) {
      const already = new Set(existing.cite.filter((c) => c.doc === document.id).map((c) => c.line));
      cites = cites.filter((c) => !already.has(c.line));
      if (cites.length === 0) continue;
    }
    relations.push({
      from: from.id,
      type: rel.type,
      to: to.id,
      basis: rel.basis,
      ...(rel.reason ? { reason: rel.reason } : {}),
      ...(rel.role && (rel.type === 'RELIES_ON' || rel.type === 'PART_OF') ? { role: rel.role } : {}),
      cite: cites,
      confidence: Math.min(
        rel.confidence,
        from.confidence,
        to.confidence,
        flagged.has(from.id) || flagged.has(to.id) ? 0.5 : 1,
      ),
      rules: rel.rules,
      ...(existing ? { existing: true } : {}),
    });
  }

  const firstLine = (x: { cite: readonly ProposedCite[] }): number => x.cite[0]?.line ?? 0;
  const proposal: Proposal = {
    document,
    entities: entities.sort((a, b) => firstLine(a) - firstLine(b) || a.id.localeCompare(b.id)),
    ambiguous: ambiguous.sort((a, b) => firstLine(a) - firstLine(b)),
    mentions: [...mentions.values()].sort((a, b) => firstLine(a) - firstLine(b) || a.id.localeCompare(b.id)),
    relations: relations.sort((a, b) => firstLine(a) - firstLine(b) || a.type.localeCompare(b.type)),
  };
  progress(
    `proposal: ${proposal.entities.length} new entities (${proposal.entities.filter((e) => isPlatform(e.kind)).length} platforms, ${proposal.entities.filter((e) => isActor(e.kind)).length} institutions, ${proposal.entities.filter((e) => e.kind === 'chain').length} chains), ${proposal.ambiguous.length} ambiguous, ${proposal.mentions.length} mentions, ${proposal.relations.length} relations`,
  );
  return proposal;
}
