/**
 * The explorer's only way to the data: the GraphQL API of the same server. Queries are built
 * for what this server's schema offers (fields added later, such as `placeholder`, `noteEn`,
 * relationship roles and path exclusions, are asked for only when present).
 */
export interface GqlError {
  message: string;
  extensions?: { code?: string; retryAfter?: number; argument?: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** Seconds the server asks a client to wait before asking again (retryable errors). */
    readonly retryAfter?: number,
    /** The argument a BAD_USER_INPUT names (`filter.region`, `chainId`, `from`…). */
    readonly argument?: string,
  ) {
    super(message);
  }
}

/**
 * How often a question the server calls retryable is asked again: DATABASE_UNAVAILABLE (Neo4j
 * restarting) and SERVER_BUSY (expensive requests of other users hold the admission pool).
 */
const RETRIES = 2;
const RETRYABLE = new Set(['DATABASE_UNAVAILABLE', 'SERVER_BUSY']);

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask<T>(query, variables);
    } catch (e) {
      // An overloaded server says "try again": the explorer does, after the wait the server
      // asks for (capped), before telling the planner.
      if (!(e instanceof ApiError) || !RETRYABLE.has(e.code) || attempt >= RETRIES) throw e;
      const wait = Math.min(5, e.retryAfter ?? attempt + 1);
      await new Promise((r) => setTimeout(r, 1000 * wait));
    }
  }
}

async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError(e instanceof Error ? e.message : String(e), 'NETWORK');
  }
  let body: { data?: T; errors?: GqlError[] };
  try {
    body = (await res.json()) as { data?: T; errors?: GqlError[] };
  } catch {
    throw new ApiError(`HTTP ${res.status}`, 'HTTP');
  }
  const err = body.errors?.[0];
  if (err)
    throw new ApiError(
      err.message,
      err.extensions?.code ?? 'UNKNOWN',
      err.extensions?.retryAfter,
      err.extensions?.argument,
    );
  if (!body.data) throw new ApiError(`HTTP ${res.status}`, 'HTTP');
  return body.data;
}

/** Same question, same answer within a page's life: Back and Forward redraw without waiting. */
const cache = new Map<string, Promise<unknown>>();
export function cachedGql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = JSON.stringify([query, variables]);
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = gql<T>(query, variables);
    cache.set(key, p);
    // A failure is not remembered: the next try asks again.
    p.catch(() => cache.delete(key));
  }
  return p;
}

