import { describe, expect, it } from 'vitest';
import {
  GraphIndex,
  canonical,
  editDistance,
  isContiguousDeletion,
  isSubsequence,
} from '../../../src/ingest/resolve.js';
import { entity } from './support.js';

const index = new GraphIndex([
  entity('uni:dlut', 'university', '大连理工大学'),
  entity('uni:dlmu', 'university', '大连海事大学'),
  entity('ri:cas-sia', 'research_institute', '中国科学院沈阳自动化研究所'),
  entity('ri:cas-iae', 'research_institute', '中国科学院沈阳应用生态研究所'),
  entity('ri:cas-dicp', 'research_institute', '中国科学院大连化学物理研究所', ['大连化物所']),
  entity('rc:ice', 'research_centre', '海冰工程研究中心'),
  entity('zone:td', 'zone', '国家技术转移示范区'),
  { ...entity('ent:hcmg', 'enterprise', '海城镁业集团有限公司'), abbreviations: ['海镁'] },
]);

describe('resolution against the graph', () => {
  it('by name and by alias, whatever the quotes, widths and spaces', () => {
    expect(index.resolve('大连理工 大学', 'university')).toMatchObject({
      status: 'existing',
      match: { id: 'uni:dlut', how: 'name' },
    });
    expect(index.resolve('“大连化物所”', 'research_institute')).toMatchObject({
      status: 'existing',
      match: { id: 'ri:cas-dicp', how: 'alias' },
    });
  });

  it('by a curated abbreviation', () => {
    expect(index.resolve('海镁', 'enterprise')).toMatchObject({
      status: 'existing',
      match: { id: 'ent:hcmg', how: 'abbreviation' },
    });
  });

  it('by the usual short forms of institutes: 中科院…所, with or without the city', () => {
    expect(canonical('中科院沈阳自动化所')).toBe('中国科学院沈阳自动化研究所');
    expect(index.resolve('中科院沈阳自动化所', 'research_institute')).toMatchObject({
      status: 'existing',
      match: { id: 'ri:cas-sia' },
    });
    expect(index.resolve('中科院自动化所', 'research_institute')).toMatchObject({
      status: 'existing',
      match: { id: 'ri:cas-sia', how: 'abbreviation' },
    });
    expect(index.resolve('中科院沈阳生态所', 'research_institute')).toMatchObject({
      status: 'existing',
      match: { id: 'ri:cas-iae' },
    });
  });

  it('by a near match: a qualifier left out, a place in front, or the same pinyin', () => {
    expect(index.resolve('海冰工程中心', 'research_centre')).toMatchObject({
      status: 'existing',
      match: { id: 'rc:ice', how: 'near' },
    });
    expect(index.resolve('沈大国家技术转移示范区', 'zone')).toMatchObject({
      status: 'existing',
      match: { id: 'zone:td', how: 'near' },
    });
    // 程 → 成: a homophone typo.
    expect(index.resolve('海冰工成研究中心', 'research_centre')).toMatchObject({
      status: 'existing',
      match: { id: 'rc:ice' },
    });
  });

  it('lists equally good matches as ambiguous, with the options', () => {
    const r = index.resolve('大连大学', 'university');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.options.map((o) => o.id).sort()).toEqual(['uni:dlmu', 'uni:dlut']);
  });

  it('a new name is new; a category is matched by its exact words only', () => {
    expect(index.resolve('辽河镁质材料实验室', 'laboratory').status).toBe('new');
    expect(index.resolve('海冰中心', 'research_centre', { generic: true }).status).toBe('new');
  });

  it('string helpers', () => {
    expect(isSubsequence('大工', '大连理工大学')).toBe(true);
    expect(isSubsequence('工大', '大连理工')).toBe(false);
    expect(editDistance('研究中心', '研发中心')).toBe(1);
    expect(isContiguousDeletion('大连高新区', '大连国家高新区')).toBe(true);
    expect(isContiguousDeletion('辽宁实验室', '辽宁材料实验室')).toBe(false);
  });
});
