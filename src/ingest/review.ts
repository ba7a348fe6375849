/**
 * Turning reviewed proposal items into seed records, and writing them into seed/ all at once:
 * every touched file is remembered first, the validator runs over the result, and any problem
 * restores every file, so a review never leaves seed/ half-written.
 *
 * Records are written in today's seed format; fields the format does not know yet (a status word
 * on a citation, a relation's role) are kept only when SEED_FIELDS lists them, so that they
 * appear by themselves once the format grows them.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, visit, YAMLMap } from 'yaml';
import { UserError } from '../errors.js';
import { SEED_FIELDS, type Kind } from '../ontology/ontology.js';
import { checkSeed } from '../seed/index.js';
import type { Citation, Entity, Graph, Problem, Relation, Section } from '../seed/model.js';
import { readSeedDir } from '../seed/read.js';
import { listSeedFiles } from '../seed/files.js';
import { withFacts } from '../semantics/document-facts.js';
import { squash } from '../seed/sources.js';
import { decodeText, splitLines } from './document.js';
import type {
  Proposal,
  ProposedAmbiguous,
  ProposedCite,
  ProposedEntity,
  ProposedMention,
  ProposedRelation,
} from './proposal.js';

/** What the reviewer kept: entities (maybe edited), chosen options, mentions, relations. */
export interface Accepted {
  readonly entities: readonly ProposedEntity[];
  /** Ambiguous items resolved to an existing entity: provisional id → chosen id. */
  readonly chosen: ReadonlyMap<string, string>;
  readonly mentions: readonly ProposedMention[];
  readonly relations: readonly ProposedRelation[];
}

/** Seed file of each kind, as the curators name them; a kind not listed gets its name plus s. */
const KIND_FILES: Partial<Record<Kind, string>> = {
  laboratory: 'laboratories',
  innovation_centre: 'innovation-centres',
  clinical_centre: 'clinical-centres',
  research_centre: 'research-centres',
  infrastructure: 'infrastructures',
  innovation_institute: 'innovation-institutes',
  pilot_base: 'pilot-bases',
  zone: 'zones',
  university: 'universities',
  research_institute: 'research-institutes',
  hospital: 'hospitals',
  enterprise: 'enterprises',
  government: 'government',
  alliance: 'alliances',
  chain: 'chains',
  direction: 'directions',
  field: 'fields',
  topic: 'topics',
  region: 'regions',
  document: 'documents',
};

export const kindFile = (kind: Kind): string => {
  const base = kind.replace(/_/g, '-');
  return KIND_FILES[kind] ?? (base.endsWith('y') ? `${base.slice(0, -1)}ies` : `${base}s`);
};

type Row = Record<string, unknown>;

const keep = (fields: readonly string[], row: Row): Row =>
  Object.fromEntries(Object.entries(row).filter(([k, v]) => fields.includes(k) && v !== undefined));

const citeRow = (c: ProposedCite): Row => keep(SEED_FIELDS.citation, { ...c });

export function entityRow(e: ProposedEntity): Row {
  return keep(SEED_FIELDS.entity, {
    id: e.id,
    kind: e.kind,
    name: e.name,
    ...(e.aliases && e.aliases.length > 0 ? { aliases: [...e.aliases] } : {}),
    level: e.level,
    status: e.status,
    statusWord: e.statusWord,
    // The ingester's notes are in English; a curator writes the Chinese `note`.
    noteEn: e.note,
    cite: e.cite.map(citeRow),
  });
}

export function relationRow(r: ProposedRelation, ids: (id: string) => string): Row {
  return keep(SEED_FIELDS.relation, {
    from: ids(r.from),
    type: r.type,
    to: ids(r.to),
    // The seed wants a Chinese reason and its English (reasonEn); the rules write English.
    ...(r.basis === 'inferred'
      ? /\p{Script=Han}/u.test(r.reason ?? '')
        ? { basis: 'inferred', reason: r.reason, reasonEn: r.reason }
        : {
            basis: 'inferred',
            reason: '由 innograph ingest 的规则推断（理由见 reasonEn）',
            reasonEn: r.reason ?? 'inferred by innograph ingest',
          }
      : {}),
    role: r.role,
    cite: r.cite.map(citeRow),
  });
}

