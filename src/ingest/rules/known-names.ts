/**
 * Entity rule: names of entities already in the graph (names, aliases, curated abbreviations)
 * wherever the text writes them, so that a new document's mentions of known platforms,
 * institutions and chains are proposed even when no pattern frames them. Only platform, actor
 * and chain kinds; names shorter than three characters and generic ones (高新区) are skipped, and
 * so is a hit inside a longer name the text gives (大连高新区 inside 大连高新区管委会), unless it
 * opens that name and is an institution (大连理工大学 in 大连理工大学科技创新基地).
 */
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind } from '../../ontology/ontology.js';
import { isGeneric } from '../names.js';
import { tokenize } from '../segment.js';
import { nameKey, type Sentence } from '../text.js';
import type { Rule } from './context.js';

const KINDS: ReadonlySet<Kind> = new Set<Kind>([...PLATFORM_KINDS, ...ACTOR_KINDS, 'chain']);
const ACTORS: ReadonlySet<Kind> = new Set<Kind>(ACTOR_KINDS);

const isShortAbbreviation = (n: { key: string; kind: Kind; how: string }): boolean =>
  n.how === 'abbreviation' && ACTORS.has(n.kind) && Array.from(n.key).length === 2 && !/[A-Z0-9]/.test(n.key);

/**
 * Whether a two-character abbreviation at [start, end) is a word of the sentence and the subject
 * or object of a clause: jieba reads exactly it as one token, and what follows is a verb, a
 * list separator, 的 or the end of a clause (鞍钢牵头…, 联合瓦轴共建, 支持沈鼓、…), not more of
 * a name (鞍钢集团 is matched as itself, longest first).
 */
function standsAlone(s: Sentence, start: number, end: number): boolean {
  const i = s.tokens.findIndex((t) => t.start === start && t.end === end);
  if (i === -1) return false;
  const next = s.tokens[i + 1];
  return !next || /^(?:v|vn|p|c|d|uj|x)$/.test(next.tag) || /^[、，。；和与及]/.test(next.word);
}

export const knownNames: Rule = {
  name: 'known-names',
  summary: 'names, aliases and abbreviations of entities already in the graph',
  run(ctx) {
    const names = ctx.graph
      .names()
      // Two-character curated abbreviations of institutions (鞍钢, 瓦轴) count where jieba reads
      // them as a word of their own (see `standsAlone`); other names need three characters.
      .filter((n) => KINDS.has(n.kind) && (Array.from(n.key).length >= 3 || isShortAbbreviation(n)))
      // Chains named by a bare industry word (食品加工, 石油化工) are everyday words in other texts.
      .filter((n) => n.kind !== 'chain' || /(?:链|集群)$/.test(n.key))
      // A bare head (高新区) or a short category (优势企业) is everywhere; longer names are names.
      .filter(
        (n) =>
          n.key.length >= 6 ||
          isShortAbbreviation(n) ||
          !isGeneric(
            tokenize(n.key)
              .map((t) => t.word)
              .slice(0, -1),
          ) ||
          /[A-Z0-9]/.test(n.key),
      )
      .filter((n) => !ctx.heads.some((h) => h.word === n.key));
    // This document's own names: every line that names a proposed platform cites it, so that
    // a second ingest finds nothing the first one left out.
    const own = [...ctx.out.entities.values()]
      .filter((c) => !c.generic && !c.bare && c.key.length >= 4 && KINDS.has(c.kind) && c.confidence >= 0.5)
      .map((c) => ({ key: c.key, id: '', kind: c.kind, how: 'name' as const }));
    names.push(...own);
    // Longest first, so that 中国科学院大连化学物理研究所 wins over a shorter name inside it.
    names.sort((a, b) => b.key.length - a.key.length);
    for (const s of ctx.sentences) {
      const key = nameKey(s.text);
      // nameKey only drops quotes and changes widths; map offsets back through the dropped quotes.
      const offsets: number[] = [];
      Array.from(s.text).forEach((ch, i) => {
        if (nameKey(ch) !== '') offsets.push(s.start + i);
      });
      const taken: [number, number][] = [];
      const found = ctx.names(s);
      for (const n of names) {
        let from = 0;
        for (;;) {
          const i = key.indexOf(n.key, from);
          if (i === -1) break;
          from = i + 1;
          const start = offsets[i];
          const end = (offsets[i + n.key.length - 1] ?? -2) + 1;
          if (start === undefined || end <= start) continue;
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          if (Array.from(n.key).length < 3 && !standsAlone(s, start, end)) continue;
          const inside = found.find((f) => f.start <= start && end <= f.end && f.end - f.start > end - start);
          if (inside && !(inside.start === start && ACTORS.has(n.kind))) continue;
          taken.push([start, end]);
          ctx.out.entity({
            name: s.para.text.slice(start, end),
            kind: n.kind,
            cite: ctx.cite(s.para, start, end),
            confidence: n.id === '' ? 0.5 : 0.88,
            rule: 'known-names',
            ...(n.id === '' ? {} : { known: n.id }),
          });
        }
      }
    }
  },
};
