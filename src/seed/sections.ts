/**
 * Document structure: each document's chapters, sections, boxes (专栏) and items with their line
 * ranges (seed/<doc>/sections.yaml). Checked here (ranges nest, siblings do not overlap, every
 * citation of a document with sections names an existing section and lies inside it) and turned
 * into the (:Section) nodes and derived CITED_IN_SECTION links the loader writes.
 */
import type { Citation, Problem, Section } from './model.js';
import type { SourceLines } from './sources.js';

/** The parent path of a section path (第四章/二/专栏1 → 第四章/二), or undefined at the top. */
export const parentPath = (path: string): string | undefined => {
  const i = path.lastIndexOf('/');
  return i === -1 ? undefined : path.slice(0, i);
};

/** A section's stable id: `<doc>/<path>`, e.g. plan14/第四章/二/专栏1. */
export const sectionId = (doc: string, path: string): string => `${doc}/${path}`;

export interface SectionIndex {
  /** Why a citation does not fit its document's sections, or undefined when it does. */
  check(c: Citation): string | undefined;
}

const key = (doc: string, path: string): string => `${doc}\u0000${path}`;

/** Validates `sections`, pushing problems; returns the index that checks citations against them. */
export function sectionProblems(
  sections: readonly Section[],
  sources: SourceLines,
  problems: Problem[],
): SectionIndex {
  const byKey = new Map<string, Section>();
  const docs = new Set<string>();
  const push = (s: Section, message: string): void => {
    problems.push({ file: s.at.file, line: s.at.line, message: `section ${s.doc} ${s.path}: ${message}` });
  };
  for (const s of sections) {
    const lines = sources.get(s.doc);
    if (lines === undefined) {
      push(s, `unknown document "${s.doc}"`);
      continue;
    }
    if (s.toLine > lines.length)
      push(s, `line ${s.toLine} does not exist in ${s.doc} (${lines.length} lines)`);
    const first = byKey.get(key(s.doc, s.path));
    if (first) {
      push(s, `defined twice (first at ${first.at.file}:${first.at.line})`);
      continue;
    }
    byKey.set(key(s.doc, s.path), s);
    docs.add(s.doc);
  }
  const children = new Map<string, Section[]>();
  for (const s of byKey.values()) {
    const parent = parentPath(s.path);
    if (parent === undefined) {
      const list = children.get(key(s.doc, '')) ?? [];
      list.push(s);
      children.set(key(s.doc, ''), list);
      continue;
    }
    const p = byKey.get(key(s.doc, parent));
    if (!p) {
      push(s, `its parent section "${parent}" is not defined`);
      continue;
    }
    if (s.fromLine < p.fromLine || s.toLine > p.toLine)
      push(
        s,
        `lines ${s.fromLine}–${s.toLine} are not inside its parent ${parent} (lines ${p.fromLine}–${p.toLine})`,
      );
    const list = children.get(key(s.doc, parent)) ?? [];
    list.push(s);
    children.set(key(s.doc, parent), list);
  }
  for (const list of children.values()) {
    const sorted = [...list].sort((a, b) => a.fromLine - b.fromLine);
    for (let i = 1; i < sorted.length; i += 1) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && cur.fromLine <= prev.toLine)
        push(
          cur,
          `lines ${cur.fromLine}–${cur.toLine} overlap its sibling ${prev.path} (lines ${prev.fromLine}–${prev.toLine})`,
        );
    }
  }
  return {
    check(c: Citation): string | undefined {
      if (!docs.has(c.doc)) return undefined;
      const s = byKey.get(key(c.doc, c.section));
      if (!s) return `section "${c.section}" is not a section of ${c.doc} (see its sections.yaml)`;
      if (c.line < s.fromLine || c.line > s.toLine)
        return `line ${c.line} is outside section ${c.section} of ${c.doc} (lines ${s.fromLine}–${s.toLine})`;
      return undefined;
    },
  };
}

/** The sections of one document holding `line`, innermost first (then its ancestors). */
export function sectionsHolding(sections: readonly Section[], line: number): Section[] {
  return sections
    .filter((s) => s.fromLine <= line && line <= s.toLine)
    .sort((a, b) => b.path.split('/').length - a.path.split('/').length);
}
