/**
 * A proposal: what `innograph ingest` found in one document, in the seed's format (entities,
 * relations, mentions, citations) plus what a reviewer needs: a confidence and the rules behind
 * each item, ambiguous matches with their options, and the document it came from.
 * `innograph review` reads it back, checking its shape with clear messages.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Document, isMap, isScalar, isSeq, parse, visit } from 'yaml';
import { UserError } from '../errors.js';
import {
  BASES,
  LEVELS,
  STATUSES,
  isKind,
  isRelType,
  type Basis,
  type Kind,
  type Level,
  type RelType,
  type Status,
} from '../ontology/ontology.js';
import type { MatchKind } from './resolve.js';

export interface ProposedCite {
  readonly doc: string;
  readonly line: number;
  readonly section: string;
  readonly span?: string;
  /**
   * This document's status word for the entity on this line, and what it means: written into
   * seed/ once the seed format has per-citation status (SEED_FIELDS.citation).
   */
  readonly statusWord?: string;
  readonly status?: Status;
}

export interface ProposedEntity {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly level: Level;
  readonly status: Status;
  readonly statusWord?: string;
  readonly note?: string;
  /** The existing entity this new one was compared with, and why it is not that one. */
  readonly compared?: string;
  readonly cite: readonly ProposedCite[];
  readonly confidence: number;
  readonly rules: readonly string[];
}

export interface ProposedMention {
  readonly id: string;
  /** The name as this document writes it, and how it was matched to the entity. */
  readonly as: string;
  readonly match: MatchKind;
  readonly cite: readonly ProposedCite[];
  readonly confidence: number;
  readonly rules: readonly string[];
}

export interface Option {
  readonly id: string;
  readonly name: string;
  readonly kind: Kind;
  readonly match: MatchKind;
  readonly score: number;
}

/** A candidate that may be one of several existing entities, or a new one (its `id`). */
export interface ProposedAmbiguous extends ProposedEntity {
  readonly options: readonly Option[];
}

export interface ProposedRelation {
  readonly from: string;
  readonly type: RelType;
  readonly to: string;
  readonly basis: Basis;
  readonly reason?: string;
  readonly role?: string;
  readonly cite: readonly ProposedCite[];
  readonly confidence: number;
  readonly rules: readonly string[];
  /** The relation is already in the graph; accepting adds this document's citation to it. */
  readonly existing?: boolean;
}

export interface ProposedDocument {
  /** Document id without `doc:`. */
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly date?: string;
  readonly issuer?: string;
  /** True when the graph has no document with this file yet. */
  readonly new: boolean;
  /** Where the file was read, so that review can find a document not yet in the sources folder. */
  readonly path?: string;
  readonly titleLine?: number;
  readonly lines: number;
  readonly sha256: string;
}

export interface Proposal {
  readonly document: ProposedDocument;
  readonly entities: readonly ProposedEntity[];
  readonly ambiguous: readonly ProposedAmbiguous[];
  readonly mentions: readonly ProposedMention[];
  readonly relations: readonly ProposedRelation[];
}

const round = (n: number): number => Math.round(n * 100) / 100;

const HEADER = (p: Proposal): string =>
  [
    `# Proposal from innograph ingest: ${p.document.title} (${p.document.file}, ${p.document.lines} lines).`,
    `# ${p.entities.length} new entities, ${p.ambiguous.length} ambiguous, ${p.mentions.length} mentions of existing entities, ${p.relations.length} relations.`,
    `# Review with: innograph review <this file>   (or --accept-all-above 0.6)`,
    '',
  ].join('\n');

/** The proposal as YAML, citations in flow style like seed/. */
export function proposalYaml(p: Proposal): string {
  const data = {
    document: p.document,
    entities: p.entities.map((e) => ({ ...e, confidence: round(e.confidence) })),
    ambiguous: p.ambiguous.map((e) => ({
      ...e,
      confidence: round(e.confidence),
      options: e.options.map((o) => ({ ...o, score: round(o.score) })),
    })),
    mentions: p.mentions.map((m) => ({ ...m, confidence: round(m.confidence) })),
    relations: p.relations.map((r) => ({ ...r, confidence: round(r.confidence) })),
  };
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if ((key === 'cite' || key === 'options') && isSeq(pair.value))
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      if ((key === 'rules' || key === 'aliases') && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return HEADER(p) + doc.toString({ lineWidth: 0 });
}

export function writeProposal(path: string, p: Proposal): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, proposalYaml(p));
}

