/**
 * Relation rule SERVES (inferred): a platform named in a chain's own paragraph (--X产业链。…建立
 * “Y研究院”) serves that chain.
 */
import { PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import { nameKey } from '../text.js';
import type { Rule } from './context.js';
import { firstNameAfter, paragraphSubject } from './subjects.js';

const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);
const PLACE_OR_HOST_BEFORE =
  /(?:依托|位于|在|由|联合|与|和|落户|设在|坐落于|坐落在|入驻|建于|选址|并入|纳入)$/;

export const serves: Rule = {
  name: 'serves',
  summary:
    'SERVES (stated) from 服务(于)Y产业链 said of a platform; (inferred) from a platform named in a chain’s paragraph',
  run(ctx) {
    // Stated: the platform an item is about, or the one named before the verb, 服务(于) a chain.
    for (const s of ctx.sentences) {
      for (const m of s.text.matchAll(/(?:服务于|服务|支撑)/g)) {
        const at = s.start + m.index + m[0].length;
        const chain = ctx
          .names(s)
          .find(
            (f) =>
              f.start >= at && f.start - at <= 2 && ctx.out.entities.get(nameKey(f.name))?.kind === 'chain',
          );
        if (!chain) continue;
        const chainKey = ctx.out.entities.get(nameKey(chain.name))?.key;
        if (!chainKey) continue;
        // The item's own platform in its body; else the platform named before the verb that is
        // not itself a host or place (依托海城菱镁产业园建设，服务…: the park is the host).
        const before = ctx
          .names(s)
          .filter((f) => f.end <= s.start + m.index && !f.generic)
          // A place after 落户/位于/设在 is an object of its clause, never the subject of a later
          // one (X由A牵头…，落户Z，将服务Y: X serves Y, not Z).
          .filter((f) => !PLACE_OR_HOST_BEFORE.test(s.para.text.slice(Math.max(0, f.start - 3), f.start)))
          .map((f) => ctx.out.entities.get(nameKey(f.name)))
          .filter((c) => c !== undefined && isPlatform(c.kind));
        const subject = (s.start > 0 ? paragraphSubject(ctx, s.para) : undefined) ?? before.at(-1);
        if (!subject || !isPlatform(subject.kind)) continue;
        ctx.out.relation({
          from: subject.key,
          type: 'SERVES',
          to: chainKey,
          cite: ctx.cite(s.para, s.start + m.index, chain.end),
          confidence: 0.86,
          rule: 'serves',
        });
      }
    }
    // Stated: 围绕A(和B)产业链，布局建设X: what is built around a chain serves it.
    for (const s of ctx.sentences) {
      const m = /围绕([^，。；]{2,60}?)[，,](?:[^，。；]{0,6}?)(?:布局建设|建设|打造|组建|培育|建立)/.exec(
        s.text,
      );
      if (!m) continue;
      const listStart = s.start + m.index + 2;
      const listEnd = listStart + (m[1] ?? '').length;
      const chains = ctx
        .names(s)
        .filter((f) => f.start >= listStart && f.end <= listEnd && !f.generic)
        .map((f) => ctx.out.entities.get(nameKey(f.name)))
        .filter((c) => c?.kind === 'chain');
      const verbEnd = s.start + m.index + m[0].length;
      const obj = firstNameAfter(ctx, s, verbEnd, 4, { sameClause: true });
      if (!obj || !isPlatform(obj.kind)) continue;
      for (const c of chains)
        if (c)
          ctx.out.relation({
            from: obj.key,
            type: 'SERVES',
            to: c.key,
            cite: ctx.cite(s.para, s.start + m.index, listEnd),
            confidence: 0.8,
            rule: 'serves',
          });
    }
    for (const s of ctx.sentences) {
      const chain = paragraphSubject(ctx, s.para);
      if (chain?.kind !== 'chain') continue;
      for (const f of ctx.names(s)) {
        const c = ctx.out.entities.get(nameKey(f.name));
        if (!c || !isPlatform(c.kind) || c.generic) continue;
        ctx.out.relation({
          from: c.key,
          type: 'SERVES',
          to: chain.key,
          basis: 'inferred',
          reason: 'the platform is named in the chain’s own paragraph',
          cite: ctx.cite(s.para, f.start, f.end),
          confidence: 0.6,
          rule: 'serves',
        });
      }
    }
  },
};
