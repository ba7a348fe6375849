/**
 * Reads seed/*.yaml into typed records, checking each record's shape. Every problem names
 * the file and the line of the offending record, so a curator can fix it in place.
 */
import { relative } from 'node:path';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import {
  BASES,
  DESIGNATION_NAMES,
  SECTION_KINDS,
  SEED_FIELDS,
  isKind,
  isRelType,
  KINDS,
  relSpec,
  LEVELS,
  NAME_EN_SOURCES,
  rolesOf,
  STATUSES,
  type Basis,
  type Designation,
  type Level,
  type Status,
} from '../ontology/ontology.js';
import { parseSeedFast } from './fast-yaml.js';
import { readSeedFiles } from './files.js';
import type { Citation, Entity, Mention, Problem, Relation, Section, SeedSet, Where } from './model.js';

const ID_PATTERN = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOP_KEYS = new Set(['entities', 'relations', 'mentions', 'sections']);
// The fields each record may have come from the ontology: one list for validation and docs.
const ENTITY_KEYS: ReadonlySet<string> = new Set(SEED_FIELDS.entity);
const DOCUMENT_KEYS: ReadonlySet<string> = new Set(SEED_FIELDS.document);
const RELATION_KEYS: ReadonlySet<string> = new Set(SEED_FIELDS.relation);
const MENTION_KEYS: ReadonlySet<string> = new Set(SEED_FIELDS.mention);
const CITATION_KEYS: ReadonlySet<string> = new Set(SEED_FIELDS.citation);
const SECTION_KEYS: ReadonlySet<string> = new Set(SEED_FIELDS.section);

type Obj = Record<string, unknown>;

class RecordReader {
  constructor(
    private readonly at: Where,
    private readonly obj: Obj,
    private readonly what: string,
    private readonly problems: Problem[],
    /** Line of each `cite` item, so that a citation's problems point at it (not the record). */
    private readonly citeLines: readonly number[] = [],
  ) {}

  problem(message: string): void {
    this.problems.push({ ...this.at, message: `${this.what}: ${message}` });
  }

  unknownKeys(allowed: ReadonlySet<string>): void {
    for (const k of Object.keys(this.obj)) if (!allowed.has(k)) this.problem(`unknown field "${k}"`);
  }

