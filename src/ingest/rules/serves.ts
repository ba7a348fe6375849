/**
 * Relation rule SERVES (inferred): a platform named in a chain's own paragraph (--X产业链。…建立
 * “Y研究院”) serves that chain.
 */
import { PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import { nameKey } from '../text.js';
import type { Rule } from './context.js';
import { paragraphSubject } from './subjects.js';

const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);

export const serves: Rule = {
  name: 'serves',
  summary: 'SERVES (inferred) from a platform named in a chain’s paragraph',
  run(ctx) {
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
