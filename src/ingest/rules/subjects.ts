/**
 * Who a sentence is about, for the relation rules: the item a box or numbered paragraph opens
 * with (1.X。依托…建设), the chain a chain paragraph opens with (--X产业链。重点依托…), and the
 * named objects of a build verb (…建设/打造/组建 Y).
 */
import type { Kind } from '../../ontology/ontology.js';
import type { Paragraph } from '../document.js';
import { nameKey, type Sentence } from '../text.js';
import { levelOf } from '../lexicon.js';
import { listItems } from '../names.js';
import { isNamedUnit, trimItem, unitKind, type RuleContext } from './context.js';

export interface Subject {
  readonly key: string;
  readonly kind: Kind;
}

/** A name the graph has exactly (a long alias like 国家科技成果转移转化示范区), generic words or not. */
function knownName(ctx: RuleContext, name: string): boolean {
  if (ctx.out.entities.get(nameKey(name))?.known !== undefined) return true;
  const r = ctx.graph.resolve(name, 'zone');
  return (
    r.status === 'existing' &&
    (r.match.how === 'name' || r.match.how === 'alias') &&
    nameKey(name).length >= 6
  );
}

/** The entity a paragraph opens with (numbered item or chain item), if a rule proposed one there. */
export function paragraphSubject(ctx: RuleContext, para: Paragraph): Subject | undefined {
  const m = /^(?:\d+[.．、](?!\d)|[\u2460-\u2487]|[-－—]{2})([^。；，]{2,40})[。；，]/.exec(para.text);
  if (!m) return undefined;
  const c = ctx.out.entities.get(nameKey(m[1] ?? ''));
  return c ? { key: c.key, kind: c.kind } : undefined;
}

/** Names that start at or after `from` in the sentence, up to `to`, which some rule proposed. */
export function namesIn(ctx: RuleContext, s: Sentence, from: number, to: number): Subject[] {
  const out: Subject[] = [];
  for (const f of ctx.names(s)) {
    if (f.start < from || f.end > to) continue;
    if (f.generic && !knownName(ctx, f.name)) continue;
    const c = ctx.out.entities.get(nameKey(f.name));
    if (c) out.push({ key: c.key, kind: c.kind });
  }
  return out;
}

/** The first proposed name after `from` in the sentence (the object of a verb). */
export function firstNameAfter(
  ctx: RuleContext,
  s: Sentence,
  from: number,
  within = 40,
  opts: { sameClause?: boolean } = {},
): Subject | undefined {
  const f = ctx
    .names(s)
    .filter((x) => x.start >= from && x.start - from <= within)
    // 联合A共建，设在Z: a name after a comma belongs to the next clause.
    .filter((x) => !opts.sameClause || !/[，。；,;]/.test(s.para.text.slice(from, x.start)))
    .filter((x) => !x.generic || knownName(ctx, x.name))
    .sort((a, b) => a.start - b.start)[0];
  if (!f) return undefined;
  const c = ctx.out.entities.get(nameKey(f.name));
  return c ? { key: c.key, kind: c.kind } : undefined;
}

/**
 * The units of a list in [start, end) (A、B和C等单位): each an existing candidate when a rule
 * proposed that name, else a new one whose kind is its head's or `fallback`.
 */
export function unitsIn(
  ctx: RuleContext,
  s: Sentence,
  start: number,
  end: number,
  fallback: Kind,
  rule: string,
  confidence: number,
): Subject[] {
  const out: Subject[] = [];
  const text = s.para.text;
  for (const item of listItems(text, start, end, { and: true })) {
    // 联合 joins two units inside a list (大连理工大学联合盘锦海工基地).
    const parts = item.text.includes('联合')
      ? [
          { start: item.start, end: item.start + item.text.indexOf('联合') },
          { start: item.start + item.text.indexOf('联合') + 2, end: item.end },
        ]
      : [item];
    for (const part of parts) {
      const [a, b] = trimItem(s, part.start, part.end);
      if (!isNamedUnit(s, a, b)) continue;
      const name = text.slice(a, b);
      const existing = ctx.out.entities.get(nameKey(name));
      if (existing) {
        out.push({ key: existing.key, kind: existing.kind });
        continue;
      }
      // A name the graph already has (a region, an institution) keeps the graph's kind.
      const known = ctx.graph.resolve(name, fallback);
      const graphKind = known.status === 'existing' && known.match.how !== 'near' ? known.match : undefined;
      const kind = graphKind?.kind ?? unitKind(ctx, name, fallback).kind;
      const key = ctx.out.entity({
        name,
        kind,
        cite: ctx.cite(s.para, a, b),
        confidence,
        rule,
        level: levelOf(name),
        ...(graphKind ? { known: graphKind.id } : {}),
      });
      out.push({ key, kind });
    }
  }
  return out;
}
