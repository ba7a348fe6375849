import { describe, expect, it } from 'vitest';
import { entity, idOf, ingestText, relation, smallGraph } from '../support.js';

describe('rule part-of', () => {
  it('members of the umbrella the heading names', () => {
    const p = ingestText('一、建设辽河实验室\n\n高标准建设辽河材料实验室、辽河装备实验室，承担重大任务。');
    const umbrella = idOf(p, '辽河实验室');
    expect(relation(p, idOf(p, '辽河材料实验室'), 'PART_OF', umbrella)).toBeDefined();
    expect(relation(p, idOf(p, '辽河装备实验室'), 'PART_OF', umbrella)).toBeDefined();
  });

  it('an affiliated hospital is part of its university (inferred)', () => {
    const p = ingestText('依托东北大学附属医院建设冶金职业病临床医学研究中心。');
    expect(relation(p, idOf(p, '东北大学附属医院'), 'PART_OF', 'uni:neu')?.basis).toBe('inferred');
  });

  it('core and functional areas of a zone to be created, with their role', () => {
    const graph = smallGraph([
      entity('zone:hc-hitech', 'zone', '海城高新区'),
      entity('zone:yk-hitech', 'zone', '营口高新区'),
    ]);
    const p = ingestText(
      '以海城高新区为核心区，以营口高新区为功能区，创建辽河镁质材料自主创新示范区。',
      graph,
    );
    const zone = idOf(p, '辽河镁质材料自主创新示范区');
    expect(relation(p, 'zone:hc-hitech', 'PART_OF', zone)?.role).toBe('core_area');
    expect(relation(p, 'zone:yk-hitech', 'PART_OF', zone)?.role).toBe('functional_area');
  });
});
