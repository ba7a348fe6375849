/** Planner analytics: coverage of chains, regions' planned vs existing, hub institutions. */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { KindStatusCount as KindStatusCountRecord } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import type { Kind, Status } from '../../ontology/ontology.js';
import { listCost } from '../budget.js';
import { KindEnum, StatusEnum } from '../enums.js';
import { PageInfo } from './connection.js';

/** Cost estimate: platform kinds × statuses. */
const KIND_STATUS_ESTIMATE = 24;
import { Entity } from './entity.js';

@ObjectType({ description: 'How many platforms of one kind and status.' })
export class KindStatusCount implements KindStatusCountRecord {
  @Field(() => KindEnum, { description: 'Platform kind.' })
  kind!: Kind;

  @Field(() => StatusEnum, { description: 'Status (with `document`: as that document says).' })
  status!: Status;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

/** What may cover a chain (chainCoverage's `coveredBy`). */
export enum CoverageSource {
  PLATFORMS = 'PLATFORMS',
  RELIED_ON_UNITS = 'RELIED_ON_UNITS',
}
registerEnumType(CoverageSource, {
  name: 'CoverageSource',
  description: 'What covers a chain in chainCoverage.',
  valuesConfig: {
    PLATFORMS: { description: 'A platform that serves the chain (SERVES) or that it relies on (RELIES_ON).' },
    RELIED_ON_UNITS: {
      description:
        'A named institution (university, institute, enterprise…; not a platform, not a placeholder) the chain relies on (RELIES_ON).',
    },
  },
});
/** The order of a regionSummary list. */
export enum RegionOrder {
  TOTAL = 'TOTAL',
  NAME = 'NAME',
  ID = 'ID',
}
registerEnumType(RegionOrder, {
  name: 'RegionOrder',
  description: 'The order of regionSummary’s regions.',
  valuesConfig: {
    TOTAL: {
      description:
        'Most platforms first (the default: "counts per city" reads as a ranking); ties by name (pinyin).',
    },
    NAME: { description: 'By name, in pinyin order (安徽, 鞍山市, 本溪市 …).' },
    ID: { description: 'By id (region:anshan, region:benxi …).' },
  },
});

export const DEFAULT_COVERED_BY: readonly CoverageSource[] = [CoverageSource.PLATFORMS];

@ObjectType({
  description:
    'The platforms of one industrial chain (those serving it and those it relies on), and the named institutions it relies on.',
})
export class ChainCoverage {
  @Field(() => Entity, { description: 'The chain.' })
  chain!: EntityRecord;

  @Field(() => Int, { description: 'How many platforms.' })
  platformCount!: number;

  @Field(() => Int, {
    description: 'How many named institutions (not platforms; placeholders left out) the chain relies on.',
  })
  reliedOnUnitCount!: number;

  @Field(() => Boolean, {
    description:
      'True when something of `coveredBy` reaches the chain: by default (coveredBy: [PLATFORMS]) a platform serves it or it relies on one; with RELIED_ON_UNITS also when it relies on a named institution.',
  })
  covered!: boolean;

  @Field(() => [KindStatusCount], {
    description: 'The platforms by kind and status.',
    complexity: listCost(KIND_STATUS_ESTIMATE),
  })
  byKindAndStatus!: KindStatusCountRecord[];
}

@ObjectType({ description: 'One chain of a chainCoverage page, with its cursor.' })
export class ChainCoverageEdge {
  @Field(() => String, { description: 'Opaque cursor of this chain in this list.' })
  cursor!: string;

  @Field(() => ChainCoverage, { description: 'The chain and its coverage.' })
  node!: ChainCoverage;
}

@ObjectType({ description: 'A page of chains and their coverage (Relay cursor connection).' })
export class ChainCoverageConnection {
  @Field(() => [ChainCoverageEdge], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The chains of this page with their cursors.',
  })
  edges!: ChainCoverageEdge[];

  @Field(() => [ChainCoverage], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The nodes of `edges`, for clients that need no cursors.',
  })
  nodes!: ChainCoverage[];

  @Field(() => Int, {
    description: 'How many chains the whole list has (with onlyUncovered: the uncovered ones).',
  })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'What a region has built and planned, by platform kind.' })
export class RegionSummary {
  @Field(() => Entity, { description: 'The region.' })
  region!: EntityRecord;

  @Field(() => Int, { description: 'Platforms in the region.' })
  total!: number;

  @Field(() => Int, { description: 'Of which existing.' })
  existing!: number;

  @Field(() => Int, { description: 'Of which planned.' })
  planned!: number;

  @Field(() => Int, { description: 'Of which the status is not stated.' })
  unknown!: number;

  @Field(() => [KindStatusCount], {
    description: 'The platforms by kind and status.',
    complexity: listCost(KIND_STATUS_ESTIMATE),
  })
  byKindAndStatus!: KindStatusCountRecord[];
}

@ObjectType({ description: 'One region of a regionSummary page, with its cursor.' })
export class RegionSummaryEdge {
  @Field(() => String, { description: 'Opaque cursor of this region in this list.' })
  cursor!: string;

  @Field(() => RegionSummary, { description: 'The region and its platforms.' })
  node!: RegionSummary;
}

@ObjectType({
  description:
    'A page of regions and their platforms, in the order asked (most platforms first by default; Relay cursor connection).',
})
export class RegionSummaryConnection {
  @Field(() => [RegionSummaryEdge], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The regions of this page with their cursors.',
  })
  edges!: RegionSummaryEdge[];

  @Field(() => [RegionSummary], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The nodes of `edges`, for clients that need no cursors.',
  })
  nodes!: RegionSummary[];

  @Field(() => Int, { description: 'How many regions the whole list has.' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'An institution and how much of the network it connects.' })
export class Hub {
  @Field(() => Entity, { description: 'The institution.' })
  institution!: EntityRecord;

  @Field(() => Int, { description: 'Platforms it hosts, leads or co-builds.' })
  platformCount!: number;

  @Field(() => Int, { description: 'Chains that rely on it or that its platforms serve.' })
  chainCount!: number;

  @Field(() => Int, { description: 'The ranking key: platformCount + chainCount.' })
  score!: number;
}
