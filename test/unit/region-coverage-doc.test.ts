/**
 * The graph holds only the regions its documents name, so "counts per city" can miss a city of
 * Liaoning without saying so. docs/api.md and regionSummary's description name exactly the
 * prefecture-level cities the seed lacks: a city added to the seed (with its citation) fails
 * this until the note is updated, and a city dropped fails it until the note names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config/paths.js';

/** Liaoning's 14 prefecture-level cities (a fact of administration, not data of the graph). */
const LIAONING_CITIES = [
  '沈阳市',
  '大连市',
  '鞍山市',
  '抚顺市',
  '本溪市',
  '丹东市',
  '锦州市',
  '营口市',
  '阜新市',
  '辽阳市',
  '盘锦市',
  '铁岭市',
  '朝阳市',
  '葫芦岛市',
];

function seedNames(): Set<string> {
  const names = new Set<string>();
  for (const f of readdirSync(join(ROOT, 'seed'), { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.yaml')) continue;
    const text = readFileSync(join(ROOT, 'seed', f), 'utf8');
    for (const m of text.matchAll(/^\s+name: "?([^"\n]+?)"?$/gm)) names.add(m[1] ?? '');
  }
  return names;
}

describe('cities of Liaoning the graph lacks', () => {
  const missing = LIAONING_CITIES.filter((c) => !seedNames().has(c));
  const mentioned = (text: string): string[] => LIAONING_CITIES.filter((c) => text.includes(c));

  it('are the ones docs/api.md names in its note', () => {
    expect(missing.length).toBeGreaterThan(0);
    const api = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
    const note = /\*\*The graph has only the regions its documents name\.\*\*[^]*?\n\n/.exec(api)?.[0] ?? '';
    expect(mentioned(note)).toEqual(missing);
  });

  it("are the ones regionSummary's description names", () => {
    const schema = readFileSync(join(ROOT, 'schema.graphql'), 'utf8');
    const description = /"""\n\s*(Per region: [^]*?)"""\n\s*regionSummary\(/.exec(schema)?.[1] ?? '';
    expect(mentioned(description.replace(/"region:liaoning"/g, ''))).toEqual(missing);
  });
});
