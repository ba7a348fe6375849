/**
 * Section paths from a document's own headings, in the curators' notation:
 * `第四章/二/专栏1/1`, `第八章/第一节`, `二/(二)/2`, `三/5/(1)`.
 */
import { foldWidth, isTocLine } from './document.js';

interface Heading {
  readonly rank: number;
  readonly label: string;
  /** Applies to the heading's own paragraph and the next one only (the 八大工程 boxes). */
  readonly brief?: boolean;
}

const CN = '[一二三四五六七八九十百零]+';
const CHAPTER = new RegExp(`^(第${CN}章)`);
const SECTION = new RegExp(`^(第${CN}节)`);
const NUMERAL = new RegExp(`^(${CN})、`);
const PAREN_NUMERAL = new RegExp(`^[（(](${CN})[）)]`);
const BOX = /^专栏\s*(\d+)/;
const PROGRAMME = new RegExp(`^(八大工程之${CN})`);
const ITEM = /^(\d+)[.．、](?!\d)/;
const PAREN_ITEM = /^[（(](\d+)[）)]/;
// Older layouts: ⑴ for (1), ① for a sub-item.
const PAREN_SIGN = /^([\u2474-\u2487])/;
const CIRCLED = /^([\u2460-\u2473])/;
const DASH_ITEM = /^[-－—]{2}/;

/** The heading a line starts with, if any. `hasChapters`: whether 一、 sits under a chapter. */
function headingOf(line: string, hasChapters: boolean, dashCount: () => number): Heading | undefined {
  const t = foldWidth(line.trim());
  let m: RegExpExecArray | null;
  if ((m = CHAPTER.exec(t))) return { rank: 1, label: m[1] ?? '' };
  if ((m = SECTION.exec(t))) return { rank: 2, label: m[1] ?? '' };
  if ((m = NUMERAL.exec(t))) return { rank: hasChapters ? 2 : 1, label: m[1] ?? '' };
  if ((m = PAREN_NUMERAL.exec(t))) return { rank: 3, label: `(${m[1] ?? ''})` };
  if ((m = BOX.exec(t))) return { rank: 3, label: `专栏${m[1] ?? ''}` };
  if ((m = PROGRAMME.exec(t))) return { rank: 3, label: m[1] ?? '', brief: true };
  if ((m = ITEM.exec(t))) return { rank: 4, label: m[1] ?? '' };
  if ((m = PAREN_ITEM.exec(t))) return { rank: 5, label: `(${m[1] ?? ''})` };
  if ((m = PAREN_SIGN.exec(t))) return { rank: 5, label: `(${(m[1] ?? '').charCodeAt(0) - 0x2473})` };
  if ((m = CIRCLED.exec(t))) return { rank: 6, label: `(${(m[1] ?? '').charCodeAt(0) - 0x245f})` };
  if (DASH_ITEM.test(t)) return { rank: 4, label: String(dashCount()) };
  return undefined;
}

/**
 * The section path of every line (index = line − 1). Lines before the first heading are
 * `title` when they hold the title, else `preamble`.
 */
export function sectionPaths(lines: readonly string[], titleLine?: number): string[] {
  const hasChapters = lines.some((l) => CHAPTER.test(l.trim()) && !isTocLine(l));
  const stack: Heading[] = [];
  let dashes = 0;
  let briefLeft = -1;
  const out: string[] = [];
  lines.forEach((raw, i) => {
    const blank = raw.trim() === '';
    const h = blank || isTocLine(raw) ? undefined : headingOf(raw, hasChapters, () => ++dashes);
    if (!blank && !h && briefLeft >= 0) {
      // A programme box covers one paragraph after its heading.
      if (briefLeft === 0) {
        const top = stack[stack.length - 1];
        if (top?.brief) stack.pop();
        briefLeft = -1;
      } else briefLeft -= 1;
    }
    if (h) {
      while ((stack.at(-1)?.rank ?? 0) >= h.rank) stack.pop();
      if (h.rank < 4) dashes = 0;
      stack.push(h);
      if (h.brief) briefLeft = 1;
    }
    if (stack.length === 0) out.push(i + 1 === titleLine ? 'title' : 'preamble');
    else out.push(stack.map((s) => s.label).join('/'));
  });
  return out;
}
