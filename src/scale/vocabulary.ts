/**
 * The synthetic generator's own word lists. Places are invented from syllables, so no generated
 * name is a real institution; nothing here is taken from the five source documents.
 */

/** First and second syllables of invented place names (云江, 青岚, …). */
export const PLACE_HEADS = Array.from(
  '云青金龙安宁东西南北长平新丰泰华嘉明盛清永兴德昌远和瑞祥福春秋白石松梅竹兰',
);
export const PLACE_TAILS = Array.from('江川岭原州阳城林湖溪峰台门浦谷泉岚洲坪塘湾岗屯桥沙渡滨堡陵源');

/** Brand syllables for invented enterprises (恒瑞, 博远, …). */
export const BRAND_SYLLABLES = Array.from('恒瑞博远达泰宏鑫创智聚汇联科信诚卓越腾飞航天海华凯锐拓普睿禾');

/** Technology words, combined with kind suffixes into platform, field and chain names. */
export const TECH_WORDS = [
  '先进材料',
  '智能制造',
  '海洋工程',
  '生物医药',
  '集成电路',
  '新能源汽车',
  '氢能',
  '储能',
  '工业软件',
  '精密仪器',
  '航空动力',
  '机器人',
  '光电子',
  '量子信息',
  '人工智能',
  '区块链',
  '现代农业',
  '种业',
  '智慧能源',
  '低碳技术',
  '数控装备',
  '轨道交通',
  '船舶',
  '石油化工',
  '精细化工',
  '冶金',
  '新型显示',
  '医疗器械',
  '中医药',
  '食品加工',
  '环保装备',
  '地质勘探',
  '深海探测',
  '空天信息',
  '卫星导航',
  '移动通信',
  '大数据',
  '云计算',
  '网络安全',
  '稀土功能材料',
  '轻合金',
  '钛材料',
  '碳纤维',
  '高分子材料',
  '催化',
  '燃料电池',
  '核能',
  '风电',
  '光伏',
  '智能电网',
  '节能',
  '水处理',
  '土壤修复',
  '林业',
  '畜牧',
  '水产',
  '智能网联汽车',
  '工程机械',
  '半导体装备',
  '传感器',
  '光刻',
  '芯片设计',
  '基因技术',
  '细胞治疗',
  '疫苗',
  '医学影像',
  '康复',
  '智慧城市',
  '建筑工业化',
  '物流',
  '金融科技',
  '文化科技',
  '工业设计',
  '激光',
  '超导',
  '智能传感',
  '微纳制造',
  '增材制造',
  '仿生',
  '柔性电子',
];

/** University names: a place plus one of these (云江理工大学). */
export const UNIVERSITY_WORDS = [
  '大学',
  '理工大学',
  '师范大学',
  '医科大学',
  '农业大学',
  '海洋大学',
  '交通大学',
  '财经大学',
  '工业大学',
  '科技大学',
  '石油大学',
  '航空大学',
  '化工大学',
  '建筑大学',
  '电子科技大学',
  '林业大学',
  '职业技术学院',
  '工程学院',
];

/** Name suffixes per kind: a place and a technology word come before them. */
export const KIND_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  laboratory: ['重点实验室', '实验室', '联合实验室', '前沿实验室'],
  innovation_centre: ['技术创新中心', '产业创新中心', '制造业创新中心'],
  clinical_centre: ['临床医学研究中心'],
  research_centre: ['工程研究中心', '工程技术研究中心', '研究中心', '验证中心'],
  infrastructure: ['试验装置', '科学装置', '测试平台', '实验设施'],
  innovation_institute: ['创新研究院', '产业技术研究院', '新型研发机构'],
  pilot_base: ['中试基地', '成果转化中心', '中试平台', '孵化基地'],
  zone: ['高新区', '科技园', '科学城', '产业园'],
  research_institute: ['研究所', '研究院', '设计研究院'],
  hospital: ['人民医院', '中心医院', '肿瘤医院', '儿童医院'],
  enterprise: ['集团', '科技有限公司', '股份有限公司', '装备有限公司'],
  government: ['科学技术局', '工业和信息化局', '发展和改革委员会', '财政局'],
  alliance: ['产业技术创新战略联盟', '创新联合体'],
  chain: ['产业链'],
  direction: ['未来产业'],
  field: ['技术', '工程', '科学'],
  topic: ['发展战略研究', '布局研究', '体系研究', '路径研究'],
};

/** Status words by status, as curators record them. */
export const STATUS_WORDS = {
  existing: ['建有', '已建成', '获批'],
  planned: ['培育', '谋划', '争创', '布局建设'],
} as const;

/** Sentence frames of generated source lines; {} is a list of names. */
export const LINE_FRAMES = [
  ['支持', '加快发展。'],
  ['推动', '协同攻关。'],
  ['布局建设', '等创新平台。'],
  ['培育壮大', '等创新主体。'],
  ['鼓励', '开展联合研发。'],
  ['依托', '建设一批共性技术平台。'],
  ['提升', '的服务能力。'],
  ['谋划', '等重大项目。'],
];

/** Chapter titles of generated documents: a technology word before one of these. */
export const CHAPTER_WORDS = ['创新体系', '平台布局', '产业协同', '人才支撑', '开放合作', '成果转化'];

export const CHINESE_NUMERALS = Array.from('一二三四五六七八九十');
