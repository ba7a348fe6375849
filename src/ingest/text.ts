/** Sentences, clauses, list items and citations over a document's paragraphs. */
import { EVIDENCE_SPAN_MAX } from '../ontology/ontology.js';
import { lineAt, partRange, type Paragraph } from './document.js';
import { tokenize, type Token } from './segment.js';

export interface Sentence {
  readonly para: Paragraph;
  /** Offsets of the sentence in `para.text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The sentence's tokens, offsets in `para.text`. */
  readonly tokens: readonly Token[];
}

const SENTENCE_END = /[。！？；!?;]/;
export const PUNCT = /^[、，。；：！？,.;:!?…—\-－（）()《》〈〉【】[\]“”‘’"'「」『』\s·*#/\u2460-\u2487]+$/;

/** Splits a paragraph into sentences (ending at 。！？；), each with its tokens. */
export function sentencesOf(para: Paragraph): Sentence[] {
  const tokens = tokenize(para.text);
  const out: Sentence[] = [];
  let start = 0;
  let bucket: Token[] = [];
  for (const t of tokens) {
    bucket.push(t);
    if (SENTENCE_END.test(t.word)) {
      out.push({ para, start, end: t.end, text: para.text.slice(start, t.end), tokens: bucket });
      start = t.end;
      bucket = [];
    }
  }
  if (start < para.text.length)
    out.push({ para, start, end: para.text.length, text: para.text.slice(start), tokens: bucket });
  return out;
}

/** Offset (in the paragraph) where the clause holding `at` starts: after the last ，：or sentence start. */
export function clauseStart(s: Sentence, at: number): number {
  for (let i = at - 1; i >= s.start; i--) if (/[，：,:]/.test(s.para.text[i] ?? '')) return i + 1;
  return s.start;
}

/** Offset where the clause holding `at` ends (at the next ，：or the sentence end). */
export function clauseEnd(s: Sentence, at: number): number {
  for (let i = at; i < s.end; i++) if (/[，：,:。；！？]/.test(s.para.text[i] ?? '')) return i;
  return s.end;
}

export interface CiteCandidate {
  readonly line: number;
  readonly section: string;
  readonly span: string;
  /** The status word that governs the name on this line (this document's word for it). */
  readonly statusWord?: string;
}

/**
 * A citation for text at [start, end) of a paragraph: the line where it starts, that line's
 * section, and the evidence span cut to what that line holds and to 40 characters.
 */
export function citeAt(
  para: Paragraph,
  start: number,
  end: number,
  sections: readonly string[],
): CiteCandidate {
  const line = lineAt(para, start);
  const [ls, le] = partRange(para, line);
  const s = Math.max(start, ls);
  const e = Math.min(end, le, s + EVIDENCE_SPAN_MAX);
  // Spans never end in the middle of a surrogate pair.
  const span = Array.from(para.text.slice(s, e)).slice(0, EVIDENCE_SPAN_MAX).join('');
  return { line, section: sections[line - 1] ?? 'preamble', span };
}

/** Normal form for comparing names: no whitespace or quotes, ASCII half-width, upper case. */
export function nameKey(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[“”‘’"'「」『』《》]/g, '')
    .toUpperCase();
}
