/**
 * The seam between a root resolver that read a selection in one statement and the relationship
 * field resolvers below it: the related entities it read, keyed by where they sit in the answer
 * (the response path, e.g. `entities.nodes.3.hosts`). A field resolver that finds its path here
 * returns the list; one that does not loads it as before. Keying by path, not by record, keeps
 * two places of the answer that share one record (a page's `nodes` and `edges.node`, or an
 * entity primed into the request's loader) from reading each other's selections.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { CompiledEntity } from '../../repository/compiled-reads.js';
import type { EntityRecord } from '../../repository/records.js';
import type { EntityPlan } from './plan.js';

/** The response path as a string: response keys and list indexes joined by dots. */
export function pathKey(path: GraphQLResolveInfo['path'] | undefined): string {
  const keys: (string | number)[] = [];
  for (let p = path; p !== undefined; p = p.prev) keys.push(p.key);
  return keys.reverse().join('.');
}

export class Prefetched {
  private readonly lists = new Map<string, readonly EntityRecord[]>();

  /** The related entities read for the field at `path`, if its root read them. */
  get(path: GraphQLResolveInfo['path']): readonly EntityRecord[] | undefined {
    return this.lists.size === 0 ? undefined : this.lists.get(pathKey(path));
  }

  /** Records what `plan` read under `row`, the entity at path `at` (recursively). */
  store(at: string, plan: EntityPlan, row: CompiledEntity): void {
    for (const slot of plan.slots) {
      if (!slot.parentKinds.includes(row.entity.kind)) continue;
      const key = `${at}.${slot.responseKey}`;
      const list = row.children.get(slot.id) ?? [];
      this.lists.set(
        key,
        list.map((c) => c.entity),
      );
      list.forEach((c, i) => this.store(`${key}.${i}`, slot.child, c));
    }
  }
}
