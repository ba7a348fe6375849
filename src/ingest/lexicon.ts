/**
 * The words the rules read: the head nouns that make a name a platform, an institution or a
 * chain; the status words; the words that end a name on its left. Entries that only one of the
 * five curated documents motivated carry `from`, so that the leave-one-out benchmark can switch
 * them off for that document (see docs/ingest.md).
 */
import type { Kind, Level, Status } from '../ontology/ontology.js';

/** The five curated documents, by their seed ids. */
export const CURATED_DOCS = ['plan14', 'impl2015', 'future2024', 'guide2020', 'dalian14'] as const;
export type CuratedDoc = (typeof CURATED_DOCS)[number];

export interface Tagged {
  /** The documents whose reading motivated this entry; absent: general policy language or the ontology. */
  readonly from?: readonly CuratedDoc[];
}

/** Enabled unless every document that motivated it is the held-out one. */
export const enabledFor = (t: Tagged, holdOut: CuratedDoc | undefined): boolean =>
  holdOut === undefined || t.from === undefined || t.from.some((d) => d !== holdOut);

export interface Head extends Tagged {
  /** The last characters of a name of this kind. */
  readonly word: string;
  readonly kind: Kind;
  /** How sure a name ending in this word is of its kind and of being a named thing (0–1). */
  readonly weight: number;
}

const h = (word: string, kind: Kind, weight: number, from?: readonly CuratedDoc[]): Head =>
  from ? { word, kind, weight, from } : { word, kind, weight };