/** The seed records of the document itself, when it is new: cited at the line that holds its title. */
export function documentRow(p: Proposal, lines: readonly string[]): Row {
  const d = p.document;
  const title = squash(d.title);
  const at = lines.findIndex((l) => squash(l).includes(title));
  const line = at !== -1 ? at + 1 : d.titleLine;
  if (line === undefined)
    throw new UserError(
      `the title "${d.title}" appears in no line of ${d.file}; ingest again with a --title the document writes (the citation of a document must show its name)`,
    );
  // A title given by hand that the text writes otherwise keeps the text's form as an alias.
  const aliases = at === -1 ? [squash(lines[line - 1] ?? '')] : [];
  return {
    id: `doc:${d.id}`,
    kind: 'document',
    name: d.title,
    ...(aliases.length > 0 ? { aliases } : {}),
    file: d.file,
    ...(d.issuer ? { issuer: d.issuer } : {}),
    ...(d.date ? { date: d.date } : {}),
    cite: [{ doc: d.id, line, section: 'title' }],
  };
}

interface Snapshot {
  readonly path: string;
  readonly before: string | undefined;
}

/** Files written by one review, restorable as one. */
class Transaction {
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly dirs: string[] = [];

  private remember(path: string): void {
    if (this.snapshots.has(path)) return;
    this.snapshots.set(path, { path, before: existsSync(path) ? readFileSync(path, 'utf8') : undefined });
  }

  write(path: string, text: string): void {
    this.remember(path);
    const dir = dirname(path);
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.push(dir);
    }
    writeFileSync(path, text);
  }

  copy(from: string, to: string): void {
    this.remember(to);
    copyFileSync(from, to);
  }

  read(path: string): string | undefined {
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }

  rollback(): void {
    for (const s of this.snapshots.values()) {
      if (s.before === undefined) rmSync(s.path, { force: true });
      else writeFileSync(s.path, s.before);
    }
    for (const d of this.dirs.reverse()) rmSync(d, { recursive: true, force: true });
  }

  get paths(): string[] {
    return [...this.snapshots.keys()];
  }
}

/** Appends rows to the list `key` of a seed file, keeping what the file holds (comments too). */
function appendRows(
  tx: Transaction,
  path: string,
  key: 'entities' | 'relations' | 'mentions',
  rows: Row[],
  header: string,
): void {
  if (rows.length === 0) return;
  const text = tx.read(path);
  const doc = text === undefined ? new Document({}) : parseDocument(text);
  if (text === undefined) doc.commentBefore = ` ${header}`;
  if (doc.errors.length > 0)
    throw new UserError(`${path}: not valid YAML, fix it before a review writes to it`);
  const map: YAMLMap = isMap(doc.contents) ? doc.contents : new YAMLMap();
  doc.contents = map;
  if (!isSeq(map.get(key, true))) map.set(key, doc.createNode([]));
  const seq = map.get(key, true);
  if (!isSeq(seq)) return;
  for (const row of rows) seq.items.push(doc.createNode(row));
  // Citations as one line each, like the curators write them.
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'cite' && isSeq(pair.value))
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      if (isScalar(pair.key) && pair.key.value === 'aliases' && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  tx.write(path, doc.toString({ lineWidth: 0 }));
}

/**
 * Adds `alias` to an existing entity's aliases, so that the lines citing it under a new form
 * (an abbreviation, a variant) name it: the validator checks that a cited line holds a name.
 */
