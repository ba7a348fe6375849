import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { SEED_DIR } from '../../../src/config/paths.js';
import { generateScale } from '../../../src/scale/generate.js';
import { parseSeedFast } from '../../../src/seed/fast-yaml.js';
import { listSeedFiles } from '../../../src/seed/files.js';
import { INVALID_SEEDS } from '../../support/invalid-seeds.js';

const TOP = new Set(['entities', 'relations', 'mentions', 'sections']);

/** What the careful reader (the `yaml` library) sees: each record's value and line, and its cite items' lines. */
function careful(
  text: string,
): { key: string; records: { value: unknown; line: number; citeLines: number[] }[] }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (!isMap(doc.contents)) return [];
  return doc.contents.items.map((pair) => ({
    key: String((pair.key as { value: unknown }).value),
    records: isSeq(pair.value)
      ? pair.value.items.map((item) => {
          const cite = isMap(item) ? item.get('cite', true) : undefined;
          return {
            value: (item as YamlNode).toJSON() as unknown,
            line: lineCounter.linePos((item as YamlNode).range?.[0] ?? 0).line,
            citeLines: isSeq(cite)
              ? cite.items.map((c) => lineCounter.linePos((c as YamlNode).range?.[0] ?? 0).line)
              : [],
          };
        })
      : [],
  }));
}

describe('the fast seed parser', () => {
  const generated = generateScale({ factor: 0.2 }, mkdtempSync(join(tmpdir(), 'innograph-fast-')));
  const files = [...listSeedFiles(SEED_DIR).files, ...listSeedFiles(generated.seedDir).files];

  it.each(files)('reads %s exactly as the yaml library does (values and lines)', (file) => {
    const text = readFileSync(file, 'utf8');
    const fast = parseSeedFast(text, TOP);
    expect(fast).toBeDefined();
    expect(fast).toEqual(careful(text));
  });

  it('leaves every invalid fixture that is not plain records to the careful reader', () => {
    const leftOver = INVALID_SEEDS.filter(([rule]) =>
      ['YAML syntax', 'unknown top-level key'].includes(rule),
    ).flatMap(([, f]) => Object.values(f));
    expect(leftOver.length).toBeGreaterThan(0);
    for (const text of leftOver) expect(parseSeedFast(text, TOP)).toBeUndefined();
  });

  it.each([
    ['a duplicate key', 'entities:\n  - { id: a, id: b }\n'],
    ['a list that is a map', 'entities:\n  a: 1\n'],
    ['a record that is a string', 'entities:\n  - just text\n'],
    ['two documents', 'entities: []\n---\nrelations: []\n'],
  ])('falls back on %s', (_what, text) => {
    expect(parseSeedFast(text, TOP)).toBeUndefined();
  });

  it.each([
    ['an anchor', 'entities:\n  - &a { id: a, cite: [] }\n'],
    ['a merge key', 'entities:\n  - { <<: {}, id: a }\n'],
    ['a tag', 'entities:\n  - !thing { id: a }\n'],
  ])('leaves %s to the careful reader (aliases, merges, tags)', (_what, text) => {
    expect(parseSeedFast(text, TOP)).toBeUndefined();
  });

  it('places each citation of a block list on its own line', () => {
    const text =
      'entities:\n  - id: a\n    cite:\n      - { doc: x, line: 1, section: s }\n      # between\n      - doc: y\n        line: 2\n        section: s\n  - id: b\n    cite: [{ doc: x, line: 1, section: s }, { doc: x, line: 2, section: s }]\n';
    expect(parseSeedFast(text, TOP)?.[0]?.records.map((r) => r.citeLines)).toEqual([
      [4, 6],
      [10, 10],
    ]);
    expect(parseSeedFast(text, TOP)).toEqual(careful(text));
  });

  it('gives the line of the record, past comments and blank lines', () => {
    const text = 'entities:\n  # a comment\n  -\n\n    id: a\n    cite: []\n  - { id: b }\n';
    expect(parseSeedFast(text, TOP)).toEqual(careful(text));
  });
});
