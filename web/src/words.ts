/**
 * Words in the chosen language: names, relationship words (with their role), status and level
 * badges, notes and document titles. Pure: unit-tested without a browser.
 */
import { KINDS, RELATIONSHIPS, isKind, isRelType } from '../../src/ontology/ontology.js';
import { t, type Lang } from './i18n.js';

/** Anything with a Chinese name and, where one exists, an English one. */
export interface Named {
  readonly name: string;
  readonly nameEn?: string | null;
}

/** The name to show: English where an English name exists and English is chosen. */
export const displayName = (e: Named, lang: Lang): string => (lang === 'en' && e.nameEn ? e.nameEn : e.name);

export function kindWord(kind: string, lang: Lang): string {
  const k = kind.toLowerCase();
  return isKind(k) ? (lang === 'zh' ? KINDS[k].zh : KINDS[k].en) : kind;
}

/** A role's words: the ontology's roles table (where this version of it has one). */
interface RoleWords {
  readonly zh: string;
  readonly en: string;
  readonly roles?: Readonly<Record<string, { readonly zh: string; readonly en: string }>>;
}

/**
 * The word for a relationship as read from `direction`'s end: 依托 for a platform's host,
 * 被…依托 style reversals are avoided by arrows instead ("← 依托"). A role (重点依托 vs 重点支持)
 * replaces the type's word.
 */
export function relWord(type: string, lang: Lang, role?: string | null): string {
  if (!isRelType(type)) return type;
  const spec: RoleWords = RELATIONSHIPS[type];
  // The API spells roles KEY_RELIANCE, the ontology key_reliance.
  const r = role ? spec.roles?.[role.toLowerCase()] : undefined;
  if (r) return lang === 'zh' ? r.zh : r.en;
  return lang === 'zh' ? spec.zh : spec.en;
}

type LineageRole = keyof (typeof RELATIONSHIPS)['CONTINUES']['roles'];

/**
 * A lineage role read from the earlier name to the later one, as the timeline and the compare
 * view draw it (earlier → word → later). The ontology's words are read the other way, from the
 * later entity along its CONTINUES link ("Humanoid robots split from Robotics"); put between an
 * earlier name on the left and a later one on the right they read backwards (review s23:
 * "Robotics → Humanoid robots split from"). Keyed by the ontology's roles: a new role fails the
 * typecheck until it has its words here.
 */
const LINEAGE_FORWARD: Readonly<Record<LineageRole, { readonly zh: string; readonly en: string }>> = {
  same: { zh: '同一', en: 'same as' },
  renamed: { zh: '更名为', en: 'renamed as' },
  split: { zh: '拆分出', en: 'split into' },
  merged: { zh: '并入', en: 'merged into' },
  extended: { zh: '调整为', en: 'continued, rescoped, as' },
};

/** The lineage word from the earlier name to the later (延续为 / continued as without a role). */
export function lineageWord(role: string | null | undefined, lang: Lang): string {
  const k = role?.toLowerCase();
  const w =
    k && k in LINEAGE_FORWARD ? LINEAGE_FORWARD[k as LineageRole] : { zh: '延续为', en: 'continued as' };
  return lang === 'zh' ? w.zh : w.en;
}

/**
 * The words of a lineage of several links (compare view), read from the earlier name to the
 * later. The API lists a pair's roles later link first (人形机器人's SPLIT, then the 2015 chain's
 * EXTENDED): reversed here, and a role repeated on consecutive links said once with how many
 * (review s24: "continued with a changed scope, continued with a changed scope").
 */
export function lineageWords(roles: readonly string[], lang: Lang): string {
  // A SAME link beside others adds nothing to read (核电装备 2015 = 2021, then rescoped as 核能).
  const moving = roles.filter((r) => r.toUpperCase() !== 'SAME');
  const chain = moving.length > 0 ? moving : roles;
  if (chain.length === 0) return lineageWord(null, lang);
  const runs: { role: string; n: number }[] = [];
  for (const role of [...chain].reverse()) {
    const last = runs[runs.length - 1];
    if (last?.role === role) last.n++;
    else runs.push({ role, n: 1 });
  }
  const times = (n: number): string =>
    n === 1 ? '' : lang === 'zh' ? `（${n} 次）` : n === 2 ? ' (twice)' : ` (${n} times)`;
  return runs
    .map((r) => `${lineageWord(r.role, lang)}${times(r.n)}`)
    .join(lang === 'zh' ? '，再' : ', then ');
}

const STATUS_KEYS = ['existing', 'planned', 'unknown'] as const;
const LEVEL_KEYS = ['national', 'provincial', 'municipal', 'unknown'] as const;

export function statusWord(status: string, lang: Lang): string {
  const k = status.toLowerCase();
  return (STATUS_KEYS as readonly string[]).includes(k) ? t(lang, k as (typeof STATUS_KEYS)[number]) : k;
}

export function levelWord(level: string, lang: Lang): string {
  const k = level.toLowerCase();
  return (LEVEL_KEYS as readonly string[]).includes(k) ? t(lang, k as (typeof LEVEL_KEYS)[number]) : k;
}

/**
 * The reason of an inferred link in the UI's language: Chinese `reason`, English `reasonEn`
 * (the Chinese one only where the API has no English one).
 */
export function reasonFor(l: { reason?: string | null; reasonEn?: string | null }, lang: Lang): string {
  if (lang === 'en') return l.reasonEn ?? l.reason ?? '';
  return l.reason ?? '';
}

/** Curator notes: Chinese `note`, English `noteEn`; never the other language's. */
export function noteFor(e: { note?: string | null; noteEn?: string | null }, lang: Lang): string | null {
  return lang === 'zh' ? (e.note ?? null) : (e.noteEn ?? null);
}

/** A document's title in the chosen language, falling back to its id only when unknown. */
export const docTitle = (id: string, docs: ReadonlyMap<string, Named>, lang: Lang): string => {
  const d = docs.get(id);
  return d ? displayName(d, lang) : id;
};

/**
 * A citation's section in the UI's language. Chinese: as the document numbers it (第四章/二/专栏1/1),
 * the two sections without a number in words. English: the API's `labelEn` (Chapter 4, part 2,
 * box 1, item 1), the one source of the English reference (review s24; the explorer's own
 * translation, Ch. 4 › 2 › Box 1 › 1, is gone).
 */
export function sectionRef(c: { section: string; labelEn: string }, lang: Lang): string {
  if (lang === 'en') return c.labelEn;
  const special: Readonly<Record<string, string>> = { preamble: '前言', title: '标题' };
  return special[c.section] ?? c.section;
}
