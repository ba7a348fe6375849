/** Ids for new entities: the kind's prefix and the name in pinyin (实验室 → shi-yan-shi). */
import { pinyin } from 'pinyin-pro';
import { KINDS, type Kind } from '../ontology/ontology.js';

const MAX_SLUG = 60;

export function slugOf(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((s) => s !== '');
  let slug = '';
  for (const s of syllables) {
    const next = slug === '' ? s : `${slug}-${s}`;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug === '' ? 'x' : slug;
}

/** A fresh id for `name` of `kind` that none of `taken` uses. */
export function newId(kind: Kind, name: string, taken: Set<string>): string {
  const base = `${KINDS[kind].idPrefix}:${slugOf(name)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
