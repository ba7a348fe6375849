import { pinyin } from 'pinyin-pro';
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

  it('gives the initials pinyin-pro gives (pattern first) from the one full conversion', () => {
    // Polyphones, Latin letters, digits, punctuation, ü, a character outside the dictionary,
    // one outside the basic plane, and text mixed with kana.
    const texts = [
      '重庆大学',
      '长春银行行长',
      'LNG接收站2号',
      '绿色·低碳',
      '吕顺女',
      '嗯',
      '𠀀研究院',
      'がく大连',
      'ab 中 c',
    ];
    for (const text of texts) {
      const expected = normaliseKey(
        pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join(''),
      );
      const keys = searchKeys({ name: text, aliases: [], abbreviations: [] });
      const initials = keys.find((k) => k.source === 'initials')?.key;
      // A key equal to a stronger one (the name itself, the full pinyin) is kept once, as that one.
      expect(initials ?? keys.find((k) => k.key === expected)?.key).toBe(expected);
    }
  });
});
