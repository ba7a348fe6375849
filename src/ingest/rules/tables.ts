/**
 * Entity and relation rule for table rows (see tables.ts): the name cell is a platform when it
 * ends in a head noun; its host, lead and partner cells give HOSTED_BY, LED_BY and CO_BUILT_WITH,
 * its place cell LOCATED_IN (stated: the column title says what the cell is). Its status is the
 * row's status cell (已建成, 拟建 …), else the word of the list's caption (拟培育创新平台名单), else
 * of the sentence that introduces the lists (确定以下平台获批建设).
 */
import type { RelType } from '../../ontology/ontology.js';
import { levelOf } from '../lexicon.js';
import { headEndingAt } from '../names.js';
import { isHeader, type CellRole } from '../tables.js';
import { kindOf, statusOf, type Rule, type RuleContext } from './context.js';
import { unitsIn } from './subjects.js';

const RELATION: Partial<Record<CellRole, RelType>> = {
  host: 'HOSTED_BY',
  lead: 'LED_BY',
  partner: 'CO_BUILT_WITH',
  place: 'LOCATED_IN',
};

/** The longest status word a line holds. */
const wordIn = (ctx: RuleContext, text: string): string | undefined =>
  ctx.statusWords.find((w) => text.includes(w.word))?.word;

/**
 * The status word a list gives its rows: the caption or heading just above the rows, else the
 * nearest earlier sentence that announces what follows (以下/如下/下列), within 30 lines.
 */
function listWord(ctx: RuleContext, line: number): string | undefined {
  const rows = new Set(ctx.doc.paragraphs.filter((p) => p.cells).map((p) => p.parts[0]?.line));
  let caption = true;
  for (let l = line - 1; l >= 1 && l >= line - 30; l--) {
    const raw = ctx.doc.lines[l - 1] ?? '';
    if (raw.trim() === '' || rows.has(l) || isHeader(raw.trim().split(/[\s\u3000]+/))) continue;
    const t = raw.replace(/\s+/g, '');
    const word = wordIn(ctx, t);
    if (caption && word && t.length <= 40 && !/[，。]/.test(t)) return word;
    if (/[，。；]/.test(t)) caption = false;
    if (word && /以下|如下|下列/.test(t)) return word;
  }
  return undefined;
}

export const tables: Rule = {
  name: 'tables',
  summary:
    'a table row: the platform of its name cell, with its host, lead, partner and place cells and its status cell or the list’s word',
  run(ctx) {
    for (const s of ctx.sentences) {
      const cells = s.para.cells;
      if (!cells || s.start !== 0) continue;
      const name = cells.find((c) => c.role === 'name');
      if (!name) continue;
      const text = s.para.text;
      const value = text.slice(name.start, name.end);
      const head = headEndingAt(value, value.length, ctx.heads);
      if (!head || value.length <= head.word.length || value.length > 40) continue;
      const line = s.para.parts[0]?.line ?? 1;
      const statusCell = cells.find((c) => c.role === 'status');
      const cellWord = statusCell && wordIn(ctx, text.slice(statusCell.start, statusCell.end));
      const word = cellWord ?? listWord(ctx, line);
      const cite = ctx.cite(s.para, name.start, name.end);
      const key = ctx.out.entity({
        name: value,
        kind: kindOf(value, head),
        cite: { ...cite, ...(word ? { statusWord: word } : {}) },
        confidence: Math.min(0.97, 0.7 + 0.3 * head.weight),
        rule: 'tables',
        level: levelOf(value),
        status: statusOf(ctx, word),
        ...(word ? { statusWord: word } : {}),
      });
      const sentenceOf = (at: number) =>
        ctx.sentences.find((x) => x.para === s.para && x.start <= at && at < x.end);
      for (const c of cells) {
        const type = RELATION[c.role];
        const cs = sentenceOf(c.start);
        if (!type || !cs) continue;
        const units = unitsIn(
          ctx,
          cs,
          c.start,
          c.end,
          c.role === 'place' ? 'region' : 'enterprise',
          'tables',
          0.9,
        );
        for (const u of units) {
          if (type === 'LOCATED_IN' && u.kind !== 'region' && u.kind !== 'zone') continue;
          ctx.out.relation({
            from: key,
            type,
            to: u.key,
            cite: ctx.cite(s.para, c.start, c.end),
            confidence: 0.9,
            rule: 'tables',
          });
        }
      }
    }
  },
};
