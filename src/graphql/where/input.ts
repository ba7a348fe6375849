/**
 * The `where` filter language as plain records: what the GraphQL input types (types.ts) hold
 * once parsed, and what the compiler (compile.ts) reads. Every condition given must hold; an
 * omitted one means any. Relationship conditions are keyed by the relationship field names of
 * src/graphql/relationship-fields.ts (hosts, chains, platforms, …).
 */
import type { Basis } from '../../ontology/ontology.js';

type Maybe<T> = T | null | undefined;

/** A text property: equal to, one of, containing or starting with. */
export interface TextWhere {
  readonly eq?: Maybe<string>;
  readonly in?: Maybe<readonly string[]>;
  readonly contains?: Maybe<string>;
  readonly startsWith?: Maybe<string>;
}

/** An enum property (kind, status, level: the ontology's names) or an id: equal to or one of. */
export interface EnumWhere<T extends string> {
  readonly eq?: Maybe<T>;
  readonly in?: Maybe<readonly T[]>;
}

/** A fact a document gives (status, level, status word): with `document`, that document's word. */
export interface FactWhere<T extends string> extends EnumWhere<T> {
  readonly document?: Maybe<string>;
}

export interface StatusWordWhere extends TextWhere {
  readonly document?: Maybe<string>;
}

/** A list property (designations): holds one value, any of some, or all of some. */
export interface ListWhere {
  readonly includes?: Maybe<string>;
  readonly includesAny?: Maybe<readonly string[]>;
  readonly includesAll?: Maybe<readonly string[]>;
}

export interface RegionWhere {
  readonly id: string;
  readonly basis?: Maybe<readonly Basis[]>;
  readonly document?: Maybe<string>;
}

export interface PlaceWhere {
  readonly id: string;
  readonly document?: Maybe<string>;
}

export interface DocumentsWhere {
  readonly all?: Maybe<readonly string[]>;
  readonly some?: Maybe<readonly string[]>;
  readonly none?: Maybe<readonly string[]>;
}

export interface CitedInWhere {
  readonly document: string;
  readonly section: string;
}

export interface CountWhere {
  readonly eq?: Maybe<number>;
  readonly gt?: Maybe<number>;
  readonly gte?: Maybe<number>;
  readonly lt?: Maybe<number>;
  readonly lte?: Maybe<number>;
}

/** Conditions on one relationship field: which links count, and what must hold of them. */
export interface RelationshipWhere {
  readonly document?: Maybe<string>;
  readonly basis?: Maybe<readonly Basis[]>;
  readonly roles?: Maybe<readonly string[]>;
  readonly kinds?: Maybe<readonly string[]>;
  readonly some?: Maybe<EntityWhere>;
  readonly none?: Maybe<EntityWhere>;
  readonly all?: Maybe<EntityWhere>;
  readonly single?: Maybe<EntityWhere>;
  readonly count?: Maybe<CountWhere>;
}

export interface EntityWhereBase {
  readonly AND?: Maybe<readonly EntityWhere[]>;
  readonly OR?: Maybe<readonly EntityWhere[]>;
  readonly NOT?: Maybe<EntityWhere>;
  readonly id?: Maybe<EnumWhere<string>>;
  readonly name?: Maybe<TextWhere>;
  readonly alias?: Maybe<TextWhere>;
  readonly kind?: Maybe<EnumWhere<string>>;
  readonly status?: Maybe<FactWhere<string>>;
  readonly level?: Maybe<FactWhere<string>>;
  readonly statusWord?: Maybe<StatusWordWhere>;
  readonly designations?: Maybe<ListWhere>;
  readonly placeholder?: Maybe<boolean>;
  readonly region?: Maybe<RegionWhere>;
  readonly zone?: Maybe<PlaceWhere>;
  readonly focusesOn?: Maybe<PlaceWhere>;
  readonly documents?: Maybe<DocumentsWhere>;
  readonly citedIn?: Maybe<CitedInWhere>;
}

/**
 * The base conditions, and (read by key, see compile.ts) one RelationshipWhere per
 * relationship field name: the GraphQL input type adds those fields from the ontology.
 */
export type EntityWhere = EntityWhereBase;

/** A `where` written as an object literal, relationship fields included (tests, examples). */
export type EntityWhereLiteral = EntityWhere & Readonly<Record<string, unknown>>;

/** The keys of EntityWhere that are not relationship fields. */
export const BASE_KEYS: readonly (keyof EntityWhereBase)[] = [
  'AND',
  'OR',
  'NOT',
  'id',
  'name',
  'alias',
  'kind',
  'status',
  'level',
  'statusWord',
  'designations',
  'placeholder',
  'region',
  'zone',
  'focusesOn',
  'documents',
  'citedIn',
];
