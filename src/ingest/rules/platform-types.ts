/**
 * Entity rule: a document that names almost no platform of its own (an opinion on future
 * industries, a call for platform kinds) is curated by the kinds of platform it calls for
 * (中试平台, 基础科学中心, 超算中心). When fewer than three properly named platforms (a place, an
 * institution or a list item in the name) were found, the
 * categories found become proposals with a middling confidence and a note saying what they are.
 */
import { PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import type { EntityCandidate } from '../candidates.js';
import { CITY_NAMES } from '../lexicon.js';
import type { Rule } from './context.js';

// A name that holds a place or an institution, or that a list item gives, is a proper name.
const PROPER = new RegExp(`${CITY_NAMES.join('|')}|辽宁|东北|中国科学院|中科院|大学|研究所|医院|集团|公司|“`);
const properlyNamed = (c: EntityCandidate): boolean =>
  PROPER.test(c.name) || c.rules.includes('numbered-items') || c.rules.includes('chain-items');

const PLATFORMS: ReadonlySet<Kind> = new Set<Kind>(PLATFORM_KINDS);
// The confidence named-things gives a category that nothing (an aspiration, a box body) lowered.
const PLAIN_CATEGORY = 0.3;

export const platformTypes: Rule = {
  name: 'platform-types',
  from: ['future2024'],
  summary: 'the kinds of platform a document calls for, when it names almost no platform itself',
  run(ctx) {
    const all = [...ctx.out.entities.values()];
    // Counted from the text alone, so that a second ingest decides the same way.
    const named = all.filter((c) => PLATFORMS.has(c.kind) && !c.generic && properlyNamed(c));
    if (named.length >= 3) return;
    for (const c of all) {
      if (!PLATFORMS.has(c.kind) || !c.generic || c.confidence !== PLAIN_CATEGORY) continue;
      c.confidence = 0.62;
      c.note = 'a kind of platform the document calls for; it names no single one';
      c.rules.push('platform-types');
    }
  },
};