  str(key: string, required: true): string | undefined;
  str(key: string, required?: false): string | undefined;
  str(key: string, required = false): string | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) {
      if (required) this.problem(`missing "${key}"`);
      return undefined;
    }
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string' || v.trim() === '') {
      this.problem(`"${key}" must be a non-empty string`);
      return undefined;
    }
    return v.trim();
  }

  strList(key: string): string[] {
    const v = this.obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() !== '')) {
      this.problem(`"${key}" must be a list of non-empty strings`);
      return [];
    }
    return v.map((x: string) => x.trim());
  }

  bool(key: string): boolean {
    const v = this.obj[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') {
      this.problem(`"${key}" must be true or false`);
      return false;
    }
    return v;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const v = this.obj[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.problem(`"${key}" must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
      return fallback;
    }
    return v as T;
  }

  citations(): Citation[] {
    const v = this.obj.cite;
    if (!Array.isArray(v) || v.length === 0) {
      this.problem('"cite" must list at least one citation');
      return [];
    }
    const out: Citation[] = [];
    v.forEach((c: unknown, i) => {
      const label = `cite[${i}]`;
      if (typeof c !== 'object' || c === null || Array.isArray(c)) {
        this.problem(`${label} must be a map with doc, line, section`);
        return;
      }
      const co = c as Obj;
      for (const k of Object.keys(co))
        if (!CITATION_KEYS.has(k)) this.problem(`${label}: unknown field "${k}"`);
      const { doc, line, section, span, status, statusWord, level } = co;
      if (typeof doc !== 'string' || doc === '') this.problem(`${label}: missing "doc"`);
      if (typeof line !== 'number' || !Number.isInteger(line) || line < 1)
        this.problem(`${label}: "line" must be a positive integer`);
      if (typeof section !== 'string' || section.trim() === '') this.problem(`${label}: missing "section"`);
      if (span !== undefined && (typeof span !== 'string' || span.trim() === ''))
        this.problem(`${label}: "span" must be a non-empty string`);
      if (statusWord !== undefined && (typeof statusWord !== 'string' || statusWord.trim() === ''))
        this.problem(`${label}: "statusWord" must be a non-empty string`);
      const enumOf = <T extends string>(key: string, v: unknown, allowed: readonly T[]): T | undefined => {
        if (v === undefined) return undefined;
        if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
        this.problem(`${label}: "${key}" must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`);
        return undefined;
      };
      const st = enumOf('status', status, STATUSES);
      const lv = enumOf('level', level, LEVELS);
      if (statusWord !== undefined && status === undefined)
        this.problem(`${label}: "statusWord" needs the "status" it stands for`);
      const citeLine = this.citeLines[i];
      if (typeof doc === 'string' && typeof line === 'number' && typeof section === 'string')
        out.push({
          doc,
          line,
          section: section.trim(),
          ...(typeof span === 'string' ? { span: span.trim() } : {}),
          ...(st === undefined ? {} : { status: st }),
          ...(typeof statusWord === 'string' && statusWord.trim() !== ''
            ? { statusWord: statusWord.trim() }
            : {}),
          ...(lv === undefined ? {} : { level: lv }),
          ...(citeLine === undefined ? {} : { at: { file: this.at.file, line: citeLine } }),
        });
    });
    return out;
  }
}

function readEntity(r: RecordReader, obj: Obj, at: Where): Entity | undefined {
  const kindRaw = obj.kind;
  const isDoc = kindRaw === 'document';
  r.unknownKeys(isDoc ? new Set([...ENTITY_KEYS, ...DOCUMENT_KEYS]) : ENTITY_KEYS);
  const id = r.str('id', true);
  const name = r.str('name', true);
  if (!isKind(kindRaw)) {
    r.problem(
      kindRaw === undefined
        ? 'missing "kind"'
        : `unknown kind ${JSON.stringify(kindRaw)} (allowed: ${Object.keys(KINDS).join(', ')})`,
    );
  }
  if (id !== undefined && !ID_PATTERN.test(id))
    r.problem(`id "${id}" must look like prefix:slug with [a-z0-9-] only`);
  else if (id !== undefined && isKind(kindRaw) && !id.startsWith(`${KINDS[kindRaw].idPrefix}:`))
    r.problem(`id "${id}" must start with "${KINDS[kindRaw].idPrefix}:" for kind ${kindRaw}`);
  const aliases = r.strList('aliases');
  const abbreviations = r.strList('abbreviations');
  const placeholder = r.bool('placeholder');
  const nameEnSource =
    obj.nameEnSource === undefined ? undefined : r.oneOf('nameEnSource', NAME_EN_SOURCES, 'established');
  if (nameEnSource !== undefined && obj.nameEn === undefined) r.problem('"nameEnSource" without "nameEn"');
  const level: Level = r.oneOf('level', LEVELS, 'unknown');
  const status: Status = r.oneOf('status', STATUSES, 'unknown');
  const designations = r.strList('designations').filter((d): d is Designation => {
    if ((DESIGNATION_NAMES as readonly string[]).includes(d)) return true;
    r.problem(`unknown designation "${d}" (known: ${DESIGNATION_NAMES.join(', ')})`);
    return false;
  });
  if (new Set(designations).size < designations.length) r.problem('a designation is listed twice');
  const cite = r.citations();
  const optional = (k: string): Partial<Record<string, string>> => {
    const v = r.str(k);
    return v === undefined ? {} : { [k]: v };
  };
  if (id === undefined || name === undefined || !isKind(kindRaw)) return undefined;
  return {
    id,
    kind: kindRaw,
    name: name.replace(/\s+/g, ''),
    aliases: aliases.map((a) => a.replace(/\s+/g, '')),
    abbreviations,
    placeholder,
    level,
    status,
    ...(designations.length === 0 ? {} : { designations }),
    ...optional('nameEn'),
    ...(nameEnSource === undefined ? {} : { nameEnSource }),
    ...optional('statusWord'),
    ...optional('period'),
    ...optional('note'),
    ...optional('noteEn'),
    ...(isDoc ? { ...optional('file'), ...optional('issuer'), ...optional('date') } : {}),
    ...(isDoc && obj.follows !== undefined ? { follows: r.strList('follows') } : {}),
    cite,
    at,
  };
}

function readRelation(r: RecordReader, obj: Obj, at: Where): Relation | undefined {
  r.unknownKeys(RELATION_KEYS);
  const from = r.str('from', true);
  const to = r.str('to', true);
  const type = obj.type;
  if (!isRelType(type))
    r.problem(type === undefined ? 'missing "type"' : `unknown relationship type ${JSON.stringify(type)}`);
  const basis: Basis = r.oneOf('basis', BASES, 'stated');
  const reason = r.str('reason');
  const reasonEn = r.str('reasonEn');
  const words = r.str('words');
  const role = r.str('role');
  if (isRelType(type)) {
    const roles = rolesOf(type);
    if (role !== undefined && !roles.includes(role))
      r.problem(
        roles.length === 0
          ? `${type} takes no "role" (got "${role}")`
          : `"role" of ${type} must be one of ${roles.join(', ')} (got "${role}")`,
      );
    if (role === undefined && relSpec(type).roleRequired === true)
      r.problem(`${type} needs a "role" (one of ${roles.join(', ')})`);
  }
  if (basis === 'inferred' && (reason === undefined || reasonEn === undefined))
    r.problem('an inferred relationship needs a "reason" (Chinese) and a "reasonEn" (English)');
  if (reason !== undefined && !HAN.test(reason))
    r.problem('"reason" is written in Chinese (put the English in "reasonEn")');
  if (reasonEn !== undefined && reason === undefined) r.problem('"reasonEn" without "reason"');
  if (basis === 'named' && words === undefined)
    r.problem('a named relationship needs "words": the words of the name or heading that state it');
  if (basis !== 'named' && words !== undefined) r.problem('"words" belongs to a named relationship');
  const cite = r.citations();
  if (from === undefined || to === undefined || !isRelType(type)) return undefined;
  return {
    from,
    type,
    to,
    ...(role === undefined ? {} : { role }),
    basis,
    ...(words === undefined ? {} : { words }),
    ...(reason === undefined ? {} : { reason }),
    ...(reasonEn === undefined ? {} : { reasonEn }),
    cite,
    at,
  };
}

/** Chinese text: at least one Han character. */
const HAN = /\p{Script=Han}/u;

function readSection(r: RecordReader, obj: Obj, at: Where): Section | undefined {
  r.unknownKeys(SECTION_KEYS);
  const doc = r.str('doc', true);
  const path = r.str('path', true);
  const label = r.str('label', true);
  const labelEn = r.str('labelEn', true);
  const kind = r.oneOf('kind', SECTION_KINDS, 'section');
  if (obj.kind === undefined) r.problem('missing "kind"');
  const lines = obj.lines;
  const ok =
    Array.isArray(lines) &&
    lines.length === 2 &&
    lines.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 1) &&
    (lines[0] as number) <= (lines[1] as number);
  if (!ok) r.problem('"lines" must be [from, to]: two line numbers, from ≤ to');
  if (doc === undefined || path === undefined || label === undefined || labelEn === undefined || !ok)
    return undefined;
  return {
    doc,
    path,
    kind,
    label,
    labelEn,
    fromLine: lines[0] as number,
    toLine: lines[1] as number,
    at,
  };
}

function readMention(r: RecordReader, at: Where): Mention | undefined {
  r.unknownKeys(MENTION_KEYS);
  const id = r.str('id', true);
  const cite = r.citations();
  return id === undefined ? undefined : { id, cite, at };
}

/** Checks one record of a top-level list and adds it to `into`. */
/** One record of a top-level list, whichever parser read it; `citeLines` place its citations. */
function readRecord(
  key: string,
  i: number,
  obj: unknown,
  at: Where,
  citeLines: readonly number[],
  into: SeedSet,
  problems: Problem[],
): void {
  const what = `${key}[${i}]`;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    problems.push({ ...at, message: `${what}: must be a map` });
    return;
  }
  const o = obj as Obj;
  const label =
    typeof o.id === 'string'
      ? `${what} ${o.id}`
      : typeof o.path === 'string'
        ? `${what} ${String(o.doc)} ${o.path}`
        : typeof o.from === 'string'
          ? `${what} ${o.from} ${String(o.type)} ${String(o.to)}`
          : what;
  const r = new RecordReader(at, o, label, problems, citeLines);
  if (key === 'entities') {
    const e = readEntity(r, o, at);
    if (e) into.entities.push(e);
  } else if (key === 'relations') {
    const rel = readRelation(r, o, at);
    if (rel) into.relations.push(rel);
  } else if (key === 'sections') {
    const sec = readSection(r, o, at);
    if (sec) into.sections.push(sec);
  } else {
    const m = readMention(r, at);
    if (m) into.mentions.push(m);
  }
}

/** Reads one YAML text; `file` is the name used in problems (relative to the repo). */
export function readSeedText(text: string, file: string, into: SeedSet, problems: Problem[]): void {
  // Well-formed files take the fast parser; anything unusual is read below, as before.
  const fast = parseSeedFast(text, TOP_KEYS);
  if (fast) {
    for (const { key, records } of fast)
      records.forEach((rec, i) => {
        readRecord(key, i, rec.value, { file, line: rec.line }, rec.citeLines, into, problems);
      });
    return;
  }
  const lineCounter = new LineCounter();
  // Merge keys (`<<: *base`) are part of YAML as curators know it; anchors and aliases resolve below.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, merge: true });
  // Warnings are problems too: an unknown tag (`!foo`) would otherwise be dropped silently.
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    for (const e of yamlProblems)
      problems.push({
        file,
        line: e.linePos?.[0]?.line ?? 1,
        message:
          e.code === 'TAG_RESOLVE_FAILED'
            ? `YAML: ${(e.message.split('\n')[0] ?? '').replace('Unresolved tag', 'unknown tag').replace(/ at line \d+, column \d+:?$/, '')} (seed files use plain YAML values, no tags)`
            : `YAML: ${e.message.split('\n')[0] ?? ''}`,
      });
    return;
  }
  if (doc.contents === null) return;
  if (!isMap(doc.contents)) {
    problems.push({
      file,
      line: 1,
      message: 'a seed file must be a map with entities, relations, mentions or sections',
    });
    return;
  }
  const lineOf = (n: YamlNode | null | undefined): number =>
    n?.range ? lineCounter.linePos(n.range[0]).line : 1;
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '?';
    const keyLine = lineOf(keyNode);
    if (!TOP_KEYS.has(key)) {
      problems.push({
        file,
        line: keyLine,
        message: `unknown top-level key "${key}" (expected entities, relations, mentions, sections)`,
      });
      continue;
    }
    if (pair.value === null) continue;
    if (!isSeq(pair.value)) {
      problems.push({ file, line: keyLine, message: `"${key}" must be a list` });
      continue;
    }
    pair.value.items.forEach((item, i) => {
      const at: Where = { file, line: lineOf(item) };
      const resolved = toPlain(item, doc);
      if ('error' in resolved) {
        problems.push({ ...at, message: `${key}[${i}]: ${resolved.error}` });
        return;
      }
      readRecord(key, i, resolved.value, at, citeLines(item, doc, lineOf), into, problems);
    });
  }
}

/** Reads every seed file under `dir` (see files.ts); file names in problems are relative to `base`. */
export function readSeedDir(
  dir: string,
  base: string,
  limits: { file?: number; total?: number } = {},
): { set: SeedSet; problems: Problem[] } {
  const set: SeedSet = { entities: [], relations: [], mentions: [], sections: [] };
  const { files, problems } = readSeedFiles(dir, base, limits);
  for (const f of files) readSeedText(f.text, relative(base, f.path), set, problems);
  return { set, problems };
}

/** An alias bomb (aliases of aliases) stops here instead of growing without bound. */
const MAX_ALIAS_COUNT = 100;

/** A record as plain data, aliases and merge keys resolved. */
function toPlain(node: YamlNode | null, doc: Document): { value: unknown } | { error: string } {
  try {
    return { value: node?.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    return { error: `YAML: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The line of each item of a record's `cite` list (through an alias, the anchor's lines). */
function citeLines(
  item: YamlNode | null,
  doc: Document,
  lineOf: (n: YamlNode | null | undefined) => number,
): number[] {
  const deref = (n: unknown): unknown =>
    n && typeof n === 'object' && 'resolve' in n ? (n as { resolve(d: Document): unknown }).resolve(doc) : n;
  const record = deref(item);
  if (!isMap(record)) return [];
  const cite = deref(record.get('cite', true));
  return isSeq(cite) ? cite.items.map((c) => lineOf(deref(c) as YamlNode)) : [];
}