function addAlias(
  tx: Transaction,
  seedDir: string,
  id: string,
  alias: string,
  opts: { onlyIfUnnamed?: boolean } = {},
): boolean {
  for (const path of listSeedFiles(seedDir).files) {
    const text = tx.read(path);
    if (text === undefined || !text.includes(id)) continue;
    const doc = parseDocument(text);
    const list = isMap(doc.contents) ? doc.contents.get('entities', true) : undefined;
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item) || item.get('id') !== id) continue;
      const names = [
        item.get('name'),
        ...(isSeq(item.get('aliases', true)) ? (item.get('aliases') as { items: unknown[] }).items : []),
      ];
      const known = names.map((n) => squash(isScalar(n) ? String(n.value) : String(n)));
      if (known.includes(alias)) return true;
      // A cited form that already holds the name or an alias names the entity as it is.
      if (opts.onlyIfUnnamed && known.some((n) => n !== '' && alias.includes(n))) return true;
      let aliases = item.get('aliases', true);
      if (!isSeq(aliases)) {
        item.set('aliases', doc.createNode([]));
        aliases = item.get('aliases', true);
      }
      if (!isSeq(aliases)) return false;
      aliases.flow = true;
      aliases.items.push(doc.createNode(alias));
      tx.write(path, doc.toString({ lineWidth: 0 }));
      return true;
    }
  }
  return false;
}

/** Adds this document's citations to a relation already in a seed file. */
function addRelationCites(tx: Transaction, seedDir: string, r: ProposedRelation): boolean {
  for (const path of listSeedFiles(seedDir).files) {
    const text = tx.read(path);
    if (text === undefined || !text.includes(r.from) || !text.includes(r.to)) continue;
    const doc = parseDocument(text);
    const rels = isMap(doc.contents) ? doc.contents.get('relations', true) : undefined;
    if (!isSeq(rels)) continue;
    for (const item of rels.items) {
      if (!isMap(item)) continue;
      if (item.get('from') !== r.from || item.get('type') !== r.type || item.get('to') !== r.to) continue;
      const cite = item.get('cite', true);
      if (!isSeq(cite)) continue;
      for (const c of r.cite) {
        const node = doc.createNode(citeRow(c));
        if (isMap(node)) node.flow = true;
        cite.items.push(node);
      }
      tx.write(path, doc.toString({ lineWidth: 0 }));
      return true;
    }
  }
  return false;
}

export interface WriteOptions {
  readonly seedDir: string;
  /** Validate, then restore everything. */
  readonly dryRun?: boolean;
  readonly sourcesDir: string;
  /** Where the document file is now (for copying a new document into the sources folder). */
  readonly documentPath?: string;
  readonly proposalFile?: string;
}

export interface WriteResult {
  readonly ok: boolean;
  readonly problems: readonly Problem[];
  readonly files: readonly string[];
  readonly counts: { entities: number; mentions: number; relations: number; citations: number };
}

/** Reads the document's lines from the sources folder (or from where it was ingested). */
function documentLines(
  p: Proposal,
  opts: WriteOptions,
): { lines: string[]; path: string; inSources: boolean } {
  const inSources = join(opts.sourcesDir, p.document.file);
  const path = existsSync(inSources) ? inSources : opts.documentPath;
  if (!path || !existsSync(path))
    throw new UserError(
      `${p.document.file} is neither in ${opts.sourcesDir} nor given with --document; the validator needs the source text`,
    );
  const lines = splitLines(decodeText(readFileSync(path), path));
  return { lines, path, inSources: path === inSources };
}

/**
 * Writes the accepted items into `seedDir` and validates the result. On any problem, every file
 * is restored and the problems are returned; nothing stays half-written.
 */
/**
 * A document whose structure the seed curates (seed/<doc>/sections.yaml) is cited by its curated
 * sections: each citation takes the innermost curated section holding its line, whatever section
 * ingest guessed from the headings it saw. A document without curated sections keeps ingest's.
 */
