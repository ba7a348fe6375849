/**
 * Relation rule for running text (announcements, news): the subject and object of the verbs that
 * state who builds a platform, where it is and what it belongs to, each relation cited to its
 * line with the words that state it, and `stated` only when those words are there.
 *
 *  - HOSTED_BY: X依托Y(建设); Y“X” (a host before a quoted platform name).
 *  - LED_BY: X由Y牵头(组建); Y牵头组建(了)(的)X; Y联合A共建X (Y leads, A co-builds).
 *  - CO_BUILT_WITH: 联合A、B(共建|组建|成立|共同建设); 由A与B共建 (both).
 *  - LOCATED_IN: X(均|分别)坐落于/位于/落户/设在/选址Z; 在Z揭牌/设立; 分别…A和B pairs the lists.
 *  - PART_OF: 成为Z的组成部分/核心…; (均)为Z的组成部分; 纳入Z; A、B、C、D四家Z (an enumeration
 *    sharing Z's head noun: each item + head is a member of Z).
 *
 * The subject is the platform named before the verb in the sentence; when the sentence names
 * none (该中心…, 两家实验室均…, 上述平台…), it is the platform (or the platforms) the previous
 * sentences were about.
 */
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind, type RelType } from '../../ontology/ontology.js';
import { levelOf } from '../lexicon.js';
import { nameKey, type Sentence } from '../text.js';
import type { RuleContext, Rule } from './context.js';
import { paragraphSubject } from './subjects.js';

const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);
const isActor = (k: Kind): boolean => (ACTOR_KINDS as readonly Kind[]).includes(k);
const isPlace = (k: Kind): boolean => k === 'region' || k === 'zone';
const sentenceCount = (p: Sentence['para']): number => (p.text.match(/[。！？；]/g) ?? []).length;

interface Mention {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly kind: Kind;
}

const RULE = 'stated-relations';
const NUMBER = '〇一两三四五六七八九十';
const TARGET_BEFORE = /(?:纳入|成为|为|位于|坐落于|坐落在|落户|设在|选址|建于|在|于|依托|联合|由|与)$/;
const CONFIDENCE = 0.86;

