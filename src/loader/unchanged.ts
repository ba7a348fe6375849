/**
 * When may a load skip everything? When the seed is the one the last complete load wrote and
 * nobody has committed anything to the database since. Both are checked cheaply:
 *
 * - the seed: a digest of the validated records (the Graph the rows are derived from) and of
 *   the code that derives and writes rows (src or dist, cypher/, package-lock.json), so a new
 *   loader or ontology never trusts a graph an older one wrote;
 * - "nobody wrote since": Neo4j's bookmark. A transaction's bookmark names the database and
 *   the id of the last transaction committed there; on 5.26 Community `SHOW DATABASES YIELD
 *   lastCommittedTxn` answers null, but the bookmark a read transaction returns carries the same
 *   id. The last complete load records the bookmark of its own last commit (L) in its final
 *   mark, which commits as L + 1; a later load that finds the database at exactly L + 1 knows
 *   that no transaction came after the mark: no hand edit, no other loader, no schema change.
 *
 * Anything else (another position, another database id, a bookmark this parser does not know,
 * an unfinished-load mark, another digest) takes the full compare. The bookmark's layout is
 * Neo4j's (its Fabric bookmark: `FB:` + base64 of a PackStream list of one database's 16-byte
 * id and transaction id, then an empty list); a layout this module does not recognise is a
 * doubt, never a match.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { CYPHER_DIR, ROOT } from '../config/paths.js';
import type { Database } from '../neo4j/driver.js';
import type { Graph } from '../seed/model.js';

/** Where a database stands: its id and the id of its last committed transaction. */
export interface Position {
  readonly database: string;
  readonly tx: bigint;
}

/** The position a bookmark names, or undefined when its layout is not the one known here. */
export function parseBookmark(bookmark: string | undefined | null): Position | undefined {
  if (typeof bookmark !== 'string' || !bookmark.startsWith('FB:')) return undefined;
  const b = Buffer.from(bookmark.slice(3), 'base64');
  // 0x91: a list of one database; 0xCC 0x10: 16 bytes of database id.
  if (b.length < 21 || b[0] !== 0x91 || b[1] !== 0xcc || b[2] !== 0x10) return undefined;
  const database = b.subarray(3, 19).toString('hex');
  let at = 19;
  const marker = b[at] ?? -1;
  let tx: bigint;
  if (marker >= 0 && marker <= 0x7f) {
    tx = BigInt(marker);
    at += 1;
  } else {
    const width = { 0xc8: 1, 0xc9: 2, 0xca: 4, 0xcb: 8 }[marker];
    if (width === undefined || b.length < at + 1 + width) return undefined;
    tx = BigInt.asIntN(width * 8, BigInt(`0x${b.subarray(at + 1, at + 1 + width).toString('hex')}`));
    at += 1 + width;
  }
  // 0x90: no external graphs; and nothing after it.
  if (b[at] !== 0x90 || b.length !== at + 1 || tx < 0n) return undefined;
  return { database, tx };
}

/** The position of one bookmark list (a session's): exactly one bookmark it can read. */
export const positionOf = (bookmarks: readonly string[]): Position | undefined =>
  bookmarks.length === 1 ? parseBookmark(bookmarks[0]) : undefined;

/**
 * Where the database stands now: the bookmark of an empty read transaction in a session of its
 * own (no bookmark passed in), which Neo4j answers with its last committed transaction.
 */
export async function currentBookmark(db: Database): Promise<string | undefined> {
  const session = db.driver.session({
    database: db.connection.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    await session.executeRead((tx) => tx.run('RETURN 1'));
    const bookmarks = session.lastBookmarks();
    return bookmarks.length === 1 ? bookmarks[0] : undefined;
  } finally {
    await session.close();
  }
}

/** True when `now` is exactly one transaction after `last`, on the same database. */
export function isNextTransaction(last: Position | undefined, now: Position | undefined): boolean {
  return last !== undefined && now !== undefined && last.database === now.database && now.tx === last.tx + 1n;
}

/**
 * True when the given transaction positions (the commits of one load) are exactly the ones
 * after `start`, one after another: no other client committed in between.
 */
export function contiguousAfter(start: Position, commits: readonly Position[]): boolean {
  const txs = commits.map((c) => c.tx).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return (
    commits.every((c) => c.database === start.database) &&
    txs.every((tx, i) => tx === start.tx + BigInt(i + 1))
  );
}

function filesUnder(dir: string, accept: (name: string) => boolean, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, accept, out);
    else if (accept(name)) out.push(path);
  }
  return out;
}

let code: string | undefined;

/**
 * A digest of the code that turns a seed into the graph: every module beside this one (src/ or
 * dist/: the rows, the region rule, the counts, the search keys, the ontology), the Cypher, and
 * the locked dependency versions (pinyin-pro and jieba shape the search keys). Broader than
 * needed on purpose: any change costs one full compare, never a stale graph.
 */
export function codeDigest(): string {
  if (code !== undefined) return code;
  const h = createHash('sha256');
  const codeRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const files = [
    ...filesUnder(codeRoot, (n) => /\.(ts|js|mjs|json)$/.test(n)),
    ...filesUnder(CYPHER_DIR, (n) => n.endsWith('.cypher')),
    ...[join(ROOT, 'package-lock.json')].filter((p) => existsSync(p)),
  ];
  for (const f of files)
    h.update(`${relative(ROOT, f)}\u0000`)
      .update(readFileSync(f))
      .update('\u0000');
  code = h.digest('hex');
  return code;
}

/**
 * The digest of one load's input: the code's digest and the validated records, each hashed as
 * it is (JSON), not the rows derived from it.
 */
export function seedDigest(graph: Graph): string {
  const h = createHash('sha256').update(codeDigest());
  for (const part of [graph.entities, graph.relations, graph.sections ?? []]) {
    h.update(`\u0000${part.length}\u0000`);
    for (const record of part) h.update(JSON.stringify(record)).update('\n');
  }
  return h.digest('hex');
}