// Reading back: every shape problem names the item, so a hand-edited proposal is easy to fix.
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
  constructor(private readonly file: string) {}
  fail(where: string, msg: string): never {
    throw new UserError(`${this.file}: ${where}: ${msg}`);
  }
  str(o: Obj, k: string, where: string): string {
    const v = o[k];
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string' || v.trim() === '') this.fail(where, `"${k}" must be a non-empty string`);
    return v.trim();
  }
  optStr(o: Obj, k: string, where: string): string | undefined {
    return o[k] === undefined || o[k] === null ? undefined : this.str(o, k, where);
  }
  num(o: Obj, k: string, where: string): number {
    const v = o[k];
    if (typeof v !== 'number' || Number.isNaN(v)) this.fail(where, `"${k}" must be a number`);
    return v;
  }
  list(o: Obj, k: string, where: string): unknown[] {
    const v = o[k];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(where, `"${k}" must be a list`);
    return v;
  }
  strs(o: Obj, k: string, where: string): string[] {
    return this.list(o, k, where).map((x, i) => {
      if (typeof x !== 'string') this.fail(where, `${k}[${i}] must be a string`);
      return x;
    });
  }
  oneOf<T extends string>(o: Obj, k: string, allowed: readonly T[], where: string, fallback?: T): T {
    const v = o[k];
    if ((v === undefined || v === null) && fallback !== undefined) return fallback;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
      this.fail(where, `"${k}" must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
    return v as T;
  }
  kind(o: Obj, where: string): Kind {
    const v = o.kind;
    if (!isKind(v)) this.fail(where, `unknown kind ${JSON.stringify(v)}`);
    return v;
  }
  cites(o: Obj, where: string): ProposedCite[] {
    const list = this.list(o, 'cite', where);
    if (list.length === 0) this.fail(where, '"cite" must list at least one citation');
    return list.map((c, i) => {
      const w = `${where} cite[${i}]`;
      if (!isObj(c)) this.fail(w, 'must be a map with doc, line, section');
      const line = this.num(c, 'line', w);
      if (!Number.isInteger(line) || line < 1) this.fail(w, '"line" must be a positive integer');
      const span = this.optStr(c, 'span', w);
      const statusWord = this.optStr(c, 'statusWord', w);
      const status = c.status === undefined ? undefined : this.oneOf(c, 'status', STATUSES, w);
      return {
        doc: this.str(c, 'doc', w),
        line,
        section: this.str(c, 'section', w),
        ...(span ? { span } : {}),
        ...(statusWord ? { statusWord } : {}),
        ...(status ? { status } : {}),
      };
    });
  }
  entity(o: unknown, where: string): ProposedEntity {
    if (!isObj(o)) this.fail(where, 'must be a map');
    const aliases = this.strs(o, 'aliases', where);
    const statusWord = this.optStr(o, 'statusWord', where);
    const note = this.optStr(o, 'note', where);
    const compared = this.optStr(o, 'compared', where);
    return {
      id: this.str(o, 'id', where),
      kind: this.kind(o, where),
      name: this.str(o, 'name', where),
      ...(aliases.length > 0 ? { aliases } : {}),
      level: this.oneOf(o, 'level', LEVELS, where, 'unknown'),
      status: this.oneOf(o, 'status', STATUSES, where, 'unknown'),
      ...(statusWord ? { statusWord } : {}),
      ...(note ? { note } : {}),
      ...(compared ? { compared } : {}),
      cite: this.cites(o, where),
      confidence: this.num(o, 'confidence', where),
      rules: this.strs(o, 'rules', where),
    };
  }
}

/** Parses a proposal file; a UserError names the file, the item and the problem. */
export function readProposal(path: string): Proposal {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new UserError(`${path}: not valid YAML: ${(err as Error).message.split('\n')[0] ?? ''}`);
  }
  const r: Reader = new Reader(path);
  if (!isObj(raw))
    r.fail('top level', 'a proposal is a map with document, entities, ambiguous, mentions, relations');
  const d = raw.document;
  if (!isObj(d)) r.fail('document', 'missing');
  const titleLine = d.titleLine;
  const date = r.optStr(d, 'date', 'document');
  const issuer = r.optStr(d, 'issuer', 'document');
  const document: ProposedDocument = {
    id: r.str(d, 'id', 'document'),
    file: r.str(d, 'file', 'document'),
    title: r.str(d, 'title', 'document'),
    ...(date ? { date } : {}),
    ...(issuer ? { issuer } : {}),
    new: d.new === true,
    ...(typeof d.path === 'string' ? { path: d.path } : {}),
    ...(typeof titleLine === 'number' ? { titleLine } : {}),
    lines: r.num(d, 'lines', 'document'),
    sha256: r.str(d, 'sha256', 'document'),
  };
  const entities = r.list(raw, 'entities', 'top level').map((o, i) => r.entity(o, `entities[${i}]`));
  const ambiguous = r.list(raw, 'ambiguous', 'top level').map((o, i): ProposedAmbiguous => {
    const where = `ambiguous[${i}]`;
    const e = r.entity(o, where);
    const options = r.list(o as Obj, 'options', where).map((x, j): Option => {
      const w = `${where} options[${j}]`;
      if (!isObj(x)) r.fail(w, 'must be a map');
      return {
        id: r.str(x, 'id', w),
        name: r.str(x, 'name', w),
        kind: r.kind(x, w),
        match: r.oneOf(x, 'match', ['name', 'alias', 'abbreviation', 'near'] as const, w),
        score: r.num(x, 'score', w),
      };
    });
    return { ...e, options };
  });
  const mentions = r.list(raw, 'mentions', 'top level').map((o, i): ProposedMention => {
    const where = `mentions[${i}]`;
    if (!isObj(o)) r.fail(where, 'must be a map');
    return {
      id: r.str(o, 'id', where),
      as: r.str(o, 'as', where),
      match: r.oneOf(o, 'match', ['name', 'alias', 'abbreviation', 'near'] as const, where),
      cite: r.cites(o, where),
      confidence: r.num(o, 'confidence', where),
      rules: r.strs(o, 'rules', where),
    };
  });
  const relations = r.list(raw, 'relations', 'top level').map((o, i): ProposedRelation => {
    const where = `relations[${i}]`;
    if (!isObj(o)) r.fail(where, 'must be a map');
    const type = o.type;
    if (!isRelType(type)) r.fail(where, `unknown relationship type ${JSON.stringify(type)}`);
    const reason = r.optStr(o, 'reason', where);
    const role = r.optStr(o, 'role', where);
    return {
      from: r.str(o, 'from', where),
      type,
      to: r.str(o, 'to', where),
      basis: r.oneOf(o, 'basis', BASES, where, 'stated'),
      ...(reason ? { reason } : {}),
      ...(role ? { role } : {}),
      cite: r.cites(o, where),
      confidence: r.num(o, 'confidence', where),
      rules: r.strs(o, 'rules', where),
      ...(o.existing === true ? { existing: true } : {}),
    };
  });
  return { document, entities, ambiguous, mentions, relations };
}
