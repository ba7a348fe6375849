/** UI strings in Chinese (default) and English. Kind and relationship words come from the ontology. */
export type Lang = 'zh' | 'en';

const STRINGS = {
  title: ['辽宁创新平台图谱', 'Liaoning innovation graph'],
  skip: ['跳到详情', 'Skip to details'],
  skipGraph: ['跳到图', 'Skip to the graph'],
  search: ['搜索', 'Search'],
  searchPlaceholder: ['搜索平台、机构、产业链…', 'Search platforms, institutions, chains…'],
  noResults: ['没有找到“{text}”', 'Nothing found for “{text}”'],
  resultsCount: ['{n} 个结果', '{n} results'],
  views: ['视图', 'Views'],
  overview: ['总览', 'Overview'],
  trace: ['追踪产业链', 'Trace a chain'],
  traceChoose: ['追踪产业链…', 'Trace a chain…'],
  table: ['表格', 'Table'],
  focus: ['聚焦', 'Focus'],
  group: ['分组', 'Group'],
  groupRegion: ['按地区', 'By region'],
  groupChain: ['按产业链组', 'By chain group'],
  groupNone: ['不分组', 'No grouping'],
  exportPng: ['导出 PNG', 'Export PNG'],
  exportJson: ['导出 JSON', 'Export JSON'],
  exportCsv: ['导出 CSV', 'Export CSV'],
  langButton: ['English', '中文'],
  langLabel: ['切换到英文：English', 'Switch to Chinese: 中文'],
  filters: ['筛选', 'Filters'],
  details: ['详情', 'Details'],
  graph: ['图', 'Graph'],
  legend: ['图例 / 筛选', 'Legend / filter'],
  status: ['状态', 'Status'],
  level: ['级别', 'Level'],
  statusOf: ['状态：{v}', 'Status: {v}'],
  levelOf: ['级别：{v}', 'Level: {v}'],
  kindOf: ['类型：{v}', 'Kind: {v}'],
  region: ['地区', 'Region'],
  field: ['技术领域 / 方向', 'Field / direction'],
  all: ['全部', 'All'],
  filterNote: [
    '状态和级别只筛选平台与机构；产业链、地区等与它们相连时保留。',
    'Status and level filter platforms and institutions; chains, regions and the like stay when linked to them.',
  ],
  connect: ['连接', 'Connect'],
  findPath: ['查找最短路径', 'Find shortest paths'],
  pathFrom: ['设为起点', 'Path from here'],
  pathTo: ['设为终点', 'Path to here'],
  pathAvoid: ['路径避开此节点', 'Keep out of paths'],
  pathEnds: ['起点：{from}　终点：{to}', 'From: {from}  To: {to}'],
  viaRegions: ['允许经过地区', 'Allow paths through regions'],
  viaPlaceholders: ['允许经过占位实体（如“我省优势企业”）', 'Allow paths through placeholders'],
  avoided: ['避开：', 'Kept out:'],
  unavoid: ['不再避开 {name}', 'Stop keeping out {name}'],
  noPath: ['在所选条件下没有找到路径', 'No path found under these conditions'],
  coverage: ['产业链覆盖', 'Chain coverage'],
  regions: ['地区：已建与规划', 'Regions: built vs planned'],
  uncovered: ['无平台的产业链', 'Chains without platforms'],
  covered: ['有平台的产业链', 'Chains with platforms'],
  existing: ['已建', 'existing'],
  planned: ['规划', 'planned'],
  unknown: ['未知', 'unknown'],
  national: ['国家级', 'national'],
  provincial: ['省级', 'provincial'],
  municipal: ['市级', 'municipal'],
  aliases: ['别名', 'Aliases'],
  citations: ['出处', 'Citations'],
  related: ['关联', 'Related'],
  relatedHint: ['用 Tab 键在相邻节点间移动，回车选中', 'Tab through the neighbours, Enter selects'],
  expand: ['展开邻居', 'Expand'],
  collapse: ['收起邻居', 'Collapse'],
  hide: ['隐藏', 'Hide'],
  hiddenCount: ['已隐藏 {n} 个节点', '{n} hidden'],
  unhide: ['全部恢复', 'Show all'],
  reach: ['可达产业链', 'Chains reached'],
  reachDirect: ['产业链直接依托该机构', 'the chain relies on it directly'],
  reachVia: ['经由 {names}', 'via {names}'],
  more: ['还有 {n} 个邻居未显示', '{n} more neighbours not shown'],
  loadMore: ['显示更多', 'Show more'],
  line: ['第 {n} 行', 'line {n}'],
  kind: ['类型', 'Kind'],
  inferred: ['推断', 'inferred'],
  inferredWhy: ['推断：{why}', 'Inferred: {why}'],
  stated: ['明确', 'stated'],
  empty: ['点击节点或搜索以查看详情', 'Click a node or search to see details'],
  loading: ['加载中…', 'Loading…'],
  error: ['出错了：{msg}', 'Error: {msg}'],
  back: ['返回总览', 'Back to the overview'],
  dismiss: ['关闭', 'Dismiss'],
  unknownId: ['找不到链接中的 {what}“{id}”。', 'The link names {what} “{id}”, which does not exist.'],
  badParam: ['链接中的参数无效：{list}。已忽略。', 'Invalid link parameters: {list}. Ignored.'],
  whatTrace: ['产业链', 'the chain'],
  whatSel: ['选中节点', 'the selected node'],
  whatExp: ['展开节点', 'the expanded node'],
  whatPath: ['路径端点', 'the path end'],
  whatRegion: ['地区', 'the region'],
  whatField: ['领域', 'the field'],
  whatAvoid: ['避开节点', 'the avoided node'],
  emptyChain: [
    '{name}：文件中没有平台服务于该产业链，也没有列出它依托的单位。',
    '{name}: the documents name no platform serving this chain and no unit it relies on.',
  ],
  layerInstitutions: ['机构', 'Institutions'],
  layerPlatforms: ['平台', 'Platforms'],
  layerChain: ['产业链', 'Chain'],
  layerUnits: ['重点依托单位', 'Units relied on'],
  selected: ['已选中：{name}（{kind}），{n} 个相邻节点', 'Selected: {name} ({kind}), {n} neighbours'],
  graphSummary: [
    '网络图：{nodes} 个节点，{edges} 条关系。可切换到表格视图阅读。',
    'Network graph: {nodes} nodes, {edges} links. Switch to the table view to read it as a list.',
  ],
  colName: ['名称', 'Name'],
  colKind: ['类型', 'Kind'],
  colStatus: ['状态', 'Status'],
  colLevel: ['级别', 'Level'],
  colDegree: ['连接数', 'Links'],
  tableCaption: ['当前视图中的 {n} 个节点', '{n} nodes in the current view'],
  clusterOther: ['全省 / 未定位', 'Province-wide / unplaced'],
  clusterSeveralCities: ['跨市（如沈大）', 'Several cities'],
  clusterChains: ['产业链与方向', 'Chains and directions'],
  clusterRegions: ['地区', 'Regions'],
  clusterFuture: ['未来产业', 'Future industries'],
  clusterOtherChains: ['其他产业链', 'Other chains'],
  clusterNoChain: ['未关联产业链', 'Linked to no chain'],
  options: ['面板', 'Panels'],
} as const;

export type Key = keyof typeof STRINGS;

export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  const s: string = STRINGS[key][lang === 'zh' ? 0 : 1];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Fills every [data-i18n], [data-i18n-placeholder] and [data-i18n-label] under `root`. */
export function translate(root: ParentNode, lang: Lang): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(lang, el.dataset.i18n as Key);
  });
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(lang, el.dataset.i18nPlaceholder as Key);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
    el.setAttribute('aria-label', t(lang, el.dataset.i18nLabel as Key));
  });
}
