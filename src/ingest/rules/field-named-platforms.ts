/**
 * Entity rule: platforms named only by their field, in the pattern
 * 在A、B等(优势)领域(…)培育建设<国家技术创新中心> — one platform per field, named by the field
 * as the text writes it (a constructed name like "A国家技术创新中心" appears in no line and could not
 * be cited). Where the same document names the platform in full elsewhere (a box item whose name
 * contains the field), the full name wins and this candidate is dropped.
 */
import { headEndingAt } from '../names.js';
import { levelOf } from '../lexicon.js';
import { listItems } from '../names.js';
import { clauseStart } from '../text.js';
import { isNamedUnit, kindOf, statusOf, trimItem, type Rule } from './context.js';

const PATTERN =
  /在([^。；]*?)等(?:[^，。；、]{0,10}?)(?:领域|方向)[，,]?(?:[^。；]{0,30}?[，,])?(培育建设|培育创建|争创|布局建设|建设|组建|创建)([^，。；]{2,24})/g;

export const fieldNamedPlatforms: Rule = {
  name: 'field-named-platforms',
  from: ['plan14', 'dalian14'],
  summary: 'platforms named by their fields (在A、B等领域培育建设国家技术创新中心)',
  run(ctx) {
    for (const s of ctx.sentences) {
      for (const m of s.text.matchAll(PATTERN)) {
        const object = m[3] ?? '';
        if (/^(?:一批|若干|一些)/.test(object)) continue;
        // The kind comes from the first head noun of the object (…重点实验室和省部共建…).
        let head;
        for (let i = 2; i <= object.length && !head; i++) {
          const h = headEndingAt(object.slice(0, i), i, ctx.heads);
          if (h && h.kind !== 'chain') head = h;
        }
        if (!head) continue;
        const listStart = s.start + m.index + 1;
        const listEnd = listStart + (m[1] ?? '').length;
        const from = Math.max(listStart, clauseStart(s, listEnd));
        for (const item of listItems(s.para.text, from, listEnd)) {
          const [a, b] = trimItem(s, item.start, item.end);
          if (b - a < 2 || b - a > 16 || !isNamedUnit(s, a, b)) continue;
          const name = s.para.text.slice(a, b);
          ctx.out.entity({
            name,
            kind: kindOf(object, head),
            cite: ctx.cite(s.para, a, b),
            confidence: 0.72,
            rule: 'field-named-platforms',
            level: levelOf(object),
            status: statusOf(ctx, m[2]),
            statusWord: m[2] ?? '',
            note: `named in the text only by its field: a ${object} in ${name}`,
            bare: true,
          });
        }
      }
    }
  },
};
