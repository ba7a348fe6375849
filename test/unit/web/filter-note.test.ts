/**
 * The left pane's filter note says what the filters do: status filters platforms only (an
 * institution's status is 未知 and stays), level filters platforms and institutions.
 */
import { describe, expect, it } from 'vitest';
import { visibleNodes } from '../../../web/src/filters.js';
import { t } from '../../../web/src/i18n.js';
import { INITIAL } from '../../../web/src/state.js';

const nodes = [
  { id: 'lab:built', kind: 'laboratory', status: 'existing', level: 'provincial' },
  { id: 'uni:u', kind: 'university', status: 'unknown', level: 'unknown' },
] as const;
const none = { region: null, field: null };

describe('the filter note', () => {
  it('says status filters platforms only, as visibleNodes does', () => {
    const kept = visibleNodes(nodes, [], { ...INITIAL, statuses: ['existing'] }, none);
    expect(kept.has('uni:u')).toBe(true);
    expect(t('zh', 'filterNote')).toContain('状态只筛选平台');
    expect(t('zh', 'filterNote')).not.toMatch(/状态和级别只筛选平台与机构/);
    expect(t('en', 'filterNote')).toContain('Status filters platforms only');
  });

  it('says level filters platforms and institutions, as visibleNodes does', () => {
    const kept = visibleNodes(nodes, [], { ...INITIAL, levels: ['provincial'] }, none);
    expect(kept.has('uni:u')).toBe(false);
    expect(t('zh', 'filterNote')).toContain('级别筛选平台与机构');
    expect(t('en', 'filterNote')).toContain('level platforms and institutions');
  });
});
