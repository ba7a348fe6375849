/**
 * Reads of the selection compiler (src/graphql/compile/): a root read (a page of entities, or
 * one entity) and the relationship fields selected under it, in ONE Cypher statement. The
 * statements are cypher/api/compiled-*.cypher with the page statement and the compiled map of
 * related entities in place of {{page}} and {{children}}.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../neo4j/driver.js';
import { cypher } from '../neo4j/cypher-files.js';
import { SCAN_FILES, type EntityFilter, type EntityScan } from './entity-scan.js';
import { toEntityRecord, type EntityRecord } from './records.js';
import { withWhere, type WherePredicate } from './where-reads.js';

/**
 * What the selection compiler generates on the root variable `n`: the properties the selection
 * reads (a map projection), the map of related entities, and its parameters.
 */
export interface ChildrenStatement {
  readonly entity: string;
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * An entity with what the selection asked under it: slot id → the related entities. The entity
 * holds the properties the selection reads only: never to be primed into the entity loader.
 */
export interface CompiledEntity {
  readonly entity: EntityRecord;
  readonly children: ReadonlyMap<string, readonly CompiledEntity[]>;
}

type Props = Readonly<Record<string, unknown>>;
const props = (v: unknown): Props => (typeof v === 'object' && v !== null ? (v as Props) : {});

/** A slot's value is null for an entity whose kind was not asked for it: left out. */
function childrenOf(v: unknown): Map<string, CompiledEntity[]> {
  const out = new Map<string, CompiledEntity[]>();
  for (const [slot, list] of Object.entries(props(v)))
    if (Array.isArray(list))
      out.set(
        slot,
        list.map((x) => {
          const item = props(x);
          return { entity: toEntityRecord(props(item.e)), children: childrenOf(item.k) };
        }),
      );
  return out;
}

/** cypher/<name>.cypher with each {{part}} replaced (each must occur exactly once). */
export function filled(name: string, parts: Readonly<Record<string, string>>): string {
  let text = cypher(name);
  for (const [k, v] of Object.entries(parts)) {
    const mark = `{{${k}}}`;
    if (text.split(mark).length !== 2) throw new Error(`cypher/${name}.cypher must hold ${mark} once`);
    text = text.replace(mark, () => v);
  }
  return text;
}

export class CompiledReads {
  /** Number of Cypher statements issued, for tests that count round trips. */
  queryCount = 0;

  constructor(private readonly db: Database) {}

  private async run(statement: string, params: Record<string, unknown>): Promise<CompiledEntity[]> {
    this.queryCount += 1;
    const r = await this.db.read(statement, params);
    return r.records.map((rec) => ({
      entity: toEntityRecord(props(rec.get('entity'))),
      children: childrenOf(rec.get('children')),
    }));
  }

  private async page(
    page: string,
    params: Readonly<Record<string, unknown>>,
    children: ChildrenStatement,
    after: string | null,
    first: number,
  ): Promise<{ items: CompiledEntity[]; hasNext: boolean }> {
    const found = await this.run(
      filled('api/compiled-page', { page, entity: children.entity, children: children.cypher }),
      {
        ...params,
        ...children.params,
        after: after ?? '',
        // One extra row tells whether there is a next page.
        limit: neo4j.int(first + 1),
      },
    );
    return { items: found.slice(0, first), hasNext: found.length > first };
  }

  /** As GraphRepository.entitiesPage, with the compiled children of each entity. */
  entitiesPage(
    filter: EntityFilter,
    scan: EntityScan,
    after: string | null,
    first: number,
    children: ChildrenStatement,
  ): Promise<{ items: CompiledEntity[]; hasNext: boolean }> {
    const params = {
      ...filter,
      anchorType: scan.from === 'anchor' ? scan.type : null,
      anchor: scan.from === 'anchor' ? scan.id : null,
    };
    return this.page(cypher(SCAN_FILES[scan.from][0]), params, children, after, first);
  }

  /** As GraphRepository.entitiesWherePage, with the compiled children of each entity. */
  entitiesWherePage(
    where: WherePredicate,
    after: string | null,
    first: number,
    children: ChildrenStatement,
  ): Promise<{ items: CompiledEntity[]; hasNext: boolean }> {
    return this.page(withWhere('api/entities-where-page', where), where.params, children, after, first);
  }

  /** One entity with its compiled children; undefined when there is none with that id. */
  async entity(id: string, children: ChildrenStatement): Promise<CompiledEntity | undefined> {
    const found = await this.run(
      filled('api/compiled-entity', { entity: children.entity, children: children.cypher }),
      {
        ...children.params,
        id,
      },
    );
    return found[0];
  }
}
