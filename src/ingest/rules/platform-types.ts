/**
 * Entity rule: a document that names almost no platform of its own (an opinion on future
 * industries, a call for platform kinds) is curated by the kinds of platform it calls for
 * (中试平台, 基础科学中心, 超算中心). When the text calls for at least three such categories (a
 * status word governs them: 建设, 组建, 探索) and at
 * least as many as it gives names, the categories become proposals with a middling confidence
 * and a note saying what they are.
 */
import { PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import type { Rule } from './context.js';

const PLATFORMS: ReadonlySet<Kind> = new Set<Kind>(PLATFORM_KINDS);
// The confidence named-things gives a category that nothing (an aspiration, a box body) lowered.
const PLAIN_CATEGORY = 0.3;

export const platformTypes: Rule = {
  name: 'platform-types',
  from: ['future2024'],
  summary: 'the kinds of platform a document calls for, when it names almost no platform itself',
  run(ctx) {
    const all = [...ctx.out.entities.values()];
    // Counted from the text alone (not from names the graph knows), so that a second ingest
    // decides the same way.
    const fromText = all.filter((c) => PLATFORMS.has(c.kind) && c.rules.some((r) => r !== 'known-names'));
    const named = fromText.filter((c) => !c.generic && c.confidence >= 0.6);
    // Only categories the text calls to build (建设, 组建, 探索 …), not ones it discusses.
    const categories = fromText.filter(
      (c) => c.generic && c.confidence === PLAIN_CATEGORY && c.statusWord !== undefined,
    );
    if (categories.length < Math.max(3, named.length)) return;
    for (const c of categories) {
      c.confidence = 0.62;
      c.note = 'a kind of platform the document calls for; it names no single one';
      c.rules.push('platform-types');
    }
  },
};
