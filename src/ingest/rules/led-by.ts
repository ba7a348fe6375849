/**
 * Relation rule LED_BY (牵头): a platform is led by an actor.
 *  - In a box or numbered item: 1.X。由Y牵头 → X LED_BY Y (stated).
 *  - In running text: 支持/由Y牵头，…建设/组建 X → X LED_BY Y (stated).
 * "由我省优势企业牵头" names no enterprise: the lead is the unnamed-enterprise placeholder the
 * curators use (seed/README.md), proposed under the words the text uses.
 */
import { PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import { levelOf } from '../lexicon.js';
import type { Rule } from './context.js';
import { firstNameAfter, paragraphSubject, unitsIn, type Subject } from './subjects.js';

const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);
const UNNAMED = /^(?:我省|我市|本省|本市|省内|市内)?(?:优势|骨干|龙头|领军|行业领军|行业龙头)企业$/;

export const ledBy: Rule = {
  name: 'led-by',
  summary: 'LED_BY from 由Y牵头 in a box item and 支持Y牵头…建设X in running text',
  run(ctx) {
    for (const s of ctx.sentences) {
      const subject = paragraphSubject(ctx, s.para);
      for (const m of s.text.matchAll(/(?:由|支持)([^，。；]{2,40}?)牵头/g)) {
        const listStart = s.start + m.index + (m[0].startsWith('由') ? 1 : 2);
        const listEnd = listStart + (m[1] ?? '').length;
        const targets: Subject[] = [];
        if (m[0].startsWith('由') && subject && isPlatform(subject.kind) && s.start <= listStart)
          targets.push(subject);
        const build = /(?:建设|组建|建立|打造)/.exec(s.para.text.slice(listEnd, s.end));
        if (build) {
          // 由Y牵头建设，位于Z: what is built is in the verb's clause, never the place after a comma.
          const obj = firstNameAfter(ctx, s, listEnd + build.index + build[0].length, 20, {
            sameClause: true,
          });
          if (obj && isPlatform(obj.kind) && obj.key !== subject?.key) targets.push(obj);
        }
        if (targets.length === 0) continue;
        const name = s.para.text.slice(listStart, listEnd);
        const leads = UNNAMED.test(name)
          ? [
              {
                key: ctx.out.entity({
                  name,
                  kind: 'enterprise',
                  cite: ctx.cite(s.para, listStart, listEnd),
                  confidence: 0.8,
                  rule: 'led-by',
                  level: levelOf(name),
                  note: 'placeholder: the text names no enterprise',
                }),
              },
            ]
          : unitsIn(ctx, s, listStart, listEnd, 'enterprise', 'led-by', 0.8);
        const span = ctx.cite(s.para, s.start + m.index, listEnd + 2);
        for (const t of targets)
          for (const lead of leads)
            ctx.out.relation({
              from: t.key,
              type: 'LED_BY',
              to: lead.key,
              cite: span,
              confidence: 0.9,
              rule: 'led-by',
            });
      }
    }
  },
};
