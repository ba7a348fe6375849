/** traceChain and institutionReach, assembled from batched relationship loads. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ACTOR_KINDS } from '../../ontology/ontology.js';
import type { RelatedItem } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import { DbQueries, fixedCost } from '../budget.js';
import type { Context } from '../context.js';
import { badUserInput, notFound } from '../errors.js';
import { ChainTrace, InstitutionReach, type Reached, type TracedPlatform } from '../types/trace.js';

const ROLES = ['HOSTED_BY', 'LED_BY', 'CO_BUILT_WITH'] as const;

async function entityOfKinds(
  ctx: Context,
  id: string,
  kinds: readonly string[],
  what: string,
): Promise<EntityRecord> {
  const e = await ctx.entityById.load(id);
  if (!e) throw notFound(id);
  if (!kinds.includes(e.kind)) throw badUserInput(`"${id}" is a ${e.kind}, not ${what}`, 'id');
  return e;
}

const uniqueById = (xs: readonly EntityRecord[]): EntityRecord[] => [
  ...new Map(xs.map((x) => [x.id, x])).values(),
];

@Resolver()
export class TraceResolver {
  // The chain, its SERVES and RELIES_ON lists (one batch), the platforms' institutions.
  @DbQueries(3)
  @Query(() => ChainTrace, {
    complexity: fixedCost(10),
    description:
      'The platforms serving a chain (or future-industry direction), their hosts and leads, and the units it relies on.',
  })
  async traceChain(@Arg('chainId', () => ID) chainId: string, @Ctx() ctx: Context): Promise<ChainTrace> {
    const chain = await entityOfKinds(ctx, chainId, ['chain', 'direction'], 'a chain or direction');
    const [serving, reliedOn] = await Promise.all([
      ctx.related.load({ id: chainId, types: ['SERVES'], dir: 'in' }),
      ctx.related.load({ id: chainId, types: ['RELIES_ON'], dir: 'out' }),
    ]);
    const actorsOf = await Promise.all(
      serving.map((s) => ctx.related.load({ id: s.node.id, types: ROLES, dir: 'out' })),
    );
    const platforms = serving.map((s, i): TracedPlatform => {
      const actors = actorsOf[i] ?? [];
      const role = (t: string): EntityRecord[] => actors.filter((a) => a.type === t).map((a) => a.node);
      return {
        platform: s.node,
        basis: s.basis,
        reason: s.reason,
        hosts: role('HOSTED_BY'),
        leads: role('LED_BY'),
        partners: role('CO_BUILT_WITH'),
        links: actors.map((a) => ({ type: a.type, basis: a.basis, node: a.node })),
      } as unknown as TracedPlatform;
    });
    const kinds = [...new Set(serving.map((s) => s.node.kind))];
    return {
      chain,
      platforms,
      platformsByKind: kinds.map((kind) => ({
        kind,
        platforms: platforms.filter((_, i) => serving[i]?.node.kind === kind),
      })),
      institutions: uniqueById(actorsOf.flat().map((a) => a.node)),
      reliedOn: reliedOn.map((r) => ({ unit: r.node, basis: r.basis, reason: r.reason })),
    } as unknown as ChainTrace;
  }

  @DbQueries(3)
  @Query(() => InstitutionReach, {
    complexity: fixedCost(10),
    description:
      'The chains and fields an institution reaches through the platforms it hosts, leads or co-builds.',
  })
  async institutionReach(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InstitutionReach> {
    const institution = await entityOfKinds(ctx, id, ACTOR_KINDS, 'an institution');
    const [roles, direct] = await Promise.all([
      ctx.related.load({ id, types: ROLES, dir: 'in' }),
      ctx.related.load({ id, types: ['RELIES_ON'], dir: 'in' }),
    ]);
    const platforms = uniqueById(roles.map((r) => r.node));
    const outOf = await Promise.all(
      platforms.map((p) => ctx.related.load({ id: p.id, types: ['SERVES', 'FOCUSES_ON'], dir: 'out' })),
    );

    const reached = new Map<
      string,
      { target: EntityRecord; via: Map<string, EntityRecord>; direct: boolean; stated: boolean }
    >();
    const add = (target: EntityRecord, via: EntityRecord | undefined, stated: boolean): void => {
      const r = reached.get(target.id) ?? { target, via: new Map(), direct: false, stated: false };
      if (via) r.via.set(via.id, via);
      else r.direct = true;
      r.stated ||= stated;
      reached.set(target.id, r);
    };
    for (const d of direct) add(d.node, undefined, d.basis === 'stated');
    const roleBasis = new Map(roles.map((r) => [r.node.id, r.basis]));
    platforms.forEach((p, i) => {
      for (const o of outOf[i] ?? ([] as RelatedItem[]))
        add(o.node, p, o.basis === 'stated' && roleBasis.get(p.id) === 'stated');
    });
    const toReached = (groupKinds: readonly string[]): Reached[] =>
      [...reached.values()]
        .filter((r) => groupKinds.includes(r.target.kind))
        .sort((a, b) => a.target.name.localeCompare(b.target.name, 'zh'))
        .map(
          (r) =>
            ({
              target: r.target,
              via: [...r.via.values()],
              direct: r.direct,
              basis: r.stated ? 'stated' : 'inferred',
            }) as unknown as Reached,
        );
    return {
      institution,
      platforms,
      chains: toReached(['chain', 'direction']),
      fields: toReached(['field']),
    } as unknown as InstitutionReach;
  }
}
