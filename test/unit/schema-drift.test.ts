import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/cli/schema-command.js';
import { schemaSdl } from '../../src/graphql/schema.js';
import { KIND_NAMES, KINDS } from '../../src/ontology/ontology.js';

describe('the GraphQL schema', () => {
  it('matches the committed schema.graphql (run `npm run schema` after a change)', () => {
    expect(schemaSdl()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('derives its enums and entity types from the ontology', () => {
    const sdl = schemaSdl();
    for (const k of KIND_NAMES) {
      expect(sdl).toContain(`  ${k.toUpperCase()}\n`);
      expect(sdl).toContain(`type ${KINDS[k].label} implements Entity`);
    }
  });
});