export function withCuratedSections(accepted: Accepted, sections: readonly Section[]): Accepted {
  const byDoc = new Map<string, Section[]>();
  for (const s of sections) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  const innermost = (c: ProposedCite): ProposedCite => {
    const holding = (byDoc.get(c.doc) ?? []).filter((s) => s.fromLine <= c.line && c.line <= s.toLine);
    const best = holding.sort((a, b) => a.toLine - a.fromLine - (b.toLine - b.fromLine))[0];
    return best ? { ...c, section: best.path } : c;
  };
  return {
    ...accepted,
    entities: accepted.entities.map((e) => ({ ...e, cite: e.cite.map(innermost) })),
    mentions: accepted.mentions.map((m) => ({ ...m, cite: m.cite.map(innermost) })),
    relations: accepted.relations.map((r) => ({ ...r, cite: r.cite.map(innermost) })),
  };
}

export function writeAccepted(p: Proposal, given: Accepted, opts: WriteOptions): WriteResult {
  // A proposal is a file a person can edit: its document's file and id become paths below the
  // sources and seed folders, so each must be one plain name, never a way out of them.
  for (const [what, name] of [
    ['document.file', p.document.file],
    ['document.id', p.document.id],
  ] as const)
    if (name === '' || name === '.' || name === '..' || basename(name) !== name || /[\\/\0]/.test(name))
      throw new UserError(
        `the proposal's ${what} "${name.slice(0, 100)}" is not a plain ${what === 'document.file' ? 'file' : 'folder'} name; was the proposal edited? Ingest the document again`,
      );
  const accepted = withCuratedSections(given, readSeedDir(opts.seedDir, dirname(opts.seedDir)).set.sections);
  const tx = new Transaction();
  const docDir = join(opts.seedDir, p.document.id);
  const header = `Added by innograph review${opts.proposalFile ? ` from ${basename(opts.proposalFile)}` : ''}: ${p.document.title}.`;
  const ids = (id: string): string => accepted.chosen.get(id) ?? id;
  let citations = 0;
  try {
    const { lines, path, inSources } = documentLines(p, opts);
    if (p.document.new) {
      if (!inSources) {
        mkdirSync(opts.sourcesDir, { recursive: true });
        tx.copy(path, join(opts.sourcesDir, p.document.file));
      }
      appendRows(tx, join(opts.seedDir, 'documents.yaml'), 'entities', [documentRow(p, lines)], header);
    }
    const byKind = new Map<Kind, Row[]>();
    for (const e of accepted.entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), entityRow(e)]);
    for (const [kind, rows] of byKind)
      appendRows(tx, join(docDir, `${kindFile(kind)}.yaml`), 'entities', rows, header);
    // Mentions: ambiguous items resolved to an existing entity become mentions too.
    const mentionRows: Row[] = accepted.mentions.map((m) => ({ id: m.id, cite: m.cite.map(citeRow) }));
    appendRows(tx, join(docDir, 'mentions.yaml'), 'mentions', mentionRows, header);
    // A mention under a new form (abbreviation, variant) makes that form an alias of the entity.
    for (const m of accepted.mentions)
      if (m.match === 'abbreviation' || m.match === 'near') addAlias(tx, opts.seedDir, m.id, squash(m.as));
    // A line may write another form than the mention's (大工 on one line, 大连理工大学 on another):
    // a cited form that holds neither the name nor an alias becomes an alias too, so that the
    // validator finds a name on every cited line.
    for (const m of accepted.mentions)
      for (const c of m.cite)
        if (c.span && Array.from(c.span).length <= 16 && squash(c.span) !== squash(m.as))
          addAlias(tx, opts.seedDir, m.id, squash(c.span), { onlyIfUnnamed: true });
    const fresh = accepted.relations.filter((r) => !r.existing);
    appendRows(
      tx,
      join(docDir, 'relations.yaml'),
      'relations',
      fresh.map((r) => relationRow(r, ids)),
      header,
    );
    for (const r of accepted.relations.filter((x) => x.existing))
      if (addRelationCites(tx, opts.seedDir, { ...r, from: ids(r.from), to: ids(r.to) }))
        citations += r.cite.length;
  } catch (err) {
    tx.rollback();
    throw err;
  }
  const { graph, problems } = checkSeed(opts.seedDir, opts.sourcesDir);
  const files = tx.paths.map((f) => relative(resolve(opts.seedDir, '..'), f));
  if (!graph) {
    tx.rollback();
    return { ok: false, problems, files, counts: { entities: 0, mentions: 0, relations: 0, citations: 0 } };
  }
  if (opts.dryRun) tx.rollback();
  return {
    ok: true,
    problems: [],
    files,
    counts: {
      entities: accepted.entities.length,
      mentions: accepted.mentions.length,
      relations: accepted.relations.filter((r) => !r.existing).length,
      citations,
    },
  };
}

