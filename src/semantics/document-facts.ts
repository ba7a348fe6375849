/**
 * What each document says about an entity: its status, status word and level in that
 * document, and the lines that say it. One rule, used by the loader and written down in
 * docs/api.md ("What the API means"):
 *
 * - A citation may state `status` / `statusWord` / `level` for its document; the citations of
 *   one document must agree (the validator checks it).
 * - Otherwise a document the entity's own record cites takes the record's status, word and
 *   level; a document that only mentions the entity (a `mentions` entry) says nothing about
 *   its status (`unknown`) but keeps the record's level, which does not change with the text.
 * - The entity's current status is the one of the latest document that states one: by date,
 *   and on the same date the document that names the other as its basis (`follows`) is the
 *   later one.
 */
import type { Level, Status } from '../ontology/ontology.js';

/**
 * What the facts read of a citation: the seed's Citation (src/seed/model.ts) has this shape and
 * more. Declared here, not imported, so that the seed model (which holds DocumentFact) and this
 * module do not import each other.
 */
export interface Citation {
  /** Document id without the `doc:` prefix. */
  readonly doc: string;
  readonly line: number;
  readonly section: string;
  readonly status?: Status;
  readonly statusWord?: string;
  readonly level?: Level;
}

export interface DocumentFact {
  /** Document id without the `doc:` prefix. */
  readonly doc: string;
  readonly status: Status;
  readonly statusWord?: string;
  readonly level: Level;
  readonly lines: readonly number[];
  readonly sections: readonly string[];
}

export interface FactsInput {
  readonly status: Status;
  readonly statusWord?: string;
  readonly level: Level;
  /** The record's own citations. */
  readonly cite: readonly Citation[];
  /** Citations added by `mentions` entries elsewhere. */
  readonly mentionCite: readonly Citation[];
}

const STATUS_RANK: Record<Status, number> = { existing: 2, planned: 1, unknown: 0 };

/** Per-document facts, in the order the documents are first cited. */
export function documentFacts(e: FactsInput): DocumentFact[] {
  const byDoc = new Map<string, { own: boolean; cites: Citation[] }>();
  const add = (c: Citation, own: boolean): void => {
    const entry = byDoc.get(c.doc) ?? { own: false, cites: [] };
    entry.own ||= own;
    entry.cites.push(c);
    byDoc.set(c.doc, entry);
  };
  for (const c of e.cite) add(c, true);
  for (const c of e.mentionCite) add(c, false);
  return [...byDoc].map(([doc, { own, cites }]) => {
    const stated = cites.find((c) => c.status !== undefined);
    const levelStated = cites.find((c) => c.level !== undefined);
    const status: Status = stated?.status ?? (own ? e.status : 'unknown');
    const statusWord = stated ? stated.statusWord : own ? e.statusWord : undefined;
    return {
      doc,
      status,
      ...(statusWord === undefined ? {} : { statusWord }),
      level: levelStated?.level ?? e.level,
      lines: [...new Set(cites.map((c) => c.line))].sort((a, b) => a - b),
      sections: [...new Set(cites.map((c) => c.section))],
    };
  });
}

/** Problems where one document's citations disagree on status or level. */
export function factConflicts(cites: readonly Citation[]): string[] {
  const out: string[] = [];
  const seen = new Map<string, { status?: Citation; level?: Citation }>();
  for (const c of cites) {
    const s = seen.get(c.doc) ?? {};
    if (c.status !== undefined) {
      if (s.status?.status !== undefined && s.status.status !== c.status)
        out.push(
          `${c.doc} says "${s.status.status}" at line ${s.status.line} and "${c.status}" at line ${c.line}: one document, one status`,
        );
      else s.status ??= c;
    }
    if (c.level !== undefined) {
      if (s.level?.level !== undefined && s.level.level !== c.level)
        out.push(
          `${c.doc} says level "${s.level.level}" at line ${s.level.line} and "${c.level}" at line ${c.line}`,
        );
      else s.level ??= c;
    }
    seen.set(c.doc, s);
  }
  return out;
}

/**
 * An entity as a validated graph holds it, from its record alone (no mentions elsewhere, no
 * document order): for tools that build graphs in memory, such as the ingester.
 */
export function withFacts<E extends FactsInput>(e: E): E & { facts: DocumentFact[]; current: CurrentFact } {
  return {
    ...e,
    facts: documentFacts(e),
    current: {
      status: e.status,
      ...(e.statusWord === undefined ? {} : { statusWord: e.statusWord }),
      level: e.level,
    },
  };
}

export interface CurrentFact {
  readonly status: Status;
  readonly statusWord?: string;
  readonly level: Level;
}

export interface DatedDocument {
  /** Id without the `doc:` prefix. */
  readonly id: string;
  /** YYYY or YYYY-MM-DD. */
  readonly date: string;
  /** Documents this one names as its basis. */
  readonly follows: readonly string[];
}

/**
 * The documents in time order, as a rank (0 = oldest): by date, and on the same date after the
 * documents they name as their basis (`follows`). Documents of the same date that do not name
 * each other share a rank (ties are listed by id).
 */
export function documentOrder(docs: readonly DatedDocument[]): Map<string, number> {
  const sorted = [...docs].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.follows.includes(b.id) ? 1 : b.follows.includes(a.id) ? -1 : 0) ||
      a.id.localeCompare(b.id),
  );
  const out = new Map<string, number>();
  sorted.forEach((d, i) => {
    const prev = sorted[i - 1];
    const rank = prev === undefined ? 0 : (out.get(prev.id) ?? 0);
    const later = prev !== undefined && (prev.date !== d.date || d.follows.includes(prev.id));
    out.set(d.id, later ? rank + 1 : rank);
  });
  return out;
}

/**
 * The current status: the one of the latest document (by `order`) that states one; between
 * documents of the same rank, existing wins over planned. `undefined` when none states one.
 */
export function currentFact(
  facts: readonly DocumentFact[],
  order: ReadonlyMap<string, number>,
): DocumentFact | undefined {
  let best: DocumentFact | undefined;
  for (const f of facts) {
    if (f.status === 'unknown') continue;
    if (best === undefined) {
      best = f;
      continue;
    }
    const d = (order.get(f.doc) ?? -1) - (order.get(best.doc) ?? -1);
    if (d > 0 || (d === 0 && STATUS_RANK[f.status] > STATUS_RANK[best.status])) best = f;
  }
  return best;
}
