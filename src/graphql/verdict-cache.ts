/**
 * The request budget's verdicts, per parsed document and the variables as the client sent
 * them. A repeated request (the same document object from Apollo's document cache, the same
 * operation name, the same variables JSON) skips both the coercion of its variables and the
 * budget walk: both are pure functions of those three.
 *
 * Bounded on every side: keys longer than MAX_KEY_CHARS are never stored (a request with a
 * large variables object is analysed every time, as before), and past MAX_ENTRIES verdicts in
 * all the cache starts afresh. Entries of a document that Apollo's cache dropped go with it
 * (WeakMap).
 */
import type { DocumentNode } from 'graphql';

/** Longest key (operation name and variables JSON) kept: 2 bytes a character in memory. */
export const MAX_KEY_CHARS = 1_024;
/** Verdicts kept in all, over every document. */
export const MAX_ENTRIES = 4_096;

/**
 * The budget's answer for one request: why it is refused (undefined when within budget), and
 * its cost, which admission.ts draws from the pool shared by all requests.
 */
export interface Verdict {
  readonly why: string | undefined;
  readonly cost: number;
}

export class VerdictCache {
  private byDocument = new WeakMap<DocumentNode, Map<string, Verdict>>();
  private entries = 0;

  constructor(
    readonly maxEntries: number = MAX_ENTRIES,
    readonly maxKeyChars: number = MAX_KEY_CHARS,
  ) {}

  /** Verdicts held. */
  get size(): number {
    return this.entries;
  }

  /** The key of a request, or undefined when it is too long to keep. */
  key(operationName: string | undefined, variables: unknown): string | undefined {
    const k = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    return k.length > this.maxKeyChars ? undefined : k;
  }

  get(document: DocumentNode, key: string): Verdict | undefined {
    return this.byDocument.get(document)?.get(key);
  }

  set(document: DocumentNode, key: string, verdict: Verdict): void {
    if (key.length > this.maxKeyChars) return;
    if (this.entries >= this.maxEntries) {
      this.byDocument = new WeakMap();
      this.entries = 0;
    }
    let byKey = this.byDocument.get(document);
    if (!byKey) {
      byKey = new Map();
      this.byDocument.set(document, byKey);
    }
    if (!byKey.has(key)) this.entries += 1;
    byKey.set(key, verdict);
  }
}
