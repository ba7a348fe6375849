import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/db.js';

// Writes and reads through neo4j-driver against the real server; cleans what it made.
describe('Neo4j smoke', () => {
  const db = testDatabase();
  const run = randomUUID();

  afterAll(async () => {
    await db.write('MATCH (n:SmokeTest {run: $run}) DETACH DELETE n', { run });
    await db.close();
  });

  it('writes in one transaction and reads it back in another', async () => {
    await db.write(
      'CREATE (:SmokeTest {run: $run, name: $name})-[:LINKS {w: 2}]->(:SmokeTest {run: $run, name: "b"})',
      { run, name: '大连理工大学' },
    );
    const r = await db.read<{ name: string; w: number }>(
      'MATCH (a:SmokeTest {run: $run})-[l:LINKS]->(b) RETURN a.name AS name, l.w AS w',
      { run },
    );
    expect(r.records.map((x) => x.toObject())).toEqual([{ name: '大连理工大学', w: 2 }]);
  });

  it('reports a Community or Enterprise Neo4j 5+', async () => {
    const r = await db.read<{ v: string }>('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    expect(Number(String(r.records[0]?.get('v')).split('.')[0])).toBeGreaterThanOrEqual(5);
  });
});
