/**
 * English references to the sections citations name: the path a citation writes (第四章/二/专栏1/1)
 * as "Chapter 4, part 2, box 1, item 1", in the words of the curated sections' English glosses
 * (seed/<doc>/sections.yaml), so that the explorer can show a citation in English. The reference
 * only, never the heading text. Worked out from the path alone: every citation's section is a
 * curated section (the validator checks it), and a unit test keeps the two in step.
 */

const DIGITS = '一二三四五六七八九';

/** A Chinese numeral of 1–99 (一, 十, 十二, 二十, 二十三), or undefined. */
export function chineseNumber(text: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return undefined;
  const [, a, ten, b] = m;
  const digit = (c: string | undefined): number => (c === undefined ? 0 : DIGITS.indexOf(c) + 1);
  if (ten === undefined) return a !== undefined && b === undefined ? digit(a) : undefined;
  return (a === undefined ? 1 : digit(a)) * 10 + digit(b);
}

/** One step of a path in English; `top`: the path's first step. The step itself when unknown. */
function stepEn(step: string, top: boolean): string {
  if (step === 'title') return 'Title';
  if (step === 'preamble' || step === '前言' || step === '引言') return 'Preamble';
  const n = (text: string | undefined): number | undefined =>
    text === undefined ? undefined : /^\d+$/.test(text) ? Number(text) : chineseNumber(text);
  const forms: [RegExp, (x: number) => string][] = [
    [/^第(.+)章$/u, (x) => `Chapter ${x}`],
    [/^第(.+)节$/u, (x) => `section ${x}`],
    [/^专栏(\d+)$/u, (x) => `box ${x}`],
    [/^八大工程之(.+)$/u, (x) => `Eight Projects no. ${x}`],
    [/^[(（](.+)[)）]$/u, (x) => `(${x})`],
    [/^(\d+)$/u, (x) => `item ${x}`],
    [/^([一二三四五六七八九十]+)$/u, (x) => (top ? `Part ${x}` : `part ${x}`)],
  ];
  for (const [form, say] of forms) {
    const x = n(form.exec(step)?.[1]);
    if (x !== undefined) return say(x);
  }
  return step;
}

/** The labels worked out so far: every entity read labels its citations, of a few hundred paths. */
const known = new Map<string, string>();
const KNOWN_MAX = 10_000;

/** "Chapter 4, part 2, box 1, item 1" for 第四章/二/专栏1/1. */
export function sectionLabelEn(path: string): string {
  const had = known.get(path);
  if (had !== undefined) return had;
  const label = path
    .split('/')
    .map((step, i) => stepEn(step, i === 0))
    .join(', ');
  if (known.size >= KNOWN_MAX) known.clear();
  known.set(path, label);
  return label;
}
