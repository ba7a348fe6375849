/**
 * The rules, in the order they run: entity rules first (names), then relation rules, which read
 * the names the entity rules proposed. Each rule is one module; `from` marks the rules that only
 * one curated document motivated (switched off for that document in the leave-one-out run).
 */
import { enabledFor, type CuratedDoc } from '../lexicon.js';
import { chainGroups, dashChains, districtIndustries, industryLists, sharedSuffixChains } from './chains.js';
import { coBuiltWith } from './co-built-with.js';
import type { Rule } from './context.js';
import { fieldNamedPlatforms } from './field-named-platforms.js';
import { hostedBy } from './hosted-by.js';
import { knownNames } from './known-names.js';
import { ledBy } from './led-by.js';
import { locatedIn } from './located-in.js';
import { namedThings } from './named-things.js';
import { numberedItems } from './numbered-items.js';
import { partOf } from './part-of.js';
import { platformTypes } from './platform-types.js';
import { reliesOn } from './relies-on.js';
import { serves } from './serves.js';
import { statedRelations } from './stated-relations.js';
import { tables } from './tables.js';

export const RULES: readonly Rule[] = [
  numberedItems,
  tables,
  dashChains,
  namedThings,
  sharedSuffixChains,
  districtIndustries,
  industryLists,
  chainGroups,
  fieldNamedPlatforms,
  knownNames,
  platformTypes,
  reliesOn,
  hostedBy,
  ledBy,
  coBuiltWith,
  statedRelations,
  serves,
  partOf,
  locatedIn,
];

export const rulesFor = (holdOut: CuratedDoc | undefined): Rule[] =>
  RULES.filter((r) => enabledFor(r, holdOut));

export type { Rule } from './context.js';