/** The provisional ids of ambiguous items, so relations through them can follow the choice. */
export const ambiguousIds = (p: Proposal): Map<string, ProposedAmbiguous> =>
  new Map(p.ambiguous.map((a) => [a.id, a]));

/**
 * The graph as it would be after writing `accepted`, without touching files: for checking
 * that a second ingest of the same document proposes nothing again (the benchmark does this).
 */
export function applyToGraph(graph: Graph, p: Proposal, accepted: Accepted): Graph {
  const at = { file: 'proposal', line: 0 };
  const ids = (id: string): string => accepted.chosen.get(id) ?? id;
  const cites = (cs: readonly ProposedCite[]): Citation[] =>
    cs.map((c) => ({ doc: c.doc, line: c.line, section: c.section, ...(c.span ? { span: c.span } : {}) }));
  const entities = new Map<string, Entity>(graph.entities.map((e) => [e.id, e]));
  const none = { abbreviations: [], placeholder: false } as const;
  if (p.document.new && !entities.has(`doc:${p.document.id}`))
    entities.set(`doc:${p.document.id}`, {
      id: `doc:${p.document.id}`,
      kind: 'document',
      name: p.document.title,
      aliases: [],
      ...none,
      level: 'unknown',
      status: 'unknown',
      file: p.document.file,
      cite: [],
      at,
    });
  for (const e of accepted.entities)
    entities.set(e.id, {
      id: e.id,
      kind: e.kind,
      name: squash(e.name),
      aliases: (e.aliases ?? []).map(squash),
      ...none,
      level: e.level,
      status: e.status,
      ...(e.statusWord ? { statusWord: e.statusWord } : {}),
      cite: cites(e.cite),
      at,
    });
  for (const m of accepted.mentions) {
    const e = entities.get(m.id);
    if (!e) continue;
    const alias = squash(m.as);
    const named = [e.name, ...e.aliases].includes(alias);
    entities.set(m.id, {
      ...e,
      aliases: named ? e.aliases : [...e.aliases, alias],
      cite: [...e.cite, ...cites(m.cite)],
    });
  }
  const relations = new Map<string, Relation>(graph.relations.map((r) => [`${r.from}|${r.type}|${r.to}`, r]));
  for (const r of accepted.relations) {
    const key = `${ids(r.from)}|${r.type}|${ids(r.to)}`;
    const prev = relations.get(key);
    if (prev) relations.set(key, { ...prev, cite: [...prev.cite, ...cites(r.cite)] });
    else
      relations.set(key, {
        from: ids(r.from),
        type: r.type,
        to: ids(r.to),
        basis: r.basis,
        ...(r.reason ? { reason: r.reason } : {}),
        cite: cites(r.cite),
        at,
      });
  }
  // Mentions are folded into the records above: each entity's facts come from its record.
  const graphEntities = [...entities.values()].map((e) => withFacts({ ...e, mentionCite: [] }));
  return { entities: graphEntities, relations: [...relations.values()] };
}
