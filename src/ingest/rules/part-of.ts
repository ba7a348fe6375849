/**
 * Relation rule PART_OF:
 *  - members of an umbrella the section heading names (一、建设辽宁实验室 → 辽宁材料实验室 …):
 *    same kind, same opening, the umbrella's characters in order (stated);
 *  - an affiliated hospital and its university (中国医科大学附属第一医院, inferred);
 *  - the core and functional areas of a zone being created (以A、B为核心区，以C为功能区…创建Z),
 *    with role core / functional (stated).
 */
import { isSubsequence } from '../resolve.js';
import { nameKey } from '../text.js';
import type { Rule } from './context.js';
import { firstNameAfter, unitsIn } from './subjects.js';

export const partOf: Rule = {
  name: 'part-of',
  summary: 'PART_OF from an umbrella named in the heading, affiliated hospitals, core/functional areas',
  run(ctx) {
    const all = [...ctx.out.entities.values()];
    // Umbrellas: a name on a heading line, members in the lines of that section.
    for (const u of all) {
      if (u.generic || u.kind === 'chain') continue;
      const headingLine = u.cites.find((c) =>
        /^[一二三四五六七八九十]+、|^第.+[章节]/.test((ctx.doc.lines[c.line - 1] ?? '').trim()),
      );
      if (!headingLine) continue;
      for (const m of all) {
        if (m === u || m.kind !== u.kind || m.generic || m.key.length <= u.key.length) continue;
        if (m.key.slice(0, 2) !== u.key.slice(0, 2) || m.key.slice(-2) !== u.key.slice(-2)) continue;
        if (!isSubsequence(u.key, m.key)) continue;
        const cite = m.cites.find((c) => c.section === headingLine.section && c.line !== headingLine.line);
        if (!cite) continue;
        ctx.out.relation({
          from: m.key,
          type: 'PART_OF',
          to: u.key,
          cite,
          confidence: 0.75,
          rule: 'part-of',
        });
      }
    }
    // Affiliated hospitals.
    for (const h of all) {
      if (h.kind !== 'hospital') continue;
      const m = /^(.{2,12}?(?:大学|学院))附属/.exec(h.name);
      if (!m) continue;
      const uni = ctx.out.entities.get(nameKey(m[1] ?? ''));
      const [first] = h.cites;
      if (!uni || !first) continue;
      ctx.out.relation({
        from: h.key,
        type: 'PART_OF',
        to: uni.key,
        basis: 'inferred',
        reason: 'an affiliated hospital (附属医院) of the university, as its name says',
        cite: { ...first, span: m[0] },
        confidence: 0.7,
        rule: 'part-of',
      });
    }
    // Core and functional areas.
    for (const s of ctx.sentences) {
      const target = /(?:创建|建设|打造)/g;
      const areas = [...s.text.matchAll(/以([^，。；]{2,40}?)为(核心区|功能区|辐射区)/g)];
      if (areas.length === 0) continue;
      let zone;
      for (const t of s.text.matchAll(target)) {
        const at = s.start + t.index + t[0].length;
        if (at < s.start + (areas.at(-1)?.index ?? 0)) continue;
        zone = firstNameAfter(ctx, s, at, 6);
        if (zone) break;
      }
      if (!zone) continue;
      for (const a of areas) {
        const start = s.start + a.index + 1;
        const role = a[2] === '核心区' ? 'core_area' : 'functional_area';
        const span = ctx.cite(s.para, start - 1, start + (a[1] ?? '').length + 4);
        for (const part of unitsIn(ctx, s, start, start + (a[1] ?? '').length, 'zone', 'part-of', 0.75))
          ctx.out.relation({
            from: part.key,
            type: 'PART_OF',
            to: zone.key,
            role,
            cite: span,
            confidence: 0.78,
            rule: 'part-of',
          });
      }
    }
  },
};
