/**
 * Issue 17, items 2 and 4: a title the text does not hold is refused at ingest; a proposal made
 * before another review is refused with the advice to ingest again; a likely duplicate is not
 * written unless told; every new item says what it was compared with; `seed --check`'s
 * near-duplicate scan. Sentences and names written for these tests.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/ingest/document.js';
import { checkBeforeWrite, comparedWith, nearDuplicateNames } from '../../../src/ingest/duplicates.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { acceptAbove } from '../../../src/ingest/review-session.js';
import { writeAccepted } from '../../../src/ingest/review.js';
import { checkSeed } from '../../../src/seed/index.js';
import type { ProposedEntity } from '../../../src/ingest/proposal.js';
import { entity, FIXTURES, ingestText, smallGraph, tempSeed } from './support.js';

const DOC = join(FIXTURES, 'haicheng-plan.txt');

describe('titles and stale proposals', () => {
  it('ingest --title refuses a title the text does not contain, naming the title line', () => {
    expect(() =>
      ingestText('海城市科技创新行动方案\n建设海城冶金实验室。', smallGraph(), { title: '海城市十四五规划' }),
    ).toThrow(/--title "海城市十四五规划" appears in no line of test-doc\.txt.*line 1/);
    expect(
      ingestText('海城市科技创新行动方案\n建设海城冶金实验室。', smallGraph(), {
        title: '海城市科技创新行动方案',
      }).document.title,
    ).toBe('海城市科技创新行动方案');
  });

  it('a proposal made before another review fails with a message to re-run ingest', () => {
    const dirs = tempSeed();
    const g0 = checkSeed(dirs.seed, dirs.sources).graph;
    if (!g0) throw new Error('invalid');
    const doc = readDocument(DOC);
    const first = ingest(doc, g0, { docId: 'haicheng' });
    const second = ingest(doc, g0, { docId: 'haicheng' });
    const w = writeAccepted(first, acceptAbove(first, 0.6), {
      seedDir: dirs.seed,
      sourcesDir: dirs.sources,
      documentPath: DOC,
    });
    expect(w.ok).toBe(true);
    const g1 = checkSeed(dirs.seed, dirs.sources).graph;
    if (!g1) throw new Error('invalid');
    expect(() => checkBeforeWrite(second, acceptAbove(second, 0.6).entities, g1, false)).toThrow(
      /made before .*re-run `innograph ingest haicheng-plan\.txt --doc-id haicheng`/,
    );
  });
});

describe('likely duplicates', () => {
  const g = smallGraph([entity('zone:hn', 'zone', '浑南科技城')]);

  it('review refuses a new entity the graph has under a variant, unless told', () => {
    const p = ingestText('建设海城冶金实验室。', g);
    const base = p.entities[0];
    if (!base) throw new Error('no entity');
    const dup: ProposedEntity = {
      ...base,
      id: 'zone:shen-yang-hun-nan',
      kind: 'zone' as const,
      name: '沈阳浑南科技城',
      confidence: 0.9,
    };
    const fresh = { ...p, document: { ...p.document, id: 'other', new: false } };
    expect(() => checkBeforeWrite(fresh, [dup], g, false)).toThrow(
      /沈阳浑南科技城 ≈ zone:hn 浑南科技城.*--allow-duplicates/s,
    );
    expect(() => checkBeforeWrite(fresh, [dup], g, true)).not.toThrow();
  });

  it('each new item says which existing entity it was compared with and why it is not that one', () => {
    const p = ingestText(
      '建设海城冶金实验室。',
      smallGraph([entity('lab:hz', 'laboratory', '海城材料实验室')]),
    );
    expect(p.entities.find((e) => e.name === '海城冶金实验室')?.compared).toBe(
      'nearest existing: lab:hz 海城材料实验室; not the same: "冶金" here where it has "材料"',
    );
    expect(comparedWith('完全不同', 'laboratory', [])).toMatch(/no existing name/);
  });

  it('seed --check finds names one variant apart, and nothing in distinct names', () => {
    const near = nearDuplicateNames(
      smallGraph([
        entity('zone:hn', 'zone', '浑南科技城'),
        entity('zone:sy-hn', 'zone', '沈阳浑南科技城'),
        entity('inf:als', 'infrastructure', '海城先进光源大科学装置'),
        entity('inf:als2', 'infrastructure', '海城先进光源'),
        entity('lab:a', 'laboratory', '海城冶金实验室'),
      ]),
    );
    expect(near.map((d) => [d.a, d.b].sort().join(' '))).toEqual(['zone:hn zone:sy-hn', 'inf:als inf:als2']);
  });
});
