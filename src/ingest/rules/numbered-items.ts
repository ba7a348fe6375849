/**
 * Entity rule: an item of a numbered list or box whose first sentence is a name
 * (1.省部共建…国家重点实验室。依托…). The box title's status word (专栏1 …（争创）) applies.
 */
import { ITEM_MARKER } from '../document.js';
import { headEndingAt, isGeneric } from '../names.js';
import { addFound, nameCovering, trimItem, type Rule } from './context.js';

export const numberedItems: Rule = {
  name: 'numbered-items',
  summary: 'a numbered item whose first sentence is a name (专栏 boxes, lists of platforms)',
  run(ctx) {
    for (const s of ctx.sentences) {
      if (s.start !== 0) continue;
      const m = ITEM_MARKER.exec(s.text);
      if (!m) continue;
      // The item's title may open with a verb (1．积极创建X。): the name starts after it.
      const [start, trimmedEnd] = trimItem(s, m[0].length, s.end - (/[。；]$/.test(s.text) ? 1 : 0));
      // ①X，由Y牵头建设：an item whose first clause is exactly a name the parse found.
      const comma = s.para.text.indexOf('，', start);
      const end =
        comma > start && comma < trimmedEnd && nameCovering(ctx, s, start, comma) ? comma : trimmedEnd;
      const name = s.para.text.slice(start, end);
      if (name.length > 32 || /[，、；：,]/.test(name)) continue;
      const head = headEndingAt(s.para.text.slice(0, end), end, ctx.heads);
      if (!head || name.length <= head.word.length) continue;
      if (isGeneric([name.slice(0, name.length - head.word.length)])) continue;
      addFound(ctx, s, { name, start, end, head, generic: false, quality: 1 }, 'numbered-items', 0.97);
    }
  },
};
