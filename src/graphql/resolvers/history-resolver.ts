/**
 * Plan lineage: `history` follows one entity through the documents (the same node cited by
 * several plans, and nodes joined by CONTINUES); `compareDocuments` says what a later plan
 * added, dropped, continued and changed the status of.
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import type { EntityRecord, MentionRecord } from '../../repository/records.js';
import { documentArg } from '../arguments.js';
import { DbQueries, fixedCost } from '../budget.js';
import type { Context } from '../context.js';
import { KindEnum } from '../enums.js';
import { badUserInput, loadedOrThrow, notFound } from '../errors.js';
import {
  DocumentComparison,
  EntityHistory,
  type ComparedEntity,
  type ContinuedEntity,
  type HistoryEntry,
  type LineageLink,
} from '../types/history.js';

/** What compareDocuments compares when no kinds are given: chains and platforms. */
export const COMPARED_KINDS: readonly Kind[] = ['chain', ...PLATFORM_KINDS];

const byName = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id);

@Resolver()
export class HistoryResolver {
  // The entity, its lineage, the documents, the mentions of the lineage.
  @DbQueries(4)
  @Query(() => EntityHistory, {
    complexity: fixedCost(20),
    description:
      'One entity through the plans, oldest document first: what every document says of it (status, word, level, lines), following CONTINUES to the same chain or platform under other names.',
  })
  async history(
    @Arg('id', () => ID, { description: 'Any chain, platform, direction or field id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<EntityHistory> {
    const entity = await ctx.entityById.load(id);
    if (!entity) throw notFound(id);
    const [members, docs] = await Promise.all([ctx.repo.lineage(id), ctx.documents()]);
    const byId = new Map(members.map((m) => [m.entity.id, m.entity]));
    const docById = new Map(docs.map((d) => [d.id, d]));
    const mentions = loadedOrThrow(await ctx.mentions.loadMany(members.map((m) => m.entity.id)));
    const entries: HistoryEntry[] = members.flatMap((m, i) => {
      const list = mentions[i] ?? [];
      return list.flatMap((mention): HistoryEntry[] => {
        const document = docById.get(mention.document);
        return document ? [entry(document, m.entity, mention)] : [];
      });
    });
    // Documents come oldest first (date, then the documents they follow).
    const rank = new Map(docs.map((d, i) => [d.id, i]));
    entries.sort(
      (a, b) =>
        (rank.get(a.document.id) ?? 0) - (rank.get(b.document.id) ?? 0) ||
        a.entity.id.localeCompare(b.entity.id),
    );
    const links: LineageLink[] = members.flatMap((m) =>
      m.continues.flatMap((c): LineageLink[] => {
        const { to: toId, ...link } = c;
        const to = byId.get(toId);
        return to ? [{ from: m.entity, to, ...link, roles: link.role === undefined ? [] : [link.role] }] : [];
      }),
    );
    return { entity, lineage: members.map((m) => m.entity).sort(byName), links, entries };
  }

  // The documents, the entities both cite, the lineage from each side (in parallel), then the
  // wholes of what is only in one that the other cites (in parallel).
  @DbQueries(5)
  @Query(() => DocumentComparison, {
    complexity: fixedCost(20),
    description:
      'What changed from one document to another: entities of the given kinds (default: chains and platforms) added, dropped, continued (the same node, or linked by CONTINUES) and with a changed status.',
  })
  async compareDocuments(
    @Arg('from', () => ID, { description: 'The first (usually earlier) document, e.g. doc:impl2015.' })
    from: string,
    @Arg('to', () => ID, { description: 'The second (usually later) document, e.g. doc:plan14.' }) to: string,
    @Arg('kinds', () => [KindEnum], {
      nullable: true,
      description: 'Kinds to compare; chains and platforms when omitted.',
    })
    kinds: Kind[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<DocumentComparison> {
    const fromId = await documentArg(ctx, from, 'from');
    const toId = await documentArg(ctx, to, 'to');
    if (fromId === null || toId === null) throw badUserInput('from and to are required', 'from');
    if (fromId === toId) throw badUserInput('from and to must be different documents', 'to');
    const compared = kinds && kinds.length > 0 ? kinds : [...COMPARED_KINDS];
    const docs = await ctx.documents();
    const fromDoc = docs.find((d) => d.id === fromId);
    const toDoc = docs.find((d) => d.id === toId);
    if (!fromDoc || !toDoc) throw badUserInput('unknown document', 'from');

    const facts = await ctx.repo.documentEntities(fromId, toId, compared);
    const inFrom = new Map<string, Fact>();
    const inTo = new Map<string, Fact>();
    for (const f of facts) (f.mention.document === fromId ? inFrom : inTo).set(f.entity.id, f);

    const continued: ContinuedEntity[] = [];
    for (const [id, a] of inFrom) {
      const b = inTo.get(id);
      if (b) continued.push(pair(a, b, true, [], true));
    }
    const onlyFrom = [...inFrom.keys()].filter((id) => !inTo.has(id));
    const onlyTo = [...inTo.keys()].filter((id) => !inFrom.has(id));
    // Lineage runs from the later document's entity to the earlier one's: follow it one way,
    // from each side, to counterparts of any kind in the other document.
    const order = new Map(docs.map((d, i) => [d.id, i]));
    const toIsLater = (order.get(toId) ?? 0) > (order.get(fromId) ?? 0);
    const [toSide, fromSide] = await Promise.all([
      ctx.repo.lineageCounterparts(onlyTo, fromId, toIsLater),
      ctx.repo.lineageCounterparts(onlyFrom, toId, !toIsLater),
    ]);
    const linked = new Set<string>();
    const paired = new Set<string>();
    const link = (before: Fact, after: Fact, roles: readonly string[], stated: boolean): void => {
      const key = `${before.entity.id}|${after.entity.id}`;
      linked.add(before.entity.id).add(after.entity.id);
      if (paired.has(key)) return;
      paired.add(key);
      continued.push(pair(before, after, false, [...roles], stated));
    };
    for (const c of toSide) {
      const after = inTo.get(c.id);
      if (after)
        link(
          { entity: c.counterpart, mention: c.mention },
          after,
          c.roles,
          c.bases.every((x) => x === 'stated'),
        );
    }
    for (const c of fromSide) {
      const before = inFrom.get(c.id);
      if (before)
        link(
          before,
          { entity: c.counterpart, mention: c.mention },
          c.roles,
          c.bases.every((x) => x === 'stated'),
        );
    }
    continued.sort((x, y) => byName(x.after, y.after));
    const unlinkedTo = onlyTo.filter((id) => !linked.has(id));
    const unlinkedFrom = onlyFrom.filter((id) => !linked.has(id));
    // "Not named again" is not "not mentioned": the other document may speak of a whole it is
    // part of (plan14 l.23 speaks of the province's high-tech zones as a class, review s24).
    const [wholesInFrom, wholesInTo] = await Promise.all([
      ctx.repo.coveringWholes(unlinkedTo, fromId),
      ctx.repo.coveringWholes(unlinkedFrom, toId),
    ]);
    const rest = (
      ids: string[],
      from: Map<string, Fact>,
      wholes: ReadonlyMap<string, EntityRecord[]>,
    ): ComparedEntity[] =>
      ids
        .flatMap((id) => {
          const c = from.get(id);
          return c ? [{ ...c, coveredBy: wholes.get(id) ?? [] }] : [];
        })
        .sort((x, y) => byName(x.entity, y.entity));
    return {
      from: fromDoc,
      to: toDoc,
      kinds: compared,
      added: rest(unlinkedTo, inTo, wholesInFrom),
      dropped: rest(unlinkedFrom, inFrom, wholesInTo),
      continued,
      // A document that gives no status (it only names the entity) changes nothing.
      statusChanged: continued.filter(
        (c) =>
          c.statusBefore !== c.statusAfter && c.statusBefore !== 'unknown' && c.statusAfter !== 'unknown',
      ),
    };
  }
}

/** What one document says of an entity, before its wholes in the other are known. */
type Fact = Omit<ComparedEntity, 'coveredBy'>;

function entry(document: EntityRecord, entity: EntityRecord, m: MentionRecord): HistoryEntry {
  return {
    document,
    ...(m.date === undefined ? {} : { date: m.date }),
    entity,
    status: m.status,
    ...(m.statusWord === undefined ? {} : { statusWord: m.statusWord }),
    level: m.level,
    lines: m.lines,
    sections: m.sections,
    sectionsEn: m.sectionsEn,
  };
}

function pair(a: Fact, b: Fact, same: boolean, roles: string[], stated: boolean): ContinuedEntity {
  return {
    before: a.entity,
    after: b.entity,
    same,
    roles,
    basis: stated ? 'stated' : 'inferred',
    statusBefore: a.mention.status,
    statusAfter: b.mention.status,
    ...(a.mention.statusWord === undefined ? {} : { statusWordBefore: a.mention.statusWord }),
    ...(b.mention.statusWord === undefined ? {} : { statusWordAfter: b.mention.statusWord }),
  };
}
