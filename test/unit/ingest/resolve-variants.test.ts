/**
 * Issue 17, item 2: known entities written with small variants resolve to them: a city put in
 * front, a kind word put after, the province left out, a two-character abbreviation used as a
 * word. Sentences written for these tests; each expectation failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../../src/ingest/resolve.js';
import { entity, ingestText, smallGraph } from './support.js';

const index = new GraphIndex([
  entity('zone:hn', 'zone', '浑南科技城'),
  entity('inf:als', 'infrastructure', '基于极紫外光的前沿研究设施', ['海城先进光源']),
  entity('lab:lnm', 'laboratory', '辽宁材料实验室'),
]);

describe('resolution of variants', () => {
  it('a city in front of a known zone', () => {
    expect(index.resolve('沈阳浑南科技城', 'zone')).toMatchObject({
      status: 'existing',
      match: { id: 'zone:hn' },
    });
    expect(index.resolve('沈阳市浑南科技城', 'zone')).toMatchObject({
      status: 'existing',
      match: { id: 'zone:hn' },
    });
  });

  it('a kind word after a known alias (大科学装置, 基地, （筹）)', () => {
    expect(index.resolve('海城先进光源大科学装置', 'infrastructure')).toMatchObject({
      status: 'existing',
      match: { id: 'inf:als' },
    });
    expect(index.resolve('辽宁材料实验室（筹）', 'laboratory')).toMatchObject({
      status: 'existing',
      match: { id: 'lab:lnm' },
    });
  });

  it('the province left out', () => {
    expect(index.resolve('材料实验室', 'laboratory')).toMatchObject({
      status: 'existing',
      match: { id: 'lab:lnm' },
    });
  });

  it('a two-character abbreviation in context is a mention, inside a longer word it is not', () => {
    const g = smallGraph([{ ...entity('ent:hg', 'enterprise', '海钢集团'), abbreviations: ['海钢'] }]);
    const p = ingestText('海钢牵头组建的海城特钢技术创新中心获批。', g);
    expect(p.mentions.map((m) => m.id)).toContain('ent:hg');
    const q = ingestText('海钢铁路运输繁忙。', g);
    expect(q.mentions.map((m) => m.id)).not.toContain('ent:hg');
  });
});
