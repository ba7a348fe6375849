/**
 * Answers written from the source documents (document, line), shared by the tests that ask
 * the same planner question through Cypher and through GraphQL.
 */

/** impl2015 l.31: the units the 海洋工程装备产业链 relies on (重点支持 … 联合 …). */
export const MARINE_CHAIN_UNITS = [
  '中国科学院沈阳自动化研究所',
  '中国科学院金属研究所',
  '大连海事大学',
  '大连理工大学',
  '盘锦海工基地',
  '大连船舶',
  '渤船重工',
  '中远造船',
].sort();

/** plan14 专栏2 items 1–5: national technology innovation centres led by 我省优势企业. */
export const CENTRES_LED_BY_UNNAMED_ENTERPRISE = [
  '国家航空产业技术创新中心',
  '国家高端医学影像设备技术创新中心',
  '国家中药技术创新中心',
  '国家化工安全技术创新中心',
  '国家燃气轮机技术创新中心',
].sort();
