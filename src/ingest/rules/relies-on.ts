/**
 * Relation rule RELIES_ON (重点依托/重点支持): the units a chain relies on, in the paragraph that
 * opens with the chain (--X产业链。重点依托A、B等骨干企业…). The list runs to 等单位/等企业 or
 * to the end of the clause. Role (the ontology's): 重点依托 and a plain 依托 → key_reliance,
 * 重点支持 → key_support; a plain 支持A、B建立… gets no role, and is only inferred.
 */
import type { Rule } from './context.js';
import { paragraphSubject, unitsIn } from './subjects.js';

const VERB = /(重点依托|重点支持|依托|支持)/g;
const UNIT_END = /等(?:[^，。；、]{0,4}?)(?:单位|企业)/;

const ROLES: Partial<Record<string, string>> = {
  重点依托: 'key_reliance',
  重点支持: 'key_support',
  依托: 'key_reliance',
};

export const reliesOn: Rule = {
  name: 'relies-on',
  summary: 'RELIES_ON from the 重点依托/重点支持/依托 lists of a chain’s paragraph',
  run(ctx) {
    for (const s of ctx.sentences) {
      const chain = paragraphSubject(ctx, s.para);
      if (chain?.kind !== 'chain') continue;
      const text = s.para.text;
      for (const m of s.text.matchAll(VERB)) {
        const verb = m[1] ?? '';
        const listStart = s.start + m.index + verb.length;
        const rest = text.slice(listStart, s.end);
        if (/^(?:[^，。；]{0,20})为载体/.test(rest)) continue;
        const unitEnd = UNIT_END.exec(rest);
        const buildEnd = /建立|组建|共建/.exec(rest);
        const clauseEnd = /[，。；]/.exec(rest);
        let end: number | undefined;
        let inferred = false;
        if (unitEnd && (!buildEnd || unitEnd.index < buildEnd.index)) end = unitEnd.index;
        else if (buildEnd && (!clauseEnd || buildEnd.index < clauseEnd.index)) {
          end = buildEnd.index;
          inferred = verb === '支持';
        } else if (verb !== '支持' && clauseEnd) end = clauseEnd.index;
        if (end === undefined || end < 2) continue;
        // A plain 支持 outside a unit list (支持储能系统…等关键零部件) names no unit.
        if (verb === '支持' && !unitEnd && !buildEnd) continue;
        const units = unitsIn(ctx, s, listStart, listStart + end, 'enterprise', 'relies-on', 0.85);
        const span = ctx.cite(s.para, s.start + m.index, listStart + Math.min(end, 36));
        for (const u of units)
          ctx.out.relation({
            from: chain.key,
            type: 'RELIES_ON',
            to: u.key,
            cite: span,
            confidence: inferred ? 0.7 : 0.9,
            rule: 'relies-on',
            ...(ROLES[verb] === undefined ? {} : { role: ROLES[verb] }),
            ...(inferred
              ? {
                  basis: 'inferred' as const,
                  reason:
                    'the chain’s paragraph supports these units (支持) to build a platform rather than saying it relies on them',
                }
              : {}),
          });
      }
    }
  },
};
