/**
 * What the rules propose before resolution: entity candidates keyed by their normalised name,
 * and relation candidates between those keys. The same name proposed twice is one candidate
 * with both citations.
 */
import type { Basis, Kind, Level, RelType, Status } from '../ontology/ontology.js';
import { nameKey, type CiteCandidate } from './text.js';

export interface EntityCandidate {
  readonly key: string;
  name: string;
  kind: Kind;
  aliases: string[];
  level: Level;
  status: Status;
  statusWord?: string;
  note?: string;
  cites: CiteCandidate[];
  confidence: number;
  rules: string[];
  /** A category (一批重点实验室), not a name: proposed with a low confidence. */
  generic: boolean;
  /** Named only by its field (在A、B等领域建设国家技术创新中心): dropped when a full name contains it. */
  bare: boolean;
  /** The existing entity this text names, when a rule already knows it (known-names). */
  known?: string;
}

export interface RelationCandidate {
  readonly from: string;
  readonly type: RelType;
  readonly to: string;
  basis: Basis;
  reason?: string;
  role?: string;
  cites: CiteCandidate[];
  confidence: number;
  rules: string[];
}

export interface EntityInput {
  readonly name: string;
  readonly kind: Kind;
  readonly cite: CiteCandidate;
  readonly confidence: number;
  readonly rule: string;
  readonly level?: Level;
  readonly status?: Status;
  readonly statusWord?: string;
  readonly note?: string;
  readonly alias?: string;
  readonly generic?: boolean;
  readonly bare?: boolean;
  readonly known?: string;
}

export interface RelationInput {
  readonly from: string;
  readonly type: RelType;
  readonly to: string;
  readonly cite: CiteCandidate;
  readonly confidence: number;
  readonly rule: string;
  readonly basis?: Basis;
  readonly reason?: string;
  readonly role?: string;
}

const byLine = (a: CiteCandidate, b: CiteCandidate): number => a.line - b.line;

export class Candidates {
  readonly entities = new Map<string, EntityCandidate>();
  readonly relations = new Map<string, RelationCandidate>();

  /** Adds or merges an entity candidate; returns its key for relations. */
  entity(input: EntityInput): string {
    const key = nameKey(input.name);
    const prev = this.entities.get(key);
    if (!prev) {
      this.entities.set(key, {
        key,
        name: input.name,
        kind: input.kind,
        aliases: input.alias ? [input.alias] : [],
        level: input.level ?? 'unknown',
        status: input.status ?? 'unknown',
        ...(input.statusWord ? { statusWord: input.statusWord } : {}),
        ...(input.note ? { note: input.note } : {}),
        cites: [input.cite],
        confidence: input.confidence,
        rules: [input.rule],
        generic: input.generic ?? false,
        bare: input.bare ?? false,
        ...(input.known ? { known: input.known } : {}),
      });
      return key;
    }
    if (!prev.cites.some((c) => c.line === input.cite.line))
      prev.cites = [...prev.cites, input.cite].sort(byLine);
    if (!prev.rules.includes(input.rule)) prev.rules.push(input.rule);
    if (input.alias && !prev.aliases.includes(input.alias)) prev.aliases.push(input.alias);
    if (input.known && !prev.known) prev.known = input.known;
    prev.generic = prev.generic && (input.generic ?? false);
    prev.bare = prev.bare && (input.bare ?? false);
    if (input.confidence > prev.confidence) {
      // The surer rule decides the kind and the status.
      prev.confidence = input.confidence;
      prev.kind = input.kind;
      if (input.level && input.level !== 'unknown') prev.level = input.level;
      if (input.status && input.status !== 'unknown') prev.status = input.status;
      if (input.statusWord) prev.statusWord = input.statusWord;
      if (input.note) prev.note = input.note;
    } else {
      if (prev.level === 'unknown' && input.level) prev.level = input.level;
      if (prev.status === 'unknown' && input.status) prev.status = input.status;
      if (!prev.statusWord && input.statusWord) prev.statusWord = input.statusWord;
    }
    return key;
  }

  relation(input: RelationInput): void {
    if (input.from === input.to) return;
    const id = `${input.from}|${input.type}|${input.to}`;
    const prev = this.relations.get(id);
    if (!prev) {
      this.relations.set(id, {
        from: input.from,
        type: input.type,
        to: input.to,
        basis: input.basis ?? 'stated',
        ...(input.reason ? { reason: input.reason } : {}),
        ...(input.role ? { role: input.role } : {}),
        cites: [input.cite],
        confidence: input.confidence,
        rules: [input.rule],
      });
      return;
    }
    if (!prev.cites.some((c) => c.line === input.cite.line))
      prev.cites = [...prev.cites, input.cite].sort(byLine);
    if (!prev.rules.includes(input.rule)) prev.rules.push(input.rule);
    // A stated reading beats an inferred one.
    if ((input.basis ?? 'stated') === 'stated' && prev.basis === 'inferred') {
      prev.basis = 'stated';
      delete prev.reason;
    }
    if (input.role && !prev.role) prev.role = input.role;
    prev.confidence = Math.max(prev.confidence, input.confidence);
  }
}
