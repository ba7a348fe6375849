/** The explorer's only way to the data: the GraphQL API of the same server. */
export interface GqlError {
  message: string;
  extensions?: { code?: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GqlError[] };
  const err = body.errors?.[0];
  if (err) throw new ApiError(err.message, err.extensions?.code ?? 'UNKNOWN');
  if (!body.data) throw new ApiError(`HTTP ${res.status}`, 'HTTP');
  return body.data;
}

export interface GNode {
  id: string;
  label: string;
  kind: string;
  group: string;
  level: string;
  status: string;
}
export interface GEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  basis: string;
}
export interface Subgraph {
  nodes: GNode[];
  edges: GEdge[];
  truncated: boolean;
}

const SUB = 'truncated nodes { id label kind group level status } edges { id source target type basis }';

export const Q = {
  overview: `query Overview { overview(limit: 2000) { ${SUB} } }`,
  neighbourhood: `query Nb($id: ID!, $limit: Int) { neighbourhood(id: $id, depth: 1, limit: $limit) { ${SUB} } }`,
  search: `query Search($text: String!) { search(text: $text, first: 8) { entity { id name kind aliases } } }`,
  details: `query Details($id: ID!) {
    node(id: $id) {
      id name kind level status statusWord nameEn aliases note period
      citations { document section line span }
      relationships { type direction basis reason node { id name kind } }
    }
  }`,
  reach: `query Reach($id: ID!) { institutionReach(id: $id) { chains { target { id name } direct basis } } }`,
  trace: `query Trace($id: ID!) {
    traceChain(chainId: $id) {
      chain { id name kind level status }
      platforms { basis platform { id name kind level status } links { type basis node { id name kind level status } } }
      reliedOn { basis unit { id name kind level status } }
    }
  }`,
  paths: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6) { length nodes { id label kind group level status } edges { id source target type basis } } }`,
  chains: `query Chains { chainCoverage { chain { id name } platformCount covered } }`,
  regions: `query Regions { regionSummary { region { id name } total existing planned unknown } }`,
  members: `query Members($filter: EntityFilter, $after: String) {
    entities(filter: $filter, first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } }
  }`,
};
