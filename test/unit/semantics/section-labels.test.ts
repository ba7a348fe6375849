/**
 * Citations in English (review s23): the section a citation names, as the curated sections'
 * English glosses refer to it. Every curated section's gloss starts with the reference worked
 * out from its path, so the two cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../src/config/paths.js';
import { readSeedDir } from '../../../src/seed/read.js';
import { chineseNumber, sectionLabelEn } from '../../../src/semantics/section-labels.js';

describe('section references in English', () => {
  it('reads Chinese numerals of 1–99', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三', '九十九'].map(chineseNumber)).toEqual([
      1, 9, 10, 11, 20, 23, 99,
    ]);
    for (const bad of ['', '百', '一一', '十十', 'x']) expect(chineseNumber(bad), bad).toBeUndefined();
  });

  it.each([
    ['第四章/二/专栏1/1', 'Chapter 4, part 2, box 1, item 1'],
    ['第三章/第二节', 'Chapter 3, section 2'],
    ['第二章/第四节/八大工程之一', 'Chapter 2, section 4, Eight Projects no. 1'],
    ['二/(三)/11', 'Part 2, (3), item 11'],
    ['一/1/(5)', 'Part 1, item 1, (5)'],
    ['第十二章/十', 'Chapter 12, part 10'],
    ['title', 'Title'],
    ['前言', 'Preamble'],
    ['附件/甲', '附件, 甲'],
  ])('%s → %s', (path, en) => {
    expect(sectionLabelEn(path)).toBe(en);
  });

  it('agrees with the English gloss of every curated section', () => {
    const { set } = readSeedDir(SEED_DIR, SEED_DIR);
    expect(set.sections.length).toBeGreaterThan(300);
    const differ = set.sections.flatMap((s) => {
      const ref = sectionLabelEn(s.path).toLowerCase();
      const gloss = s.labelEn.toLowerCase();
      return gloss.startsWith(ref) && /^($|[:,])/.test(gloss.slice(ref.length))
        ? []
        : [`${s.doc} ${s.path}: "${ref}" vs "${s.labelEn}"`];
    });
    expect(differ).toEqual([]);
  });
});
