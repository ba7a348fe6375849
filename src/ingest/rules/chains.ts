/**
 * Entity rules for industrial chains:
 *  - a list item that opens with a chain's name (--数控机床产业链。…);
 *  - a list that shares one chain suffix (重点建设汽车、船舶等产业创新链: each item + 产业创新链,
 *    which the validator accepts because documents write chains this way);
 *  - the industries a district or zone is to develop (旅顺口区重点围绕A、B、C等四大主导产业);
 *  - the province's chain groups in quotes (改造升级“老字号”).
 * A chain name that is already a field or direction in the graph resolves to it.
 */
import { levelOf } from '../lexicon.js';
import { listItems } from '../names.js';
import { clauseStart, type Sentence } from '../text.js';
import { isNamedUnit, trimItem, type Rule, type RuleContext } from './context.js';

const DASH = /^[-－—]{2}([^。，、]{2,30}?(?:产业创新链|全产业链|产业链))。/;
const SHARED_SUFFIX =
  /等(?:[一二两三四五六七八九十\d]+[大个条])?([^，。；、的]{0,6}?)(产业创新链|全产业链|产业链)(?!条)/g;
// A list of chains to build (重点建设A、B等产业创新链) is surer than one to work around (围绕A、B等产业链).
const BUILD_VERB = /(?:建设|打造|构建|培育|发展|形成|完善|壮大|布局)/;
const INDUSTRIES =
  /等(?:[一二两三四五六七八九十\d]+[大个])?(?:主导|新兴|传统|支柱|特色|优势|重点|战略性新兴)*产业(?!创新链|链|集群)/g;
const DISTRICT = /^(?:支持|推动|加快)([^，。；、]{1,6}?(?:区|市|县|岛))/;

function addItems(
  ctx: RuleContext,
  s: Sentence,
  listStart: number,
  listEnd: number,
  suffix: string,
  confidence: number,
  rule: string,
): void {
  for (const [n, item] of listItems(s.para.text, listStart, listEnd).entries()) {
    // Only the first item can carry the verb that governs the list (重点建设汽车、…).
    const [a, b] = n === 0 ? trimItem(s, item.start, item.end) : [item.start, item.end];
    if (b - a < 1 || b - a > 14) continue;
    const bare = s.para.text.slice(a, b);
    if (/[，。；：]/.test(bare) || !isNamedUnit(s, a, b)) continue;
    ctx.out.entity({
      name: bare + suffix,
      kind: 'chain',
      cite: ctx.cite(s.para, a, b),
      confidence,
      rule,
      level: levelOf(bare),
    });
  }
}

export const dashChains: Rule = {
  name: 'chain-items',
  summary: 'a list item that opens with a chain name (--X产业链。)',
  run(ctx) {
    for (const s of ctx.sentences) {
      if (s.start !== 0) continue;
      const m = DASH.exec(s.text);
      if (!m) continue;
      const start = s.text.indexOf(m[1] ?? '');
      ctx.out.entity({
        name: m[1] ?? '',
        kind: 'chain',
        cite: ctx.cite(s.para, start, start + (m[1] ?? '').length),
        confidence: 0.97,
        rule: 'chain-items',
        level: levelOf(m[1] ?? ''),
      });
    }
  },
};

export const sharedSuffixChains: Rule = {
  name: 'chain-lists',
  summary: 'a list sharing one chain suffix (A、B等产业创新链 → A产业创新链, B产业创新链)',
  run(ctx) {
    for (const s of ctx.sentences) {
      for (const m of s.text.matchAll(SHARED_SUFFIX)) {
        const at = s.start + m.index;
        const start = clauseStart(s, at);
        const lead = s.para.text.slice(start, start + 8);
        const confidence = BUILD_VERB.test(lead) && m[1] === '' ? 0.9 : 0.55;
        addItems(ctx, s, start, at, m[2] ?? '', confidence, 'chain-lists');
      }
    }
  },
};

export const districtIndustries: Rule = {
  name: 'district-industries',
  from: ['dalian14'],
  summary: 'the industries a district, city or zone is to develop (支持X区重点围绕A、B等主导产业)',
  run(ctx) {
    for (const s of ctx.sentences) {
      // The district may be the subject of the paragraph's first sentence (支持金普新区…。…巩固提升A、B等…).
      const subject = DISTRICT.exec(s.text) ?? DISTRICT.exec(s.para.text);
      if (!subject) continue;
      for (const m of s.text.matchAll(/围绕([^。；：，]*?)等|(?:巩固提升|培育壮大|发展)([^。；：，]*?)等/g)) {
        const body = m[1] ?? m[2] ?? '';
        const listEnd = s.start + m.index + m[0].length - 1;
        const listStart = listEnd - body.length;
        const tail = s.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (
          !/^(?:[一二两三四五六七八九十\d]+[大个])?(?:主导|新兴|传统|支柱|特色|优势)*(?:产业|组织|开展)/.test(
            tail,
          )
        )
          continue;
        if (!body.includes('、')) continue;
        addItems(ctx, s, listStart, listEnd, '', 0.75, 'district-industries');
      }
      // 推动我国高端轴承产业发展: one named industry.
      for (const m of s.text.matchAll(/推动(?:我国|我市|全市)?([^，。；、]{2,8}?产业)发展/g)) {
        const at = s.start + m.index + m[0].length - 2 - (m[1] ?? '').length;
        ctx.out.entity({
          name: m[1] ?? '',
          kind: 'chain',
          cite: ctx.cite(s.para, at, at + (m[1] ?? '').length),
          confidence: 0.7,
          rule: 'district-industries',
        });
      }
    }
  },
};

export const industryLists: Rule = {
  name: 'industry-lists',
  summary: 'any list of industries (A、B等优势产业): often fields, so proposed with a low confidence',
  run(ctx) {
    for (const s of ctx.sentences) {
      for (const m of s.text.matchAll(INDUSTRIES)) {
        const at = s.start + m.index;
        const start = clauseStart(s, at);
        if (!s.para.text.slice(start, at).includes('、')) continue;
        addItems(ctx, s, start, at, '', 0.45, 'industry-lists');
      }
    }
  },
};

export const chainGroups: Rule = {
  name: 'chain-groups',
  from: ['plan14', 'dalian14'],
  summary: 'the province’s chain groups in quotes (“老字号”, “原字号”, “新字号”)',
  run(ctx) {
    for (const s of ctx.sentences) {
      for (const m of s.text.matchAll(/“([老原新]字号)”/g)) {
        const at = s.start + m.index + 1;
        ctx.out.entity({
          name: m[1] ?? '',
          kind: 'chain',
          cite: ctx.cite(s.para, at, at + (m[1] ?? '').length),
          confidence: 0.85,
          rule: 'chain-groups',
          level: 'provincial',
        });
      }
    }
  },
};