/** Head nouns, longest first at lookup. */
export const HEADS: readonly Head[] = [
  // laboratories
  h('国家重点实验室', 'laboratory', 1),
  h('重点实验室群', 'laboratory', 0.5, ['future2024']),
  h('重点实验室', 'laboratory', 0.9),
  h('国家实验室', 'laboratory', 1),
  h('联合实验室', 'laboratory', 0.8, ['dalian14']),
  h('实验室', 'laboratory', 0.9),
  // clinical and research centres
  h('临床医学研究中心', 'clinical_centre', 1),
  h('技术创新中心', 'innovation_centre', 1),
  h('产业创新中心', 'innovation_centre', 1),
  h('制造业创新中心', 'innovation_centre', 1),
  h('国际创新中心', 'innovation_centre', 0.9, ['dalian14']),
  h('创新中心', 'innovation_centre', 0.9),
  h('技术创新平台', 'innovation_centre', 0.7),
  h('工程技术研究中心', 'research_centre', 1),
  h('工程研究中心', 'research_centre', 1),
  h('基础学科研究中心', 'research_centre', 0.9),
  h('研究中心', 'research_centre', 0.95),
  h('检验检测中心', 'research_centre', 0.85),
  h('基础科学中心', 'research_centre', 0.8),
  h('科学中心', 'research_centre', 0.8),
  h('验证中心', 'research_centre', 0.8),
  h('大数据中心', 'research_centre', 0.8, ['dalian14']),
  h('研发中心', 'research_centre', 0.7),
  h('育种中心', 'research_centre', 0.8, ['dalian14']),
  h('支持中心', 'research_centre', 0.72, ['dalian14']),
  h('工作站', 'research_centre', 0.72, ['impl2015']),
  h('创新平台', 'research_centre', 0.7),
  h('技术平台', 'research_centre', 0.7, ['dalian14']),
  h('研究平台', 'research_centre', 0.7, ['dalian14']),
  h('评价平台', 'research_centre', 0.7, ['dalian14']),
  h('云平台', 'research_centre', 0.7, ['dalian14']),
  h('仿真平台', 'research_centre', 0.7, ['dalian14']),
  h('支撑平台', 'research_centre', 0.7, ['dalian14']),
  h('中心', 'research_centre', 0.55),
  // infrastructures
  h('重大科技基础设施集群', 'infrastructure', 0.8),
  h('创新基础设施', 'infrastructure', 0.95, ['plan14']),
  h('设施群', 'infrastructure', 0.95),
  h('大科学装置', 'infrastructure', 0.95),
  h('试验装置', 'infrastructure', 0.95),
  h('测试装置', 'infrastructure', 0.95),
  h('研究设施', 'infrastructure', 0.95),
  h('评价设施', 'infrastructure', 0.95, ['plan14']),
  h('模拟设施', 'infrastructure', 0.95),
  h('分析设施', 'infrastructure', 0.9),
  h('装置', 'infrastructure', 0.55),
  h('设施', 'infrastructure', 0.5),
  h('光源', 'infrastructure', 0.6),
  h('超算中心', 'infrastructure', 0.7, ['future2024']),
  h('计算中心', 'infrastructure', 0.7, ['future2024']),
  h('数据中心', 'infrastructure', 0.7, ['future2024']),
  h('共享平台', 'infrastructure', 0.72, ['impl2015']),
  // innovation institutes
  h('创新研究院', 'innovation_institute', 1),
  h('产业技术研究院', 'innovation_institute', 0.9),
  h('研究院', 'innovation_institute', 0.8),
  // pilot and incubation bases
  h('中试基地', 'pilot_base', 0.9),
  h('中试平台', 'pilot_base', 0.8),
  h('育成中心', 'pilot_base', 1),
  h('转化中心', 'pilot_base', 0.9),
  h('转化应用中心', 'pilot_base', 0.9, ['dalian14']),
  h('孵化中心', 'pilot_base', 0.9, ['dalian14']),
  h('产业基地', 'pilot_base', 0.9),
  h('研制基地', 'pilot_base', 0.8, ['dalian14']),
  h('实测基地', 'pilot_base', 0.8, ['dalian14']),
  h('加工基地', 'pilot_base', 0.7, ['dalian14']),
  h('联创基地', 'pilot_base', 0.8, ['dalian14']),
  h('人才培养基地', 'pilot_base', 0.8),
  h('海工基地', 'pilot_base', 0.8, ['impl2015']),
  h('技术交易市场', 'pilot_base', 0.85, ['impl2015']),
  h('交易市场', 'pilot_base', 0.6),
  h('科技大市场', 'pilot_base', 0.8, ['dalian14']),
  h('交易平台', 'pilot_base', 0.7),
  h('交易中心', 'pilot_base', 0.7, ['dalian14']),
  h('基金平台', 'pilot_base', 0.7, ['dalian14']),
  h('综合服务平台', 'pilot_base', 0.6, ['plan14']),
  h('服务平台', 'research_centre', 0.55),
  // zones
  h('国家自主创新示范区', 'zone', 1),
  h('自主创新示范区', 'zone', 1),
  h('改革创新示范区', 'zone', 1),
  h('转移转化示范区', 'zone', 0.95),
  h('示范区', 'zone', 0.85),
  h('试验区', 'zone', 0.85),
  h('先导区', 'zone', 0.8, ['plan14']),
  h('经济区', 'zone', 0.8),
  h('创新经济带', 'zone', 0.9, ['dalian14']),
  h('经济带', 'zone', 0.8),
  h('产业带', 'zone', 0.7, ['impl2015']),
  h('科学城', 'zone', 1),
  h('科技城', 'zone', 1),
  h('高新技术产业开发区', 'zone', 1),
  h('经济技术开发区', 'zone', 1),
  h('高新区', 'zone', 0.9),
  h('高新园区', 'zone', 0.9),
  h('新区', 'zone', 0.8),
  h('自贸区', 'zone', 0.8, ['dalian14']),
  h('产业园', 'zone', 0.9),
  h('科技园区', 'zone', 0.8),
  h('农业科技园区', 'zone', 0.9, ['dalian14']),
  h('工业团地', 'zone', 0.8, ['dalian14']),
  h('走廊', 'zone', 0.7, ['dalian14']),
  h('示范基地', 'zone', 0.8, ['dalian14']),
  h('科技创新基地', 'zone', 0.8),
  h('创投中心', 'zone', 0.7),
  // institutions
  h('大学', 'university', 1),
  h('科学院', 'research_institute', 0.8),
  h('学院', 'university', 0.8),
  h('专科学校', 'university', 0.9),
  h('研究所', 'research_institute', 1),
  h('设计院', 'research_institute', 0.9),
  h('化工研究院', 'research_institute', 0.9, ['impl2015']),
  h('医院', 'hospital', 1),
  h('有限公司', 'enterprise', 1, ['plan14']),
  h('公司', 'enterprise', 0.9),
  h('集团', 'enterprise', 0.9),
  h('产业技术创新战略联盟', 'alliance', 1),
  h('联盟', 'alliance', 0.8),
  h('人民政府', 'government', 0.9),
  h('科学技术厅', 'government', 0.9),
  h('科学技术局', 'government', 0.9, ['dalian14']),
  // chains
  h('产业创新链', 'chain', 1),
  h('全产业链', 'chain', 0.9, ['dalian14']),
  h('产业链', 'chain', 0.9),
];

