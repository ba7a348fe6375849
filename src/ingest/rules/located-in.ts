/**
 * Relation rule LOCATED_IN:
 *  - a platform or institution whose name opens with a city or district the graph knows
 *    (大连…, 辽宁（鞍山）…) is located there (inferred);
 *  - the industries a district is to develop (X区重点围绕A、B等产业) are located in it (stated).
 */
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import { CITY_NAMES } from '../lexicon.js';
import type { Rule } from './context.js';

const PLACED: ReadonlySet<Kind> = new Set<Kind>([...PLATFORM_KINDS, ...ACTOR_KINDS]);

export const locatedIn: Rule = {
  name: 'located-in',
  summary: 'LOCATED_IN from a city opening a name (inferred) and a district’s industries (stated)',
  run(ctx) {
    for (const c of [...ctx.out.entities.values()]) {
      if (!PLACED.has(c.kind) || c.generic) continue;
      const m = /^(?:辽宁[（(])?([^（）()]{2,4}?)(?:市|[）)])?/.exec(c.name);
      const city = CITY_NAMES.find(
        (x) => c.name.startsWith(x) || (m?.[1] === x && c.name.startsWith('辽宁')),
      );
      if (!city || c.name.length <= city.length + 2) continue;
      const region = ctx.graph.resolve(city, 'region');
      if (region.status !== 'existing' || region.match.kind !== 'region') continue;
      const [cite] = c.cites;
      if (!cite) continue;
      const key = ctx.out.entity({
        name: city,
        kind: 'region',
        cite: { ...cite, span: city },
        confidence: 0.7,
        rule: 'located-in',
        known: region.match.id,
      });
      ctx.out.relation({
        from: c.key,
        type: 'LOCATED_IN',
        to: key,
        basis: 'inferred',
        reason: 'the city is part of its name',
        cite: { ...cite, span: city },
        confidence: 0.7,
        rule: 'located-in',
      });
    }
    // District industries: the paragraph's subject district and the chains the rule found there.
    for (const s of ctx.sentences) {
      const m = /^(?:支持|推动|加快)?([^，。；、]{1,6}?(?:区|市|县))/.exec(s.text);
      if (!m || s.start !== 0) continue;
      const place = ctx.graph.resolve(m[1] ?? '', 'region');
      if (place.status !== 'existing' || !['region', 'zone'].includes(place.match.kind)) continue;
      const at = s.text.indexOf(m[1] ?? '');
      const placeCite = ctx.cite(s.para, at, at + (m[1] ?? '').length);
      const placeKey = ctx.out.entity({
        name: m[1] ?? '',
        kind: place.match.kind,
        cite: placeCite,
        confidence: 0.8,
        rule: 'located-in',
        known: place.match.id,
      });
      for (const c of ctx.out.entities.values()) {
        if (c.kind !== 'chain' || !c.rules.includes('district-industries')) continue;
        const [first] = c.cites;
        if (!first || !s.para.parts.some((p) => c.cites.some((x) => x.line === p.line))) continue;
        ctx.out.relation({
          from: c.key,
          type: 'LOCATED_IN',
          to: placeKey,
          cite: first,
          confidence: 0.7,
          rule: 'located-in',
        });
      }
    }
  },
};
