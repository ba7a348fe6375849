/**
 * Example operations for planners: the GraphQL IDE opens each as a tab, and a test runs
 * every one against the seeded graph.
 */
export interface Example {
  readonly title: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export const EXAMPLES: readonly Example[] = [
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
    title: 'Which units does the 海洋工程装备产业链 rely on?',
    query: `query MarineChain {
  node(id: "chain:marine-engineering-equipment-industrial-chain") {
    name
    ... on Chain { reliedOn { id name kind } }
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
    query: `query Uncovered { chainCoverage(onlyUncovered: true) { chain { id name } } }`,
  },
  {
    title: 'What has Dalian planned versus built?',
    query: `query Dalian {
  regionSummary(region: "region:dalian") { total existing planned unknown byKindAndStatus { kind status count } }
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
];
