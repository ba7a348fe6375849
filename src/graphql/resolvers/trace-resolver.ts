/** traceChain and institutionReach, assembled from batched relationship loads. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ACTOR_KINDS, type Basis, type RelType } from '../../ontology/ontology.js';
import type { LinkFilter, RelatedItem } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import { entityArg, linkFilter } from '../arguments.js';
import { DbQueries, fixedCost, withDocumentCheck } from '../budget.js';
import type { Context } from '../context.js';
import { BasisEnum } from '../enums.js';
import { notFound } from '../errors.js';
import { ChainTrace, InstitutionReach, type Reached, type TracedPlatform } from '../types/trace.js';

/** The relationships that tie a platform to the institutions behind it. */
const ROLES: readonly RelType[] = ['HOSTED_BY', 'LED_BY', 'CO_BUILT_WITH'];

const DOCUMENT_ARG = 'Only links this document states (e.g. doc:impl2015): what that plan says.';
const BASIS_ARG = 'Only links of one of these bases (a single value is a list of one); all when omitted.';

const uniqueById = (xs: readonly EntityRecord[]): EntityRecord[] => [
  ...new Map(xs.map((x) => [x.id, x])).values(),
];

const load = (ctx: Context, id: string, types: readonly RelType[], dir: 'in' | 'out', links: LinkFilter) =>
  ctx.related.load({ id, types, dir, ...links });

@Resolver()
export class TraceResolver {
  // The chain, its SERVES and RELIES_ON lists (one batch), the platforms' institutions.
  @DbQueries(withDocumentCheck(3))
  @Query(() => ChainTrace, {
    complexity: fixedCost(10),
    description:
      'The platforms serving a chain (or industry, or future-industry direction), their hosts, leads and partners, and the units it relies on; narrowed to one document or basis when asked.',
  })
  async traceChain(
    @Arg('chainId', () => ID, { description: 'A chain, industry or direction id.' }) chainId: string,
    @Arg('document', () => ID, { nullable: true, description: DOCUMENT_ARG })
    document: string | null | undefined,
    @Arg('basis', () => [BasisEnum], { nullable: true, description: BASIS_ARG })
    basis: Basis[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ChainTrace> {
    if (!(await ctx.entityById.load(chainId))) throw notFound(chainId);
    const chain = await entityArg(ctx, chainId, ['chain', 'industry', 'direction'], 'chainId');
    const links = await linkFilter(ctx, document, basis);
    const [serving, reliedOn] = await Promise.all([
      load(ctx, chainId, ['SERVES'], 'in', links),
      load(ctx, chainId, ['RELIES_ON'], 'out', links),
    ]);
    const actorsOf = await Promise.all(serving.map((s) => load(ctx, s.node.id, ROLES, 'out', links)));
    const platforms = serving.map((s, i): TracedPlatform => {
      const actors = actorsOf[i] ?? [];
      const role = (t: RelType): EntityRecord[] => actors.filter((a) => a.type === t).map((a) => a.node);
      return {
        platform: s.node,
        basis: s.basis,
        ...(s.reason === undefined ? {} : { reason: s.reason }),
        ...(s.reasonEn === undefined ? {} : { reasonEn: s.reasonEn }),
        documents: s.documents,
        hosts: role('HOSTED_BY'),
        leads: role('LED_BY'),
        partners: role('CO_BUILT_WITH'),
        links: actors.map((a) => ({ type: a.type, basis: a.basis, documents: a.documents, node: a.node })),
      };
    });
    const kinds = [...new Set(serving.map((s) => s.node.kind))];
    return {
      chain,
      platforms,
      platformsByKind: kinds.map((kind) => ({
        kind,
        platforms: platforms.filter((p) => p.platform.kind === kind),
      })),
      institutions: uniqueById(actorsOf.flat().map((a) => a.node)),
      reliedOn: reliedOn.map((r) => ({
        unit: r.node,
        ...(r.role === undefined ? {} : { role: r.role }),
        basis: r.basis,
        ...(r.reason === undefined ? {} : { reason: r.reason }),
        ...(r.reasonEn === undefined ? {} : { reasonEn: r.reasonEn }),
        documents: r.documents,
      })),
    };
  }

  @DbQueries(withDocumentCheck(3))
  @Query(() => InstitutionReach, {
    complexity: fixedCost(10),
    description:
      'The chains and fields an institution reaches: directly (a chain relies on it) or through the platforms it hosts, leads or co-builds.',
  })
  async institutionReach(
    @Arg('id', () => ID, {
      description: 'An institution id (university, institute, hospital, enterprise, …).',
    })
    id: string,
    @Arg('document', () => ID, { nullable: true, description: DOCUMENT_ARG })
    document: string | null | undefined,
    @Arg('basis', () => [BasisEnum], { nullable: true, description: BASIS_ARG })
    basis: Basis[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<InstitutionReach> {
    if (!(await ctx.entityById.load(id))) throw notFound(id);
    const institution = await entityArg(ctx, id, ACTOR_KINDS, 'id');
    const links = await linkFilter(ctx, document, basis);
    const [roles, direct] = await Promise.all([
      load(ctx, id, ROLES, 'in', links),
      load(ctx, id, ['RELIES_ON'], 'in', links),
    ]);
    const platforms = uniqueById(roles.map((r) => r.node));
    const outOf = await Promise.all(
      platforms.map((p) => load(ctx, p.id, ['SERVES', 'FOCUSES_ON'], 'out', links)),
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
        .map((r) => ({
          target: r.target,
          via: [...r.via.values()],
          direct: r.direct,
          basis: r.stated ? 'stated' : 'inferred',
        }));
    return {
      institution,
      platforms,
      chains: toReached(['chain', 'industry', 'direction']),
      fields: toReached(['field']),
    };
  }
}
