/**
 * Relation rule CO_BUILT_WITH (联合/共建): partners that build a platform together.
 *  - 联合A、B等…建设/共建/组建 X → X CO_BUILT_WITH A, B (stated).
 *  - 支持A、B建立/组建 X, with two or more named units → X CO_BUILT_WITH each (stated).
 *  - A、B、C(市)联合创建/共建 X → X CO_BUILT_WITH each (cities become regions).
 *  - in an item's body, with no platform after the verb: 1.X。…联合A、B共建 → X CO_BUILT_WITH each.
 * Unnamed partners (上下游企业, 相关科研机构) give no relation.
 */
import { PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import { clauseStart } from '../text.js';
import type { Rule } from './context.js';
import { firstNameAfter, paragraphSubject, unitsIn } from './subjects.js';

const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);
const BUILD = '(?:建设|共建|组建|建立|创建|打造)';

export const coBuiltWith: Rule = {
  name: 'co-built-with',
  summary: 'CO_BUILT_WITH from 联合A、B…建设X, 支持A、B建立X and A、B、C联合创建X',
  run(ctx) {
    for (const s of ctx.sentences) {
      const text = s.para.text;
      const patterns: { re: RegExp; listOf: (m: RegExpExecArray) => [number, number]; min: number }[] = [
        {
          // 联合A、B等高校院所和企业建设X
          re: new RegExp(`联合([^，。；]{2,60}?)(?:等[^，。；]{0,12}?)?(?:共同|合作)?${BUILD}`, 'g'),
          listOf: (m) => [s.start + m.index + 2, s.start + m.index + 2 + (m[1] ?? '').length],
          min: 1,
        },
        {
          // 支持A、B建立“X”
          re: new RegExp(`支持([^，。；]{2,40}?、[^，。；]{2,40}?)${BUILD}`, 'g'),
          listOf: (m) => [s.start + m.index + 2, s.start + m.index + 2 + (m[1] ?? '').length],
          min: 2,
        },
        {
          // 沈阳、大连、鞍山市联合创建X
          re: new RegExp(`([^，。；]{2,30}?、[^，。；]{2,30}?)联合${BUILD}`, 'g'),
          listOf: (m) => {
            const end = s.start + m.index + (m[1] ?? '').length;
            return [Math.max(clauseStart(s, end), s.start + m.index), end];
          },
          min: 2,
        },
      ];
      for (const p of patterns) {
        for (const m of s.text.matchAll(p.re)) {
          const [listStart, listEnd] = p.listOf(m);
          // 在A、B等领域建设…: fields, not partners.
          if (/领域|方向|^在/.test(text.slice(listStart, listEnd))) continue;
          // In an item's body the platform is the item's own (1.X。由Y牵头，联合A、B共建).
          const subject = s.start > 0 ? paragraphSubject(ctx, s.para) : undefined;
          const obj =
            firstNameAfter(ctx, s, s.start + m.index + m[0].length, 12, { sameClause: true }) ?? subject;
          if (!obj || !isPlatform(obj.kind)) continue;
          const partners = unitsIn(ctx, s, listStart, listEnd, 'enterprise', 'co-built-with', 0.78).filter(
            (u) => u.key !== obj.key,
          );
          if (partners.length < p.min) continue;
          const span = ctx.cite(
            s.para,
            listStart - (text[listStart - 2] === '联' ? 2 : 0),
            s.start + m.index + m[0].length,
          );
          for (const partner of partners)
            ctx.out.relation({
              from: obj.key,
              type: 'CO_BUILT_WITH',
              to: partner.key,
              cite: span,
              confidence: 0.86,
              rule: 'co-built-with',
            });
        }
      }
    }
  },
};
