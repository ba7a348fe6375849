import { describe, expect, it } from 'vitest';
import { normaliseKey, searchKeys } from '../../../src/semantics/search-keys.js';

describe('search keys', () => {
  it('normalises width, case, spaces and punctuation', () => {
    expect(normaliseKey(' “大连先进光源” ')).toBe('大连先进光源');
    expect(normaliseKey('Dalian Advanced Light-Source')).toBe('dalianadvancedlightsource');
    expect(normaliseKey('ＤＩＣＰ')).toBe('dicp');
  });

  it('keys names, aliases, abbreviations, English, full pinyin and initials', () => {
    const keys = searchKeys({
      name: '大连理工大学',
      aliases: ['大工'],
      abbreviations: ['DUT'],
      nameEn: 'Dalian University of Technology',
    });
    expect(keys).toEqual([
      { key: '大连理工大学', source: 'name' },
      { key: '大工', source: 'alias' },
      { key: 'dut', source: 'abbreviation' },
      { key: 'dalianuniversityoftechnology', source: 'english' },
      { key: 'dalianligongdaxue', source: 'pinyin' },
      { key: 'dllgdx', source: 'initials' },
      { key: 'dagong', source: 'pinyin' },
      { key: 'dg', source: 'initials' },
    ]);
  });

  it('reads polyphonic characters in context', () => {
    expect(searchKeys({ name: '重庆', aliases: [], abbreviations: [] }).map((k) => k.key)).toContain(
      'chongqing',
    );
  });
});

describe('typed text with invisible characters and tone marks (issue 20, item 5)', () => {
  it('drops zero-width characters and a byte order mark', () => {
    expect(normaliseKey('大\u200B连\u200C理\u200D工\u2060大学\uFEFF')).toBe('大连理工大学');
  });

  it('reads pinyin with tone marks as plain pinyin, in any case and either form', () => {
    expect(normaliseKey('dàlián')).toBe('dalian');
    expect(normaliseKey('Dàlián'.normalize('NFD'))).toBe('dalian');
    expect(normaliseKey('Shěnyáng')).toBe('shenyang');
    expect(normaliseKey('lǚshùn')).toBe('lvshun');
  });

  it('keeps Chinese and Japanese text as it was', () => {
    expect(normaliseKey('大连')).toBe('大连');
    expect(normaliseKey('が')).toBe('が');
  });
});
