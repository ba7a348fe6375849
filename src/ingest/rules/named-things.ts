/**
 * Entity rule: every name that ends in a head noun of a platform, institution or chain kind
 * (…国家重点实验室, …研究院, …高新区, …大学, …产业链). A head with only generic words before it
 * (一批重点实验室, 省级高新区) is a category, proposed with a low confidence for the curator to
 * judge. A name that follows an aspiration (建设世界一流的…基地) is a goal more often than a
 * platform, and is trusted less.
 */
import { PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import { clauseStart } from '../text.js';
import { addFound, type Rule } from './context.js';
import { paragraphSubject } from './subjects.js';

const PLATFORMS: ReadonlySet<Kind> = new Set<Kind>(PLATFORM_KINDS);

const GENERIC_CONFIDENCE = 0.3;
// …一流的X / 国内领先的X / 最大的X: a description of what is to come.
// …一流的X, 国内领先的A、B: a description of what is to come, before the name or its list.
const ASPIRATION = /(?:一流|知名|领先|最大|最具|高水平|影响|特色鲜明)[^，。；、]{0,6}的[^，。；的]*$/;
// 学习借鉴X经验, 参照X, 对标X: a platform named only as a model to learn from is not one of the plan.
const MODEL = /(?:学习借鉴|借鉴|学习|参照|对标|参考|效仿)$/;
const MODEL_CONFIDENCE = 0.4;

export const namedThings: Rule = {
  name: 'named-things',
  summary: 'names ending in a head noun of a platform, institution or chain kind',
  run(ctx) {
    for (const s of ctx.sentences) {
      for (const f of ctx.names(s)) {
        if (f.name.length <= f.head.word.length && !f.generic) continue;
        let confidence = f.generic ? GENERIC_CONFIDENCE : f.head.weight * f.quality * 0.92;
        const before = s.para.text.slice(clauseStart(s, f.start), f.start);
        if (ASPIRATION.test(before)) confidence *= 0.6;
        // The body of a platform's box item describes it: other platform names there are its parts or goals.
        const subject = paragraphSubject(ctx, s.para);
        if (subject && s.start > 0 && PLATFORMS.has(subject.kind) && PLATFORMS.has(f.head.kind))
          confidence *= 0.6;
        if (f.name.length > 24) confidence *= 0.85;
        let note = f.generic ? 'a category named in the text, not a single named platform' : undefined;
        if (!f.generic && MODEL.test(before)) {
          confidence = Math.min(confidence, MODEL_CONFIDENCE);
          note = 'named as a model to learn from (借鉴/参照/对标), not a platform of the plan';
        } else if (!f.generic && f.name.startsWith('原')) {
          // 原X: a former unit (merged or renamed away), not a new entity.
          confidence = Math.min(confidence, MODEL_CONFIDENCE);
          note = 'a former unit (原…), not a new entity';
        }
        addFound(ctx, s, f, 'named-things', confidence, note ? { note } : {});
      }
    }
  },
};
