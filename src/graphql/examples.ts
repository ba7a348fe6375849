/**
 * Example operations for planners: the GraphQL IDE opens each as a tab, and a test runs
 * every one against the seeded graph. The first ten, and the `where` questions at the end
 * (docs/questions.md), are questions of the planner question suite (test/questions/), asked
 * with the same query text, so their answers are asserted there.
 */
export interface Example {
  readonly title: string;
  /** The id of the question in test/questions/ whose query this is, verbatim. */
  readonly question?: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export const EXAMPLES: readonly Example[] = [
  {
    title:
      '专栏1争创的国家重点实验室各依托哪所大学？ / Which universities host the national key laboratories of box 1?',
    question: 'hosts-02',
    query: `query KeyLabHosts {
  entities(filter: { document: "doc:plan14", kinds: [LABORATORY], levels: [NATIONAL], statuses: [PLANNED] }) {
    nodes { id name ... on Laboratory { hosts { id name } } }
  }
}`,
  },
  {
    title:
      '省“十四五”规划明确写由大连理工大学依托的平台 / Platforms the provincial plan explicitly has Dalian University of Technology host',
    question: 'inst-01',
    query: `query DlutPlan14Platforms {
  node(id: "uni:dlut") {
    name
    ... on University { hostedPlatforms(document: "doc:plan14", basis: STATED) { id name kind } }
  }
}`,
  },
  {
    title:
      '海洋工程装备产业链重点支持哪些单位？ / Which units does the offshore engineering equipment chain give key support (重点支持)?',
    question: 'chain-01',
    query: `query MarineChainKeySupport {
  node(id: "chain:marine-engineering-equipment-industrial-chain") {
    name
    ... on Chain { reliedOn(roles: [KEY_SUPPORT]) { id name kind } }
  }
}`,
  },
  {
    title:
      '省“十四五”规划中没有任何平台的产业创新链 / Innovation chains of the provincial plan with no platform in it',
    question: 'cover-02',
    query: `query Plan14ChainsWithoutPlatforms { chainCoverage(onlyUncovered: true, document: "doc:plan14") { nodes { chain { id name } } } }`,
  },
  {
    title:
      '省“十四五”规划说沈阳已建成或获批的平台 / Shenyang platforms the provincial plan reports as existing',
    question: 'region-01',
    query: `query ShenyangExistingPlan14 {
  entities(filter: {
    region: "region:shenyang", document: "doc:plan14", statuses: [EXISTING],
    kinds: [LABORATORY, INNOVATION_CENTRE, CLINICAL_CENTRE, RESEARCH_CENTRE, INFRASTRUCTURE, INNOVATION_INSTITUTE, PILOT_BASE, ZONE]
  }) { totalCount nodes { id name statusIn(document: "doc:plan14") { statusWord lines } } }
}`,
  },
  {
    title:
      '2015年方案的哪些产业链在省“十四五”规划里没有下文？ / Which 2015 chains have no successor in the provincial 14th FYP?',
    question: 'compare-01',
    query: `query ChainsDropped2015To14 { compareDocuments(from: "doc:impl2015", to: "doc:plan14", kinds: [CHAIN]) { dropped { entity { id name } } } }`,
  },
  {
    title:
      '沈大国家自主创新示范区的状态如何随文件变化？ / How the Shenyang–Dalian demonstration zone’s status changes through the documents',
    question: 'lineage-05',
    query: `query DemoZoneStatusHistory { history(id: "zone:shenyang-dalian-nidz") { entries { date document { id } status statusWord } } }`,
  },
  {
    title: '输入简称“大工”找到谁？ / Typing the short form 大工',
    question: 'search-04',
    query: `query SearchDagong { search(text: "大工", first: 1) { matchType matchedOn entity { id name } } }`,
  },
  {
    title: '能源领域规划课题研究哪些重点领域？ / Which fields the energy planning topic studies',
    question: 'topic-01',
    query: `query EnergyTopicFields { node(id: "topic:t11-energy") { name ... on Topic { addresses { id name kind } } } }`,
  },
  {
    title: '未来产业“人工智能”方向聚焦哪几个领域？ / The fields of the future-industry direction 人工智能',
    question: 'direction-02',
    query: `query AiSubDirections { node(id: "dir:artificial-intelligence") { ... on Direction { parts(kinds: [DIRECTION]) { id name } } } }`,
  },
  {
    title: 'Which platforms does 大连理工大学 host or lead?',
    query: `query DlutPlatforms {
  node(id: "uni:dlut") {
    name
    ... on University { hostedPlatforms { id name kind status } ledPlatforms { id name } partnerPlatforms { id name } }
  }
}`,
  },
  {
    title: 'Trace the gas-turbine chain',
    query: `query TraceGasTurbine {
  traceChain(chainId: "chain:plan14-gas-turbine") {
    chain { name }
    platforms { platform { name kind status } basis reason hosts { name } leads { name } }
    reliedOn { unit { name kind } basis }
  }
}`,
  },
  {
    title: 'National technology innovation centres led by an unnamed 优势企业',
    query: `query UnnamedLeads {
  node(id: "ent:unnamed-leading-enterprise") { name ... on Enterprise { ledPlatforms { name level status } } }
}`,
  },
  {
    title: 'Chains with no platform at all',
    query: `query Uncovered { chainCoverage(onlyUncovered: true) { totalCount nodes { chain { id name } } } }`,
  },
  {
    title: 'What has Dalian planned versus built?',
    query: `query Dalian {
  regionSummary(region: "region:dalian") { nodes { total existing planned unknown byKindAndStatus { kind status count } } }
}`,
  },
  {
    title: 'Planned major infrastructures in Dalian',
    query: `query DalianInfrastructure($filter: EntityFilter) {
  entities(filter: $filter, first: 20) { totalCount nodes { id name status ... on Infrastructure { hosts { name } } } }
}`,
    variables: { filter: { kinds: ['INFRASTRUCTURE'], statuses: ['PLANNED'], region: 'region:dalian' } },
  },
  {
    title: 'Search: 大连化物所 (aliases resolve to one node)',
    query: `query Search { search(text: "大连化物所", first: 5) { score entity { id name kind aliases } } }`,
  },
  {
    title: 'What does 中国科学院沈阳自动化研究所 reach?',
    query: `query Reach {
  institutionReach(id: "ri:cas-sia") {
    platforms { name }
    chains { target { name } direct basis via { name } }
    fields { target { name } }
  }
}`,
  },
  {
    title: 'Hub institutions',
    query: `query Hubs { hubs(first: 10) { institution { name kind } platformCount chainCount score } }`,
  },
  {
    title: 'Neighbourhood of a platform (for Cytoscape)',
    query: `query Neighbourhood {
  neighbourhood(id: "lab:high-end-precision-manufacturing", depth: 2, limit: 50) {
    truncated nodes { id label kind status } edges { id source target type basis }
  }
}`,
  },
  {
    title: 'Shortest paths between a lab and a chain',
    query: `query Paths {
  paths(from: "lab:high-end-precision-manufacturing", to: "chain:marine-engineering-equipment-industrial-chain") {
    length nodes { label kind } edges { type basis }
  }
}`,
  },
  {
    title: 'Where is a fact stated? Citations of a centre',
    query: `query Citations {
  node(id: "tic:national-gas-turbine") { name statusWord citations { document section line span } }
}`,
  },
  {
    title: 'Counts of the whole graph',
    query: `query Stats { stats { entities relationships byKind { kind count } byType { type count } } }`,
  },
  {
    title:
      '省“十四五”规划专栏3列出了哪些重大科技基础设施？ / Which major S&T infrastructures does box 3 (专栏3) of the provincial plan list?',
    question: 'where-01',
    query: `query Plan14Box3Infrastructures {
  entities(where: { kind: { eq: INFRASTRUCTURE }, citedIn: { document: "doc:plan14", section: "专栏3" } }) {
    totalCount nodes { id name }
  }
}`,
  },
  {
    title:
      '专栏3中哪些设施依托大连理工大学？ / Which facilities of box 3 does Dalian University of Technology host?',
    question: 'where-02',
    query: `query Box3FacilitiesHostedByDlut {
  entities(where: {
    kind: { eq: INFRASTRUCTURE }
    citedIn: { document: "doc:plan14", section: "专栏3" }
    hosts: { some: { id: { eq: "uni:dlut" } } }
  }) { nodes { id name } }
}`,
  },
  {
    title:
      '2015年实施方案提到、而省“十四五”规划不再提到的实验室有哪些？ / Which laboratories does the 2015 plan name that the provincial 14th plan no longer names?',
    question: 'where-03',
    query: `query LabsDroppedFrom2015ToPlan14 {
  entities(where: {
    kind: { eq: LABORATORY }
    documents: { some: ["doc:impl2015"], none: ["doc:plan14"] }
  }) { nodes { id name } }
}`,
  },
  {
    title:
      '2015年实施方案、省“十四五”规划和大连“十四五”规划都提到的平台和园区有哪些？ / Which platforms and zones are named in all three of the 2015 plan, the provincial and the Dalian 14th plans?',
    question: 'where-04',
    query: `query NamedInAllThreePlans {
  entities(where: {
    kind: { in: [LABORATORY, INNOVATION_CENTRE, CLINICAL_CENTRE, RESEARCH_CENTRE, INFRASTRUCTURE, INNOVATION_INSTITUTE, PILOT_BASE, ZONE] }
    documents: { all: ["doc:impl2015", "doc:plan14", "doc:dalian14"] }
  }) { nodes { id name } }
}`,
  },
  {
    title:
      '2015年实施方案中，哪些产业链重点依托中国科学院的研究所？ / Which chains of the 2015 plan rely chiefly (重点依托) on an institute of the Chinese Academy of Sciences?',
    question: 'where-05',
    query: `query ChainsKeyRelyingOnCasInstitutes {
  entities(where: {
    kind: { eq: CHAIN }
    reliedOn: { roles: [KEY_RELIANCE], some: { name: { startsWith: "中国科学院" } } }
  }) { nodes { id name } }
}`,
  },
  {
    title: '哪些单位被两条及以上产业链依靠？ / Which units do two or more industrial chains rely on?',
    question: 'where-06',
    query: `query UnitsOfTwoOrMoreChains {
  entities(where: {
    kind: { in: [UNIVERSITY, RESEARCH_INSTITUTE, ENTERPRISE, HOSPITAL, ALLIANCE] }
    chains: { count: { gte: 2 } }
  }) { nodes { id name } }
}`,
  },
  {
    title:
      '省“十四五”规划说哪些平台和园区已获批（获批、获批建设）？ / Which platforms and zones does the provincial plan report as approved (获批)?',
    question: 'where-07',
    query: `query ApprovedInPlan14 {
  entities(where: {
    kind: { in: [LABORATORY, INNOVATION_CENTRE, CLINICAL_CENTRE, RESEARCH_CENTRE, INFRASTRUCTURE, INNOVATION_INSTITUTE, PILOT_BASE, ZONE] }
    statusWord: { contains: "获批", document: "doc:plan14" }
  }) { nodes { id name } }
}`,
  },
  {
    title:
      '文件提到的中国科学院研究所有哪些依托建设了平台？ / Which institutes of the Chinese Academy of Sciences host a platform?',
    question: 'where-08',
    query: `query CasInstitutesHostingPlatforms {
  entities(where: {
    kind: { eq: RESEARCH_INSTITUTE }
    name: { startsWith: "中国科学院" }
    NOT: { name: { eq: "中国科学院" } }
    hostedPlatforms: { some: {} }
  }) { nodes { id name } }
}`,
  },
];