/** The explorer's queries. Pure: unit-tested. */
export function queries() {
  const ph = ' placeholder';
  const role = ' role';
  const ENTITY = `id name nameEn kind level status${ph}`;
  const SUB = `truncated nodes { id label kind level status entity { nameEn${ph} } } edges { id source target type basis }`;
  const pathArgs = ', $excludeIds: [ID!], $excludeKinds: [Kind!], $includePlaceholders: Boolean';
  // Membership links (an institute in 中国科学院) are followed in the path view: without them the
  // shortest paths between two institutes run six steps through plan14's industry categories
  // (新字号), seven of them with 14 long names that the view cannot yet draw legibly at 1366×768
  // in English. The API's default leaves them out (docs/api.md); the view says each step's word.
  const pathPass =
    ', excludeIds: $excludeIds, excludeKinds: $excludeKinds, includePlaceholders: $includePlaceholders, includeMemberships: true';
  return {
    overview: `query Overview { overview(limit: 2000) { ${SUB} } }`,
    neighbours: `query Neighbours($id: ID!) {
      node(id: $id) { ${ENTITY} relationships { type direction basis reason reasonEn${role} node { ${ENTITY} } } }
    }`,
    search: `query Search($text: String!) { search(text: $text, first: 8) { entity { ${ENTITY} aliases } } }`,
    details: `query Details($id: ID!) {
      node(id: $id) {
        ${ENTITY} statusWord aliases note noteEn period
        citations { document section labelEn line span }
        relationships { type direction basis reason reasonEn${role} node { ${ENTITY} } }
      }
    }`,
    exists: `query Exists($id: ID!) { node(id: $id) { ${ENTITY} } }`,
    reach: `query Reach($id: ID!) {
      institutionReach(id: $id) { chains { target { ${ENTITY} } direct basis via { ${ENTITY} } } }
    }`,
    trace: `query Trace($id: ID!) {
      traceChain(chainId: $id) {
        chain { ${ENTITY} relationships(direction: OUT, types: [RELIES_ON]) { basis reason reasonEn${role} node { id } } }
        platforms {
          basis reason reasonEn
          platform { ${ENTITY} relationships(direction: OUT, types: [HOSTED_BY, LED_BY, CO_BUILT_WITH]) { type basis reason reasonEn${role} node { ${ENTITY} } } }
        }
        reliedOn { basis reason reasonEn unit { ${ENTITY} } }
      }
    }`,
    paths: `query Paths($from: ID!, $to: ID!${pathArgs}) {
      paths(from: $from, to: $to, maxHops: 6${pathPass}) { length nodes { id label kind level status entity { nameEn${ph} } } edges { id source target type basis } }
    }`,
    chains: `query Chains { chainCoverage(first: 200) { nodes { chain { id name nameEn } platformCount covered } } }`,
    regions: `query Regions { regionSummary(first: 200) { nodes { region { id name nameEn level } total existing planned unknown } } }`,
    documents: `query Documents { entities(filter: { kinds: [DOCUMENT] }, first: 50) { nodes { id name nameEn } } }`,
    reason: `query Reason($id: ID!, $type: RelationshipType!) {
      node(id: $id) { relationships(direction: OUT, types: [$type]) { basis reason reasonEn node { id } } }
    }`,
    history: `query History($id: ID!) {
      history(id: $id) {
        entity { id name nameEn kind }
        lineage { id name nameEn kind }
        links { from { id name nameEn kind } to { id name nameEn kind } role basis reason reasonEn }
        entries { document { id name nameEn date } date entity { id name nameEn kind } status statusWord level lines sections }
      }
    }`,
    compare: `query Compare($from: ID!, $to: ID!) {
      compareDocuments(from: $from, to: $to) {
        from { id name nameEn date } to { id name nameEn date }
        added { entity { id name nameEn kind } mention { status statusWord lines } }
        dropped { entity { id name nameEn kind } mention { status statusWord lines } }
        continued { before { id name nameEn kind } after { id name nameEn kind } same roles basis statusBefore statusAfter statusWordBefore statusWordAfter }
        statusChanged { before { id } after { id } }
      }
    }`,
    datedDocuments: `query DatedDocuments { documents { id name nameEn date issuer } }`,
    // A city brief's chains: the documents naming each, and what continues it (its gaps, review s24).
    briefChains: `query BriefChains {
      chainCoverage(first: 200) { nodes { chain { id name nameEn docs ... on Chain { continuedBy { id kind } } } } }
    }`,
    // Pages of 50: the platforms' SERVES lists would pass the server's cost budget at 100.
    regionBrief: `query RegionBrief($id: ID!, $kinds: [Kind!], $after: String) {
      entities(filter: { region: $id, kinds: $kinds }, first: 50, after: $after) {
        nodes { ${ENTITY} relationships(direction: OUT, types: [SERVES]) { node { id name nameEn kind } } mentions { document status } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    members: `query Members($filter: EntityFilter, $after: String) {
      entities(filter: $filter, first: 100, after: $after) { nodes { id name nameEn } pageInfo { hasNextPage endCursor } }
    }`,
  };
}

export type Queries = ReturnType<typeof queries>;

/** Every entity matching an API filter, all pages. */
export async function allMatching(
  q: Queries,
  filter: Record<string, unknown>,
): Promise<{ id: string; name: string; nameEn?: string | null }[]> {
  const out: { id: string; name: string; nameEn?: string | null }[] = [];
  let after: string | null = null;
  for (;;) {
    const r: {
      entities: {
        nodes: { id: string; name: string; nameEn?: string | null }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await cachedGql(q.members, { filter, after });
    out.push(...r.entities.nodes);
    if (!r.entities.pageInfo.hasNextPage) return out;
    after = r.entities.pageInfo.endCursor;
  }
}
