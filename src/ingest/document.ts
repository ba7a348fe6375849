/**
 * A policy document as the ingester reads it: checked to be UTF-8 text, split into lines as
 * `grep -n` counts them, and joined into paragraphs across the line breaks that PDF conversion
 * leaves in the middle of sentences (and of names).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { squash } from '../seed/sources.js';
import { HEADS } from './lexicon.js';
import { tableRows, type TableCell } from './tables.js';

/** One logical paragraph: the squashed text of one or more source lines, with where each starts. */
export interface Paragraph {
  readonly text: string;
  /** Ascending offsets into `text` where each joined line starts, with its 1-based line number. */
  readonly parts: readonly { readonly offset: number; readonly line: number }[];
  /** A row of a table (see tables.ts): its cells as offsets into `text`, each with its column's role. */
  readonly cells?: readonly TableCell[];
}

export interface SourceDocument {
  readonly path: string;
  readonly file: string;
  /** Lines as written (without the line break), 1-based through `line(n)`. */
  readonly lines: readonly string[];
  readonly paragraphs: readonly Paragraph[];
}

const MAX_BYTES = 20 * 1024 * 1024;

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the buffer is valid UTF-8. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need > buf.length - 1) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const lineOfOffset = (buf: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 0x0a) line += 1;
  return line;
};

/**
 * Decodes a buffer as a plain-text document or explains why it is not one: empty, a PDF or
 * Office/ZIP file, binary (NUL or many control bytes), or not UTF-8 (with byte offset and line).
 */
export function decodeText(buf: Uint8Array, name: string): string {
  if (buf.length === 0) throw new UserError(`${name}: the file is empty; nothing to ingest`);
  const head = Buffer.from(buf.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF'))
    throw new UserError(
      `${name}: this is a PDF file, not plain text; convert it first (e.g. pdftotext -layout)`,
    );
  if (head.startsWith('PK\u0003\u0004'))
    throw new UserError(
      `${name}: this is a ZIP archive (e.g. a .docx), not plain text; save it as UTF-8 text first`,
    );
  const nul = buf.indexOf(0);
  if (nul !== -1)
    throw new UserError(
      `${name}: binary file (NUL byte at byte ${nul}, line ${lineOfOffset(buf, nul)}); ingest reads UTF-8 plain text`,
    );
  let control = 0;
  for (const b of buf) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  if (control > 0 && control / buf.length > 0.01)
    throw new UserError(`${name}: binary file (${control} control bytes); ingest reads UTF-8 plain text`);
  const bad = firstInvalidUtf8(buf);
  if (bad !== -1)
    throw new UserError(
      `${name}: not UTF-8 text (invalid byte 0x${(buf[bad] ?? 0).toString(16).padStart(2, '0')} at byte ${bad}, line ${lineOfOffset(buf, bad)}); convert it first, e.g. iconv -f GB18030 -t UTF-8`,
    );
  const text = new TextDecoder('utf-8').decode(buf).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new UserError(`${name}: the file holds only whitespace; nothing to ingest`);
  return text;
}

/** Lines as `grep -n` counts them: split on \n, a trailing \r dropped, no line after a final \n. */
export const splitLines = (text: string): string[] =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));

/**
 * Full-width digits, Latin letters and signs as ASCII, one character for one, so that offsets
 * and lengths do not move: old layouts write item numbers and years full width (１．, ２０２５年).
 */
export const foldWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) =>
    /[（），：；！？、]/.test(c) ? c : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

/**
 * An item marker opening a line: 1. 1． 1、 (ASCII after foldWidth), a circled number ① or a
 * parenthesised one ⑴ (older layouts).
 */
export const ITEM_MARKER = /^(?:\d+[.．、](?!\d)|[\u2460-\u2487])/;

