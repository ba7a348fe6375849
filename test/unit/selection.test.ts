import 'reflect-metadata';
import {
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphqlSchema } from '../../src/graphql/schema.js';
import { ENTITY_FIELD_PROPS, selectedEntityProps } from '../../src/graphql/selection.js';

/** The root field of a query, as a resolver's info sees it. */
function infoOf(source: string): Parameters<typeof selectedEntityProps>[0] {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const first = op?.selectionSet.selections[0];
  if (!first || first.kind !== Kind.FIELD) throw new Error('no root field');
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [first], fragments };
}

describe('the entity properties a request reads', () => {
  it('lists every plain field of Entity and Document; the others are resolved from the id', () => {
    const schema = graphqlSchema();
    const entity = schema.getType('Entity');
    const document = schema.getType('Document');
    if (!isInterfaceType(entity) || !isObjectType(document)) throw new Error('no Entity or Document');
    const fromId = new Set(['relationships', 'mentions', 'statusIn', 'entities', 'sections']);
    const plain = [...Object.keys(entity.getFields()), ...Object.keys(document.getFields())].filter(
      (f) => !fromId.has(f),
    );
    expect([...new Set(plain)].sort()).toEqual(Object.keys(ENTITY_FIELD_PROPS).sort());
  });

  it('follows the path, fragments and inline fragments; always the id and the kind', () => {
    const info = infoOf(`{
      chainCoverage { nodes { covered chain { name ...Names ... on Chain { reliedOn { id } } } } }
    }
    fragment Names on Entity { nameEnSource aliases }`);
    expect(selectedEntityProps(info, ['nodes', 'chain']).sort()).toEqual(
      ['id', 'kind', 'name', 'nameEnSource', 'nameEn', 'aliases'].sort(),
    );
    expect(
      selectedEntityProps(infoOf('{ chainCoverage { nodes { covered } } }'), ['nodes', 'chain']).sort(),
    ).toEqual(['id', 'kind']);
  });
});
