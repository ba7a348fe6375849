/**
 * Relation rule HOSTED_BY (依托): a platform is built on an institution (or on another platform).
 *  - In a box or numbered item: 1.X。依托Y建设 → X HOSTED_BY Y (stated).
 *  - In running text: 依托Y(，)打造/建设/组建 X → X HOSTED_BY Y (stated).
 *  - 建设以Y为主体的X → X HOSTED_BY Y (stated).
 *  - A platform whose name opens with an institution's name (大连理工大学科技创新基地) is hosted
 *    by it (inferred).
 * In a chain's paragraph 依托 means the chain relies on the unit: see relies-on.
 */
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import { nameKey } from '../text.js';
import type { Rule } from './context.js';
import { firstNameAfter, paragraphSubject, unitsIn } from './subjects.js';

const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);
const isActor = (k: Kind): boolean => (ACTOR_KINDS as readonly Kind[]).includes(k);
const BUILD = /^[，,]?(?:建设|打造|组建|建立|创建|培育)/;

export const hostedBy: Rule = {
  name: 'hosted-by',
  summary:
    'HOSTED_BY from 依托…建设 in a box item, 依托Y打造X, 以Y为主体的X, and host names opening a platform name',
  run(ctx) {
    for (const s of ctx.sentences) {
      const subject = paragraphSubject(ctx, s.para);
      if (subject?.kind === 'chain') continue;
      const text = s.para.text;
      for (const m of s.text.matchAll(
        /(?:重点)?依托([^，。；、的]{2,40}?(?:、[^，。；、的]{2,30}?)*)(?=建设|打造|组建|[，。；])/g,
      )) {
        const verbAt = s.start + m.index;
        const listStart = verbAt + m[0].length - (m[1] ?? '').length;
        const listEnd = verbAt + m[0].length;
        const after = text.slice(listEnd, listEnd + 12);
        const targets = [];
        if (subject && isPlatform(subject.kind) && /^(?:建设|[，。；])/.test(after)) targets.push(subject);
        const built = BUILD.exec(after);
        if (built) {
          const obj = firstNameAfter(ctx, s, listEnd + built[0].length, 30, { sameClause: true });
          if (obj && isPlatform(obj.kind)) targets.push(obj);
        }
        if (targets.length === 0) continue;
        const hosts = unitsIn(ctx, s, listStart, listEnd, 'enterprise', 'hosted-by', 0.8).filter(
          (h) => isActor(h.kind) || isPlatform(h.kind),
        );
        const span = ctx.cite(s.para, verbAt, Math.min(listEnd + 2, s.end));
        for (const t of targets)
          for (const host of hosts)
            ctx.out.relation({
              from: t.key,
              type: 'HOSTED_BY',
              to: host.key,
              cite: span,
              confidence: 0.92,
              rule: 'hosted-by',
            });
      }
      for (const m of s.text.matchAll(/以([^，。；、]{2,30}?)为主体/g)) {
        const listStart = s.start + m.index + 1;
        const listEnd = listStart + (m[1] ?? '').length;
        const obj = firstNameAfter(ctx, s, listEnd, 60);
        if (!obj || !isPlatform(obj.kind)) continue;
        const hosts = unitsIn(ctx, s, listStart, listEnd, 'enterprise', 'hosted-by', 0.78);
        const span = ctx.cite(s.para, s.start + m.index, listEnd + 3);
        for (const host of hosts)
          ctx.out.relation({
            from: obj.key,
            type: 'HOSTED_BY',
            to: host.key,
            cite: span,
            confidence: 0.85,
            rule: 'hosted-by',
          });
      }
    }
    // X获批组建Y: the approved platform is built on the unit that applied.
    for (const s of ctx.sentences) {
      for (const m of s.text.matchAll(/获批(?:组建|建设|设立)/g)) {
        const at = s.start + m.index;
        const host = ctx.names(s).find((f) => f.end === at && !f.generic);
        // What was approved is in the verb's own clause (Z获批建设A，建有X: X is not approved).
        const obj = firstNameAfter(ctx, s, at + m[0].length, 16, { sameClause: true });
        if (!host || !obj || !isPlatform(obj.kind)) continue;
        const h = ctx.out.entities.get(nameKey(host.name));
        if (!h || h.key === obj.key) continue;
        const span = ctx.cite(s.para, host.start, at + m[0].length + 4);
        ctx.out.relation({
          from: obj.key,
          // A zone that has a platform is where it is, not its host.
          type: h.kind === 'zone' ? 'LOCATED_IN' : 'HOSTED_BY',
          to: h.key,
          cite: span,
          confidence: 0.8,
          rule: 'hosted-by',
        });
      }
    }
    // Z建有A和B with Z a zone (the sentence's subject, before the verb): A and B are in Z.
    for (const s of ctx.sentences) {
      for (const m of s.text.matchAll(/建有/g)) {
        const at = s.start + m.index;
        const zone = ctx
          .names(s)
          .filter((f) => f.end <= at && !f.generic)
          .map((f) => ctx.out.entities.get(nameKey(f.name)))
          .find((c) => c?.kind === 'zone');
        if (!zone) continue;
        const clauseEnd = s.para.text.slice(at, s.end).search(/[，。；]/);
        const end = clauseEnd < 0 ? s.end : at + clauseEnd;
        for (const f of ctx.names(s)) {
          if (f.start < at + 2 || f.end > end || f.generic) continue;
          const c = ctx.out.entities.get(nameKey(f.name));
          if (!c || c.key === zone.key || !isPlatform(c.kind) || c.kind === 'zone') continue;
          ctx.out.relation({
            from: c.key,
            type: 'LOCATED_IN',
            to: zone.key,
            cite: ctx.cite(s.para, at, f.end),
            confidence: 0.8,
            rule: 'hosted-by',
          });
        }
      }
    }
    // A platform named after its host: 大连理工大学科技创新基地, 沈阳农业大学院士工作站.
    const actors = [...ctx.out.entities.values()].filter((c) => isActor(c.kind) && c.name.length >= 4);
    for (const p of [...ctx.out.entities.values()]) {
      if (!isPlatform(p.kind) || p.generic) continue;
      const host = actors.find(
        (a) => p.key.startsWith(a.key) && p.key !== a.key && /(?:大学|学院|研究所|医院)$/.test(a.name),
      );
      if (!host) continue;
      const [cite] = p.cites;
      if (!cite) continue;
      ctx.out.relation({
        from: p.key,
        type: 'HOSTED_BY',
        to: host.key,
        basis: 'inferred',
        reason: 'the platform’s name begins with its host’s name',
        cite: { ...cite, span: nameKey(host.name) === host.key ? host.name : cite.span },
        confidence: 0.62,
        rule: 'hosted-by',
      });
      // Whatever is hosted by this platform rests on its institution too (以…院士工作站为主体的平台).
      for (const r of [...ctx.out.relations.values()]) {
        const [first] = r.cites;
        if (r.type !== 'HOSTED_BY' || r.to !== p.key || r.basis !== 'stated' || !first) continue;
        ctx.out.relation({
          from: r.from,
          type: 'HOSTED_BY',
          to: host.key,
          basis: 'inferred',
          reason: `its host ${p.name} belongs to ${host.name}, as the host’s name says`,
          cite: first,
          confidence: 0.62,
          rule: 'hosted-by',
        });
      }
    }
  },
};