/** Institution kinds whose short forms end in 所 (中科院沈阳自动化所, 金属所). */
export const SHORT_INSTITUTE = /^.{1,8}所$/;

/** Status words: the verb that governs a name, and what it says about the thing. */
export interface StatusWord extends Tagged {
  readonly word: string;
  readonly status: Status;
}
const s = (word: string, status: Status, from?: readonly CuratedDoc[]): StatusWord =>
  from ? { word, status, from } : { word, status };

/** Longest first at lookup. `existing`: the text says it is there; `planned`: to be built or applied for. */
export const STATUS_WORDS: readonly StatusWord[] = [
  s('获批建设', 'existing'),
  s('获批组建', 'existing'),
  s('获批', 'existing'),
  s('建有', 'existing'),
  s('已建成', 'existing'),
  s('已建', 'existing'),
  s('投入运行', 'existing'),
  s('正在建设', 'planned'),
  s('在建', 'planned'),
  s('拟建', 'planned'),
  s('新建', 'planned'),
  s('建成', 'planned'),
  s('争创', 'planned'),
  s('争建', 'planned'),
  s('培育建设', 'planned'),
  s('培育创建', 'planned'),
  s('培育', 'planned'),
  s('谋划布局和建设', 'planned'),
  s('谋划建设', 'planned'),
  s('谋划', 'planned'),
  s('布局建设', 'planned'),
  s('布局共建', 'planned'),
  s('布局', 'planned'),
  s('高标准建设', 'planned'),
  s('高质量建设', 'planned'),
  s('规划建设', 'planned'),
  s('加快建设', 'planned'),
  s('推进建设', 'planned'),
  s('支持建设', 'planned'),
  s('推动建设', 'planned'),
  s('积极创建', 'planned'),
  s('支持创建', 'planned'),
  s('创建', 'planned'),
  s('择机申建', 'planned'),
  s('申建', 'planned'),
  s('筹建', 'planned'),
  s('组建', 'planned'),
  s('共建', 'planned'),
  s('打造', 'planned'),
  s('推进', 'planned'),
  s('建设', 'planned'),
  s('建立', 'planned'),
  s('探索', 'planned', ['future2024']),
  s('引育', 'planned', ['dalian14']),
];

/** Box and list titles carry a status for every item under them, e.g. 专栏1 国家重点实验室（争创）. */
export const BOX_STATUS = /[（(](争创|培育|谋划|建设|创建)[）)]/;

/** Level from the name itself: 国家 → national, 辽宁/省 → provincial, …市 → municipal. */
export function levelOf(name: string): Level {
  if (/国家|^(?:中国|国际|中日|中英|省部共建)/.test(name)) return 'national';
  if (/^(?:辽宁|省)|省(?!部)/.test(name)) return 'provincial';
  if (/^[^省]{2,3}市|市级/.test(name)) return 'municipal';
  return 'unknown';
}

