/** UI strings in Chinese (default) and English. Kind names come from the ontology. */
export type Lang = 'zh' | 'en';

const STRINGS = {
  title: ['辽宁创新平台图谱', 'Liaoning innovation graph'],
  search: ['搜索', 'Search'],
  searchPlaceholder: ['搜索平台、机构、产业链…', 'Search platforms, institutions, chains…'],
  overview: ['总览', 'Overview'],
  trace: ['追踪产业链', 'Trace a chain'],
  traceChoose: ['追踪产业链…', 'Trace a chain…'],
  exportPng: ['导出 PNG', 'Export PNG'],
  exportJson: ['导出 JSON', 'Export JSON'],
  legend: ['图例 / 筛选', 'Legend / filter'],
  status: ['状态', 'Status'],
  level: ['级别', 'Level'],
  region: ['地区', 'Region'],
  field: ['技术领域 / 方向', 'Field / direction'],
  all: ['全部', 'All'],
  connect: ['连接', 'Connect'],
  findPath: ['查找最短路径', 'Find shortest paths'],
  pathFrom: ['设为起点', 'Path from here'],
  pathTo: ['设为终点', 'Path to here'],
  pathEnds: ['起点：{from}　终点：{to}', 'From: {from}  To: {to}'],
  noPath: ['没有找到路径', 'No path found'],
  coverage: ['产业链覆盖', 'Chain coverage'],
  regions: ['地区：已建与规划', 'Regions: built vs planned'],
  uncovered: ['无平台的产业链', 'chains without platforms'],
  covered: ['有平台的产业链', 'chains with platforms'],
  existing: ['已建', 'existing'],
  planned: ['规划', 'planned'],
  unknown: ['未知', 'unknown'],
  national: ['国家级', 'national'],
  provincial: ['省级', 'provincial'],
  municipal: ['市级', 'municipal'],
  aliases: ['别名', 'Aliases'],
  citations: ['出处', 'Citations'],
  related: ['关联', 'Related'],
  expand: ['展开邻居', 'Expand'],
  collapse: ['收起邻居', 'Collapse'],
  hide: ['隐藏', 'Hide'],
  reach: ['可达产业链', 'Chains reached'],
  more: ['还有更多邻居未显示', 'More neighbours not shown'],
  loadMore: ['显示更多', 'Show more'],
  line: ['第 {n} 行', 'line {n}'],
  kind: ['类型', 'Kind'],
  inferred: ['推断', 'inferred'],
  stated: ['明确', 'stated'],
  empty: ['点击节点或搜索以查看详情', 'Click a node or search to see details'],
  loading: ['加载中…', 'Loading…'],
  error: ['出错了：{msg}', 'Error: {msg}'],
} as const;

export type Key = keyof typeof STRINGS;

export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  const s: string = STRINGS[key][lang === 'zh' ? 0 : 1];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Fills every [data-i18n] and [data-i18n-placeholder] under `root`. */
export function translate(root: ParentNode, lang: Lang): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(lang, el.dataset.i18n as Key);
  });
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(lang, el.dataset.i18nPlaceholder as Key);
  });
}