// A line that ends a sentence (or a heading) is not continued by the next one.
const ENDS_SENTENCE = /[。！？；：:!?;…”」』）)]$/;
const HEADING =
  /^(?:第[一二三四五六七八九十百零]+[章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|专栏\s*\d+|八大工程之|\d+[.．、](?!\d)|[\u2460-\u2487]|附件|目\s*录)/;

/** Whether a head noun runs across the end of `before` into `after` (…工程技术研究 / 中心，…). */
const headAcross = (before: string, after: string): boolean => {
  const tail = before.slice(-6);
  const head = after.slice(0, 6);
  return HEADS.some((h) => {
    for (let k = 1; k < h.word.length; k++)
      if (tail.endsWith(h.word.slice(0, k)) && head.startsWith(h.word.slice(k))) return true;
    return false;
  });
};
// Table-of-contents lines: dotted leaders or a trailing page number after a tab.
export const isTocLine = (line: string): boolean => /\.{4,}\s*\d*\s*$|\t\s*\d+\s*$/.test(line);

/** True when `line` starts like a heading (chapter, section, box, numbered item). */
export const looksLikeHeading = (line: string): boolean => HEADING.test(foldWidth(line.trim()));

/** A heading alone on its line (a title, not an item whose text runs on). */
const isBareHeading = (line: string): boolean =>
  looksLikeHeading(line) && !/[。；，,]/.test(line) && squash(line).length <= 50;

/**
 * Joins lines into paragraphs. A non-empty line continues the previous paragraph when that one
 * does not end a sentence and this one does not start a heading: the page-break artefact.
 */
export function paragraphsOf(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: { text: string; parts: { offset: number; line: number }[] } | undefined;
  const rows = tableRows(lines);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    if (isTocLine(raw)) {
      open = undefined;
      return;
    }
    // A table row is a paragraph of its own, its cells kept apart (squashing would glue them).
    const row = rows.get(line);
    if (row) {
      open = undefined;
      out.push({ text: row.text, parts: [{ offset: 0, line }], cells: row.cells });
      return;
    }
    const text = foldWidth(squash(raw));
    const last = open?.parts[open.parts.length - 1];
    const lastLine = foldWidth(squash(lines[(last?.line ?? 1) - 1] ?? ''));
    const continues =
      open !== undefined &&
      !ENDS_SENTENCE.test(open.text) &&
      // A short line with no comma or full stop is a title, not half of a sentence, unless it
      // stops on a word that needs more (…等, …和) or a name runs on (…研究 / 中心).
      !(
        lastLine.length <= 40 &&
        !/[，。,、]/.test(lastLine) &&
        !/[等和及与的之]$/.test(lastLine) &&
        !headAcross(lastLine, text)
      ) &&
      !looksLikeHeading(raw) &&
      !(isBareHeading(lines[(last?.line ?? 1) - 1] ?? '') && !headAcross(lastLine, text));
    if (open && continues) {
      open.parts.push({ offset: open.text.length, line });
      open.text += text;
    } else {
      open = { text, parts: [{ offset: 0, line }] };
      out.push(open);
    }
  });
  return out;
}

/** The 1-based source line of an offset into a paragraph's text. */
export function lineAt(p: Paragraph, offset: number): number {
  let line = p.parts[0]?.line ?? 1;
  for (const part of p.parts) {
    if (part.offset <= offset) line = part.line;
    else break;
  }
  return line;
}

/** Start and end offsets, in the paragraph, of the part that holds `line`. */
export function partRange(p: Paragraph, line: number): [number, number] {
  const i = p.parts.findIndex((x) => x.line === line);
  const start = p.parts[i]?.offset ?? 0;
  const end = p.parts[i + 1]?.offset ?? p.text.length;
  return [start, end];
}

const TITLE_WORDS = /规划|方案|意见|指南|通知|纲要|计划|办法|决定|条例/;

/** The line that holds the document's title: the first short line near the top naming a plan kind. */
export function findTitleLine(lines: readonly string[]): number | undefined {
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    const t = squash(lines[i] ?? '');
    if (t.length >= 4 && t.length <= 60 && TITLE_WORDS.test(t) && !/[，。：:]/.test(t)) return i + 1;
  }
  // A news item's headline: the first non-empty line, short and without sentence punctuation,
  // followed by a line of running text.
  const [first, next] = lines.map((l, i) => ({ t: squash(l), i })).filter((x) => x.t !== '');
  if (
    first &&
    next &&
    first.t.length >= 4 &&
    first.t.length <= 40 &&
    !/[，、。；：:！？]/.test(first.t) &&
    !/等$/.test(first.t) &&
    !/^(?:\d|[一二三四五六七八九十]+、|第.+[章节])/.test(first.t) &&
    /[。；！]$/.test(next.t)
  )
    return first.i + 1;
  return undefined;
}

export function documentFromText(text: string, path: string): SourceDocument {
  const lines = splitLines(text);
  return { path, file: basename(path), lines, paragraphs: paragraphsOf(lines) };
}

/**
 * The identity of a document's text: a hash of its lines, so the same text renamed, with a byte
 * order mark or with CRLF line ends is the same document.
 */
export const textHash = (doc: Pick<SourceDocument, 'lines'>): string =>
  createHash('sha256').update(doc.lines.join('\n')).digest('hex');

/** Reads and checks a document file; every refusal is a UserError naming the file and why. */
export function readDocument(path: string): SourceDocument {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(`${path}: is a folder; give a .txt file`);
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (size > MAX_BYTES)
    throw new UserError(
      `${path}: ${(size / 2 ** 20).toFixed(1)} MiB is too large for a policy document (limit ${MAX_BYTES / 2 ** 20} MiB)`,
    );
  const text = decodeText(readFileSync(path), path);
  return documentFromText(text, path);
}