/** Every proposed name (and every region the graph knows) where the sentence writes it, longest first. */
function mentionsIn(s: Sentence, names: readonly { text: string; key: string; kind: Kind }[]): Mention[] {
  const out: Mention[] = [];
  const text = s.para.text;
  for (const n of names) {
    let from = s.start;
    for (;;) {
      const i = text.indexOf(n.text, from);
      if (i === -1 || i + n.text.length > s.end) break;
      from = i + 1;
      const end = i + n.text.length;
      if (out.some((m) => i < m.end && end > m.start)) continue;
      out.push({ start: i, end, key: n.key, kind: n.kind });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Region candidates for the places the graph knows (沈阳, 甘井子区), keyed for relations. */
function placeNames(ctx: RuleContext): { text: string; key: string; kind: Kind; id: string }[] {
  return ctx.graph
    .names()
    .filter((n) => n.kind === 'region' && Array.from(n.key).length >= 2 && !/^(?:我省|全省)$/.test(n.key))
    .map((n) => ({ text: n.key, key: n.key, kind: n.kind, id: n.id }));
}

// An anaphor at the start of a sentence: 该中心, 中心, 两家实验室, 上述平台, 实验室 …
const ANAPHOR =
  /^(?:(?:同时|此外|目前|近日|日前|至此|其中|另外)，)?(?:该|上述|这些|新|[两二三四五六七八九十几多]+[家个所座])?(?:中心|实验室|研究院|基地|装置|平台|设施|科学城|科技城|示范区|研究中心|创新中心|新区)/;

export const statedRelations: Rule = {
  name: RULE,
  summary:
    'HOSTED_BY/LED_BY/CO_BUILT_WITH/LOCATED_IN/PART_OF from the verbs of running text (依托, 由…牵头, 联合…共建, 坐落于/位于/落户, 成为…的组成部分, enumerations with a shared head, host“name”)',
  run(ctx) {
    const places = placeNames(ctx);
    const placeKey = new Map<string, string>();
    const ensurePlace = (s: Sentence, m: Mention): string => {
      if (m.kind !== 'region') return m.key;
      const known = placeKey.get(m.key);
      if (known) return known;
      const p = places.find((x) => x.key === m.key);
      const key = ctx.out.entity({
        name: s.para.text.slice(m.start, m.end),
        kind: 'region',
        cite: ctx.cite(s.para, m.start, m.end),
        confidence: 0.88,
        rule: RULE,
        ...(p ? { known: p.id } : {}),
      });
      placeKey.set(m.key, key);
      return key;
    };
    let topic: Mention[] = [];
    // The platforms the text has been about, one per sentence that names one, in order.
    const recent: Mention[] = [];
    let para: Sentence['para'] | undefined;
    for (const s of ctx.sentences) {
      // An anaphor refers back across short paragraphs (news, one or two sentences each), not
      // across a heading, a numbered item or a plan's long paragraph.
      if (s.para !== para) {
        const long = para !== undefined && sentenceCount(para) > 3;
        para = s.para;
        if (
          long ||
          /^(?:\d+[.．、]|[\u2460-\u2487]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|[-－—]{2}|第.+[章节])/.test(
            para.text,
          )
        ) {
          topic = [];
          recent.length = 0;
        }
      }
      const names = [...ctx.out.entities.values()]
        .filter((c) => !c.generic && !c.bare && c.confidence >= 0.5 && Array.from(c.name).length >= 2)
        .map((c) => ({ text: c.name, key: c.key, kind: c.kind }));
      const all = mentionsIn(
        s,
        [...names, ...places].sort((a, b) => b.text.length - a.text.length),
      );
      const text = s.para.text;
      const rel = (from: Mention, type: RelType, to: Mention, a: number, b: number): void => {
        if (from.key === to.key) return;
        ctx.out.relation({
          from: from.key,
          type,
          to: ensurePlace(s, to),
          cite: ctx.cite(s.para, Math.max(s.start, a), Math.min(s.end, b)),
          confidence: CONFIDENCE,
          rule: RULE,
        });
      };
      const platforms = all.filter((m) => isPlatform(m.kind));
      // A platform right after a preposition or a relation verb is that verb's target or agent
      // (位于Z, 由Y, 依托Y, 纳入Z), never the subject of a later verb.
      const isTarget = (m: Mention): boolean =>
        TARGET_BEFORE.test(text.slice(Math.max(s.start, m.start - 4), m.start));
      const before = (at: number): Mention[] => platforms.filter((m) => m.end <= at && !isTarget(m));
      // The sentence's subjects for a verb at `at`: the platforms before it in the sentence
      // (joined by 、和与及 when several), else the previous sentences' topic.
      const subjectsAt = (at: number): Mention[] => {
        const b = before(at);
        if (b.length > 0) {
          const last = b[b.length - 1];
          if (!last) return [];
          const group = [last];
          for (let i = b.length - 2; i >= 0; i--) {
            const m = b[i];
            const next = group[0];
            if (!m || !next) break;
            if (/^[、和与及]$/.test(text.slice(m.end, next.start))) group.unshift(m);
            else break;
          }
          // A platform that is itself the object of an earlier verb in a different clause is
          // still the subject when no comma separates them; keep it simple: the nearest group.
          return group;
        }
        // In an item's body (1.X。由Y牵头，…，位于Z) the item's own platform is the subject.
        const item = s.start > 0 ? paragraphSubject(ctx, s.para) : undefined;
        if (item && isPlatform(item.kind)) return [{ start: 0, end: 0, key: item.key, kind: item.kind }];
        const head = text.slice(s.start, at);
        if (ANAPHOR.test(head) || /^(?:均|分别)/.test(head)) {
          const m = /([两二三四五六七八九十]+)[家个所座]/.exec(head);
          const n = m ? NUMBER.indexOf((m[1] ?? '').slice(-1)) : -1;
          if (n > 1) return recent.slice(-n);
          if (/^(?:上述|这些)|均|分别/.test(head)) return topic.length > 1 ? topic : recent.slice(-2);
          return topic.slice(-1);
        }
        return [];
      };
      const firstAfter = (at: number, within: number, ok: (k: Kind) => boolean): Mention | undefined =>
        all.find((m) => m.start >= at && m.start - at <= within && ok(m.kind));
      const listAfter = (at: number, ok: (k: Kind) => boolean): Mention[] => {
        // A list of units right after a verb: A、B和C.
        const out: Mention[] = [];
        let pos = at;
        for (const m of all) {
          if (m.start < pos) continue;
          const gap = text.slice(pos, m.start);
          if (out.length === 0 ? gap.length > 6 || /[，。；]/.test(gap) : !/^[、和与及]$/.test(gap)) break;
          if (!ok(m.kind)) break;
          out.push(m);
          pos = m.end;
        }
        return out;
      };
      const objectAfter = (at: number): Mention | undefined => {
        // The platform a build verb makes: right after it, or after 的.
        const m = /^(?:了|的)?/.exec(text.slice(at));
        return firstAfter(at + (m?.[0].length ?? 0), 0, isPlatform);
      };

      // Y“X”: a host before the quoted name of a platform; Y right before X全国重点实验室.
      for (const y of all.filter((m) => isActor(m.kind))) {
        const lab = all.find((m) => m.start === y.end && /全国重点实验室$/.test(m.key));
        if (lab) rel(lab, 'HOSTED_BY', y, y.start, lab.end);
        if (!/^[“"「『]/.test(text.slice(y.end))) continue;
        const x = all.find((m) => m.start === y.end + 1 && isPlatform(m.kind));
        if (x && /^[”"」』]/.test(text.slice(x.end))) rel(x, 'HOSTED_BY', y, y.start, x.end + 1);
      }

      // 依托Y: X依托Y(建设) → X HOSTED_BY Y.
      for (const m of text.slice(s.start, s.end).matchAll(/(?:重点)?依托(?:单位)?(?:为|是|：|:)?/g)) {
        const at = s.start + m.index;
        // 重点依托 lists the units a chain relies on (relies-on), not a host.
        if (m[0].startsWith('重点') || paragraphSubject(ctx, s.para)?.kind === 'chain') continue;
        const hosts = listAfter(at + m[0].length, (k) => isActor(k) || isPlatform(k));
        if (hosts.length === 0) continue;
        const last = hosts[hosts.length - 1];
        // X要依托Y建设Z: what is built on Y is Z (hosted-by reads it); X is the agent, not hosted.
        if (
          /^(?:建设|打造|组建|建立|创建|培育)/.test(text.slice(last?.end ?? at, s.end)) &&
          objectAfter((last?.end ?? at) + 2)
        )
          continue;
        const subjects = subjectsAt(at);
        for (const x of subjects) for (const y of hosts) rel(x, 'HOSTED_BY', y, at, (last?.end ?? at) + 2);
      }

      // 由Y牵头 / 由A与B共建.
      for (const m of text.slice(s.start, s.end).matchAll(/由/g)) {
        const at = s.start + m.index;
        const units = listAfter(at + 1, (k) => isActor(k) || isPlatform(k));
        if (units.length === 0) continue;
        const last = units[units.length - 1];
        if (!last) continue;
        const after = text.slice(last.end, last.end + 8);
        // 由Y牵头，联合A共同组建的X: no subject before, the platform the clause builds after 的.
        const built = /(?:组建|建设|共建|成立|打造)的/.exec(text.slice(last.end, s.end));
        const object = built ? objectAfter(last.end + built.index + built[0].length) : undefined;
        const subjects = subjectsAt(at).length > 0 ? subjectsAt(at) : object ? [object] : [];
        if (/^牵头/.test(after)) {
          for (const x of subjects) for (const y of units) rel(x, 'LED_BY', y, at, last.end + 4);
        } else if (/^(?:共建|共同建设|联合共建|合作共建|共同组建|联合组建|联合建设)/.test(after)) {
          for (const x of subjects) for (const y of units) rel(x, 'CO_BUILT_WITH', y, at, last.end + 2);
        }
      }

      // Y牵头组建(了)(的)X, without 由: Y is the unit right before 牵头.
      for (const m of text.slice(s.start, s.end).matchAll(/牵头(?:组建|建设|成立|共建)?/g)) {
        const at = s.start + m.index;
        if (text[at - 1] === undefined) continue;
        const y = all.find((u) => u.end === at && (isActor(u.kind) || isPlatform(u.kind)));
        if (!y || text.slice(Math.max(s.start, y.start - 1), y.start) === '由') continue;
        const x = objectAfter(at + m[0].length);
        if (x) rel(x, 'LED_BY', y, y.start, at + m[0].length);
        else for (const sub of subjectsAt(y.start)) rel(sub, 'LED_BY', y, y.start, at + m[0].length);
      }

      // (Y)联合A、B(共建|组建了|成立|共同建设)(的)(X).
      for (const m of text.slice(s.start, s.end).matchAll(/联合/g)) {
        const at = s.start + m.index;
        if (/^(?:实验室|研发|攻关|创新|体|共建)/.test(text.slice(at + 2))) continue;
        const partners = listAfter(at + 2, (k) => isActor(k) || isPlatform(k));
        const last = partners[partners.length - 1];
        if (!last) continue;
        const verb = /^(?:等)?(?:单位)?(?:共同建设|共同组建|共建|组建了|组建|成立|建设|建立|打造)/.exec(
          text.slice(last.end, last.end + 10),
        );
        if (!verb) continue;
        const verbEnd = last.end + verb[0].length;
        const adverb = /(?:还|也|将|又|再|共同)$/.exec(text.slice(s.start, at))?.[0].length ?? 0;
        const leader = all.find((u) => u.end === at - adverb && (isActor(u.kind) || isPlatform(u.kind)));
        const object = objectAfter(verbEnd);
        const targets = object ? [object] : subjectsAt(leader ? leader.start : at);
        for (const x of targets) {
          if (leader && leader.key !== x.key) rel(x, 'LED_BY', leader, leader.start, verbEnd);
          for (const y of partners) rel(x, 'CO_BUILT_WITH', y, at, verbEnd);
        }
      }

      // Location: X(均|分别)坐落于/位于/落户/设在/选址 Z; 在Z揭牌/设立/成立.
      for (const m of text.slice(s.start, s.end).matchAll(/(坐落于|坐落在|位于|落户|设在|选址|入驻|建于)/g)) {
        const at = s.start + m.index;
        let placesAfter = listAfter(at + m[0].length, isPlace);
        // 位于兴城市: a city, county or district the graph does not have, right after the verb.
        const bare = /^[\u4e00-\u9fa5]{1,4}?(?:市|县|区)(?=[，。；]|$)/.exec(
          text.slice(at + m[0].length, s.end),
        );
        if (placesAfter.length === 0 && bare) {
          const a = at + m[0].length;
          const key = ctx.out.entity({
            name: bare[0],
            kind: 'region',
            cite: ctx.cite(s.para, a, a + bare[0].length),
            confidence: 0.7,
            rule: RULE,
          });
          placesAfter = [{ start: a, end: a + bare[0].length, key, kind: 'region' }];
        }
        // 落户大连市甘井子区: the place written with its city in front is the innermost place.
        const zs = placesAfter.length > 0 ? placesAfter : [];
        const extra = zs.length === 1 ? firstAfter(zs[0]?.end ?? 0, 0, isPlace) : undefined;
        let targets = extra ? [extra] : zs;
        if (targets.length === 1 && targets[0]?.kind === 'region') {
          // 落户沈阳市和平区: a district the graph does not have yet, after its city.
          const t0 = targets[0];
          const d = /^[\u4e00-\u9fa5]{2,4}?(?:区|县)(?=[，。；、和]|$)/.exec(text.slice(t0.end, s.end));
          if (d) {
            const key = ctx.out.entity({
              name: d[0],
              kind: 'region',
              cite: ctx.cite(s.para, t0.end, t0.end + d[0].length),
              confidence: 0.7,
              rule: RULE,
            });
            targets = [{ start: t0.end, end: t0.end + d[0].length, key, kind: 'region' }];
          }
        }
        if (targets.length === 0) continue;
        const lastPlace = targets[targets.length - 1];
        // 位于Z的X: the platform the clause describes follows 的.
        const described =
          lastPlace && text[lastPlace.end] === '的'
            ? all.find((u) => u.start === lastPlace.end + 1 && isPlatform(u.kind))
            : undefined;
        const subjects = described ? [described] : subjectsAt(at);
        const end = (targets[targets.length - 1]?.end ?? at) + 1;
        const paired = /分别$/.test(text.slice(s.start, at)) && subjects.length === targets.length;
        subjects.forEach((x, i) => {
          if (paired) {
            const z = targets[i];
            if (z) rel(x, 'LOCATED_IN', z, at - 2, end);
          } else for (const z of targets.slice(-1)) rel(x, 'LOCATED_IN', z, at, end);
        });
      }
      for (const m of text.slice(s.start, s.end).matchAll(/在/g)) {
        const at = s.start + m.index;
        const z = firstAfter(at + 1, 4, isPlace);
        if (!z || !/^(?:揭牌|设立|成立|挂牌|落地|落户|启用|开工)/.test(text.slice(z.end, z.end + 2)))
          continue;
        // 支持Y在Z设立X: X is the object after the verb; else the subject.
        const x = objectAfter(z.end + 2);
        const targets = x ? [x] : subjectsAt(at);
        for (const t of targets) rel(t, 'LOCATED_IN', z, at, z.end + 2);
        // 支持Y在Z设立X: Y hosts X.
        const y = all.find((u) => u.end === at && isActor(u.kind));
        if (x && y) rel(x, 'HOSTED_BY', y, y.start, z.end + 2);
      }

      // Part of: 成为Z的组成部分/核心…; (均)为Z的组成部分; 纳入Z.
      for (const m of text.slice(s.start, s.end).matchAll(/(?:成为|均为|为|纳入)/g)) {
        const at = s.start + m.index;
        const z = firstAfter(at + m[0].length, 4, isPlatform);
        if (!z) continue;
        const tail = text.slice(z.end, z.end + 12);
        const partWords =
          m[0] === '纳入' ? /^(?:体系)?/ : /^(?:体系)?的(?:重要)?(?:组成部分|组成|核心|重要组成)/;
        const w = partWords.exec(tail);
        if (!w || (m[0] !== '纳入' && w[0] === '')) continue;
        for (const x of subjectsAt(at)) rel(x, 'PART_OF', z, at, z.end + w[0].length);
      }

      // A、B、C、D四家Z: each item + Z's head noun is a member of Z.
      for (const z of platforms) {
        const lead =
          /([\u4e00-\u9fa5]{1,6}(?:、[\u4e00-\u9fa5]{1,6})+(?:和[\u4e00-\u9fa5]{1,6})?)([两二三四五六七八九十]+)[家个所座]$/.exec(
            text.slice(s.start, z.start),
          );
        if (!lead) continue;
        const head = ctx.heads.find((h) => z.key.endsWith(nameKey(h.word)));
        if (!head) continue;
        const items = (lead[1] ?? '').split(/[、和]/);
        const listStart = z.start - lead[0].length;
        const members: Mention[] = [];
        for (const item of items) {
          const name = `${item}${head.word}`;
          const key = ctx.out.entity({
            name,
            kind: head.kind,
            cite: ctx.cite(s.para, listStart, z.end),
            confidence: 0.8,
            rule: RULE,
            level: levelOf(name),
          });
          members.push({ start: listStart, end: z.end, key, kind: head.kind });
          rel({ start: 0, end: 0, key, kind: head.kind }, 'PART_OF', z, listStart, z.end);
        }
        topic = members;
      }

      // What the next sentence's anaphor refers to: this sentence's platforms (their subjects first).
      const newTopic = platforms.filter((m) => !places.some((p) => p.key === m.key) && !isTarget(m));
      const firstNew = newTopic[0];
      if (firstNew && !recent.some((r) => r.key === firstNew.key)) recent.push(firstNew);
      if (newTopic.length > 0 && !ANAPHOR.test(text.slice(s.start, s.end))) {
        const enumerated = /[两二三四五六七八九十]+[家个所座]/.test(text.slice(s.start, s.end));
        if (!enumerated) topic = newTopic;
      } else if (newTopic.length > 0 && topic.length === 0) topic = newTopic;
    }
  },
};