/**
 * Words that end a name on its left (the name starts after them): governing verbs, adverbs,
 * prepositions, quantifiers. A name's own words (创新, 制造, 研究, 转化 …) are not here.
 */
export const LEFT_STOPS: ReadonlySet<string> = new Set([
  ...STATUS_WORDS.map((w) => w.word),
  ...'对标 瞄准 推进 推动 建设 依托 支持 打造 布局 争创 培育 加快 加速 重点 组建 建立 发挥 强化 实施 开展 创建 申建 谋划 积极 大力 着力 全力 加强 完善 提升 高水平 高标准 高质量 规划 引育 筹建 获批 建有 构建 形成 设立 引进 推进建设 加快推进 探索 搭建 围绕 聚焦 面向 依靠 通过 按照 结合 鼓励 引导 承办 培育建设 布局建设 择机 争取 力争 申报 优化 提高 拓展 深化 促进 带动 巩固 构筑 营造 落实 扩大 成为 建成 包括 吸引 集聚 汇聚 组织 成立 参与 对接 入驻 设在 位于 作为 推广 用好 做好 抓好 办好 建好 实现 确保 重点建设 重点支持 重点依托 大力推进 支持创建 推进创建 积极创建 积极参与 联合创建 为 以 由 在 从 向 对 把 将 及 和 或 并 等 的 之 与其 其 该 各 各类 一批 一些 若干 多个 一个 这些 现有 相关 我省 我市 全市 本省 本市 省内 市内 驻辽 在连 在辽 首批 首个 加快建设 加大 进一步 持续 继续 逐步 全面 深入 主动 重大 具有 拥有 包含 含 即 是 有 了 也 又 再 还 都 均 已 已经 正在 将要 要 应 可 能 使 让 被 给 跟 同 向着 朝 往 于 自 至 到 给予 依据 根据 基于 明确 增强 采取 争建 新建 实行 承担 积极争取 加速汇聚 支持建设 推动建设 高水平规划 打响 壮大 提质 打通 培植 扩能 接受 晋升 目前 当前 近期'.split(
    ' ',
  ),
]);

/** Modifiers that, with a head noun alone, make a generic category rather than a name. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...'国家 国家级 省 省级 市 市级 和 及 与 、 省市 省市级 省部共建 区域 地方 重点 共性 专业 专业化 综合 综合性 新型 产业 行业 技术 创新 科技 研发 公共 服务 工程 企业 学科 高校 院所 高等 大学 联合 特色 高端 高水平 世界 一流 世界一流 国际 国内 前沿 基础 应用 市场化 平台 中试 示范 孵化 双创 科研 成果 科技成果 转化 高新 高新技术 开放 协同 共享 大型 重要 标志性 全链条 贯通式 典型 各级 各类 一批 若干 多种 现代 离岸 海外 本级 以上 园区 枢纽 枢纽型 区域性 重大 典型示范 典型 校企 企校 产学研 军民 两用 企业主导 骨干 领军 龙头 优势 新兴 传统 产业化 研究 合作 数字 数字化 科技型 实质性 众创 大企业 创业 投资 金融 发展 省市共建 共建 综合型 新时代 先进 先进地区 地区 国内外 顶尖 战略新兴 战略性新兴 关键 关键技术 临床 临床医学 转化医学 新建 网络 院士 长江学者'.split(
    ' ',
  ),
]);

/** Place names that make a name local, for LOCATED_IN and for leaving a name's left edge alone. */
export const CITY_NAMES: readonly string[] = [
  ...'沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 沈抚 瓦房店 庄河 普兰店 长海 旅顺口 甘井子 西岗 中山 沙河口 金普 长兴岛'.split(
    ' ',
  ),
];

/** Umbrellas the ontology does not model as nodes (curators' choice): never proposed alone. */
export const NOT_ENTITIES: ReadonlySet<string> = new Set(['中国科学院', '中科院', '中国工程院', '两院']);
