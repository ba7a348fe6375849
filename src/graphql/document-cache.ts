/**
 * Apollo's cache of parsed and validated documents, bounded by bytes. Apollo's default sizes a
 * document by the JSON of its syntax tree, which leaves out the source text the tree keeps
 * (`loc.source.body`) and its tokens: 4,000 distinct 900 KB queries of a few tokens each grew
 * the process from 111 MiB to 4 GiB. Here a document weighs its source text (UTF-16, two
 * bytes a character) plus an estimate of its tree and tokens, and the least recently used
 * documents go once the total passes the bound.
 */
import type { DocumentNode } from 'graphql';

/** Bytes of documents kept (estimated as above). */
export const DOCUMENT_CACHE_BYTES = 32 * 1024 * 1024;

/** Per token: the token object and its share of the syntax tree. */
const BYTES_PER_TOKEN = 200;

/** The estimated memory a parsed document holds on to. */
export function documentBytes(doc: DocumentNode): number {
  const body = doc.loc?.source.body ?? '';
  // Tokens are a linked list from the document's last token back to its first.
  let tokens = 0;
  for (let t = doc.loc?.endToken; t; t = t.prev ?? undefined) tokens += 1;
  return 2 * body.length + BYTES_PER_TOKEN * Math.max(1, tokens);
}

/** A least-recently-used map of documents whose estimated bytes stay under `maxBytes`. */
export class DocumentCache {
  private readonly docs = new Map<string, { doc: DocumentNode; bytes: number }>();
  /** The same documents by their source text, for the direct path (direct.ts), which does not hash it. */
  private readonly byText = new Map<string, string>();
  private total = 0;

  constructor(readonly maxBytes: number = DOCUMENT_CACHE_BYTES) {}

  /** Estimated bytes held. */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.docs.size;
  }

  /** A document held, by its query text (only validated documents are ever stored). */
  byQuery(text: string): DocumentNode | undefined {
    const key = this.byText.get(text);
    return key === undefined ? undefined : this.touch(key)?.doc;
  }

  get(key: string): Promise<DocumentNode | undefined> {
    return Promise.resolve(this.touch(key)?.doc);
  }

  private touch(key: string): { doc: DocumentNode; bytes: number } | undefined {
    const hit = this.docs.get(key);
    if (hit) {
      // Most recently used last: Map keeps insertion order.
      this.docs.delete(key);
      this.docs.set(key, hit);
    }
    return hit;
  }

  set(key: string, doc: DocumentNode): Promise<void> {
    void this.delete(key);
    const bytes = documentBytes(doc);
    if (bytes > this.maxBytes) return Promise.resolve();
    this.docs.set(key, { doc, bytes });
    const text = doc.loc?.source.body;
    if (text !== undefined) this.byText.set(text, key);
    this.total += bytes;
    for (const [k, v] of this.docs) {
      if (this.total <= this.maxBytes) break;
      this.forget(k, v.doc);
      this.total -= v.bytes;
    }
    return Promise.resolve();
  }

  delete(key: string): Promise<boolean> {
    const old = this.docs.get(key);
    if (old) {
      this.forget(key, old.doc);
      this.total -= old.bytes;
    }
    return Promise.resolve(old !== undefined);
  }

  private forget(key: string, doc: DocumentNode): void {
    this.docs.delete(key);
    const text = doc.loc?.source.body;
    if (text !== undefined && this.byText.get(text) === key) this.byText.delete(text);
  }
}
