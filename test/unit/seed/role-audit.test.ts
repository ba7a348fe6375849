/**
 * Audits every curated role against the words of its cited line (defect 1 of issue 16: plain
 * 依托 was given 重点依托's role). A RELIES_ON role is the word that governs the unit in the line:
 * the nearest of 重点依托 / 重点支持 / 依托 / 支持 before the unit's name ("重点依托A…；依托B等单位":
 * A is key_reliance, B reliance). A PART_OF role's word (核心 / 功能区) must be on its line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesDir } from '../../../src/config/paths.js';
import { ROLES } from '../../../src/ontology/ontology.js';
import { checkSeed } from '../../../src/seed/index.js';
import type { Graph } from '../../../src/seed/model.js';
import { squash } from '../../../src/seed/sources.js';

const GOVERNING = ['重点依托', '重点支持', '依托', '支持'];

/** The governing word nearest before `pos` in `line` (the longer one when two end at one place). */
export function governingWord(line: string, pos: number): string | undefined {
  let best: string | undefined;
  let bestEnd = -1;
  for (const w of GOVERNING) {
    const i = line.lastIndexOf(w, pos - w.length);
    if (i === -1) continue;
    const end = i + w.length;
    if (end > bestEnd || (end === bestEnd && w.length > (best?.length ?? 0))) {
      best = w;
      bestEnd = end;
    }
  }
  return best;
}

describe('role audit over the curated seed', () => {
  const { graph } = checkSeed();
  const g = graph as Graph;
  const files = new Map(
    g.entities.filter((e) => e.kind === 'document').map((d) => [d.id.slice(4), d.file ?? '']),
  );
  const lines = new Map(
    [...files].map(([doc, f]) => [doc, readFileSync(join(sourcesDir(), f), 'utf8').split('\n').map(squash)]),
  );
  const names = new Map(g.entities.map((e) => [e.id, [e.name, ...e.aliases].map(squash)]));

  it('finds the word that governs a unit', () => {
    const line = squash('重点依托大连海洋大学、中科院大连化物所；依托大连理工大学等单位');
    expect(governingWord(line, line.indexOf('大连海洋大学'))).toBe('重点依托');
    expect(governingWord(line, line.indexOf('大连理工大学'))).toBe('依托');
  });

  it('gives each RELIES_ON the role of the word that governs its unit in the cited line', () => {
    const wrong: string[] = [];
    for (const r of g.relations.filter((x) => x.type === 'RELIES_ON')) {
      const expected = r.role === undefined ? undefined : ROLES[r.role]?.words;
      for (const c of r.cite) {
        const text = lines.get(c.doc)?.[c.line - 1] ?? '';
        // Where the unit is named: its name or alias, else its span without the governing word.
        const span = squash(c.span ?? '')
          .replace(/等.*$/, '')
          .replace(/^(重点)?(依托|支持)/, '');
        const at = (ns: readonly string[]): number[] =>
          ns.map((n) => (n === '' ? -1 : text.indexOf(n))).filter((i) => i !== -1);
        const unit = at(names.get(r.to) ?? []).length > 0 ? at(names.get(r.to) ?? []) : at([span]);
        const pos = unit.length === 0 ? -1 : Math.min(...unit);
        const found = pos === -1 ? undefined : governingWord(text, pos);
        const ok = expected === undefined ? found === undefined || found === '支持' : found === expected;
        if (!ok)
          wrong.push(
            `${r.from} → ${r.to} (${r.role ?? 'no role'}): line ${c.line} says ${found ?? 'nothing'}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives 海洋资源利用产业链 → 大连理工大学 (impl2015 line 37, plain 依托) the role reliance', () => {
    const r = g.relations.find(
      (x) => x.type === 'RELIES_ON' && x.to === 'uni:dlut' && x.from.includes('marine-resource'),
    );
    expect(r?.role).toBe('reliance');
  });

  it('shows each PART_OF role word on its cited line', () => {
    const wrong = g.relations
      .filter((r) => r.type === 'PART_OF' && r.role !== undefined)
      .filter((r) => {
        const w = ROLES[r.role ?? '']?.words ?? '';
        return !r.cite.some((c) => (lines.get(c.doc)?.[c.line - 1] ?? '').includes(w));
      })
      .map((r) => `${r.from} → ${r.to} (${r.role ?? ''})`);
    expect(wrong).toEqual([]);
  });
});
