import { describe, expect, it } from 'vitest';
import { checkSeed } from '../../../src/seed/index.js';
import { formatProblem } from '../../../src/seed/model.js';
import { INVALID_SEEDS as cases } from '../../support/invalid-seeds.js';
import { ENUMERATED_ZONES, LINEAGE_SAME_DATE, LINEAGE_VALID, seedFixture, VALID } from '../../support/seed-fixture.js';

const problems = (files: Record<string, string>): string[] => {
  const dir = seedFixture(files);
  const { graph, problems: ps } = checkSeed(dir);
  expect(graph).toBeUndefined(); // never a partial graph
  return ps.map(formatProblem).map((p) => p.replace(/innograph-seed-[^/]+\//g, ''));
};

describe('seed validation', () => {
  it('accepts the valid fixture', () => {
    const { graph, problems: ps } = checkSeed(seedFixture({ 'a.yaml': VALID }));
    expect(ps).toEqual([]);
    expect(graph?.entities.map((e) => e.id)).toContain('uni:sau');
  });

  it.each(cases)('reports %s', (_rule, files, expected) => {
    expect(problems(files)).toEqual(expected);
  });

  it('reports a missing source document and loads nothing', () => {
    const dir = seedFixture({ 'a.yaml': VALID });
    const { graph, problems: ps } = checkSeed(dir, '/nonexistent/sources');
    expect(graph).toBeUndefined();
    expect(ps.map((p) => p.message)).toContain(
      'source document not found: /nonexistent/sources/000_de01f95686a36e61.txt (set INNOGRAPH_SOURCES)',
    );
  });

  it('recognises a chain by its name without the 产业创新链 suffix', () => {
    const chain = 'entities:\n  - { id: chain:gas-turbine, kind: chain, name: 燃气轮机产业创新链, cite: [{ doc: plan14, line: 225, section: 第六章 }] }\n';
    const { problems: ps } = checkSeed(seedFixture({ 'a.yaml': chain }));
    expect(ps).toEqual([]);
  });

  it('accepts a name that a page break splits into the next non-empty line', () => {
    const split =
      'entities:\n  - { id: ii:cas-robotics, kind: innovation_institute, name: 中国科学院机器人与智能制造创新研究院, cite: [{ doc: plan14, line: 91, section: 第三章 }] }\n';
    expect(checkSeed(seedFixture({ 'a.yaml': split })).problems).toEqual([]);
  });

  it('recognises a zone that a line names only in an enumeration with one head noun (抚顺、丹东…等省级高新区)', () => {
    expect(checkSeed(seedFixture({ 'a.yaml': ENUMERATED_ZONES })).problems).toEqual([]);
  });

  it('accepts plan lineage from the later document to the earlier one', () => {
    expect(checkSeed(seedFixture({ 'a.yaml': LINEAGE_VALID })).problems).toEqual([]);
  });

  it('accepts lineage between documents of the same date when the later one names the earlier as its basis', () => {
    expect(checkSeed(seedFixture({ 'a.yaml': LINEAGE_SAME_DATE })).problems).toEqual([]);
  });
});
