import neo4j from 'neo4j-driver';
import { clearGraph } from './src/loader/load.js';
import { KIND_LABELS, loadPlan } from './src/loader/rows.js';
import { openDatabase } from './src/neo4j/driver.js';
import { cypher } from './src/neo4j/cypher-files.js';
import { checkSeed } from './src/seed/index.js';
import { writeCsvAnchor, fileUrl, SEP } from './src/bench/seed-csv.js';
const { graph } = checkSeed('build/scale/f10/seed', 'build/scale/f10/sources');
const plan = loadPlan(graph!);
const db = openDatabase();
const s = db.driver.session({ database: 'neo4j' });
const batches = <T>(xs: T[], n: number) => { const o: T[][] = []; for (let i = 0; i < xs.length; i += n) o.push(xs.slice(i, i + n)); return o; };
const f = writeCsvAnchor(plan, '.neo4j/test/bench-csv-probe');
const csv = (name: string, t: any) => s.run(cypher(name), { url: fileUrl(process.cwd() + '/' + t.path), batch: neo4j.int(2000), sep: SEP, ...t.types });
const w = async (q: string, rows: unknown[], n = 2000) => { for (const b of batches(rows, n)) await s.executeWrite((tx) => tx.run(cypher(q), { rows: b })); };
for (const round of [1, 2]) {
  await clearGraph(db);
  await w('load/create-entities', plan.entities);
  let t = performance.now();
  const lap = (n: string) => { const x = performance.now(); console.log(round, n, ((x - t) / 1000).toFixed(2)); t = x; };
  if (round === 1) {
    await w('load/create-relationships', plan.relationships); lap('loader rels');
    await w('load/create-provenance', plan.provenance); lap('loader prov');
    await w('load/create-search-keys', plan.searchKeys); lap('loader keys');
  } else {
    await csv('bench/anchor-csv-relationships', f.relationships); lap('csv rels');
    await csv('bench/anchor-csv-relationships', f.provenance); lap('csv prov');
    await csv('bench/anchor-csv-search-keys', f.searchKeys); lap('csv keys');
  }
}
await s.close(); await db.close();
