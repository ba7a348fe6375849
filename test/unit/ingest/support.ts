/** Small graphs and documents for the ingest tests: every sentence here is written for the tests. */
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kind } from '../../../src/ontology/ontology.js';
import type { Graph, GraphEntity, Relation } from '../../../src/seed/model.js';
import { withFacts } from '../../../src/semantics/document-facts.js';
import { documentFromText } from '../../../src/ingest/document.js';
import { ingest, type IngestOptions } from '../../../src/ingest/ingest.js';
import type { Proposal, ProposedRelation } from '../../../src/ingest/proposal.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

const at = { file: 'test', line: 1 };

export function entity(id: string, kind: Kind, name: string, aliases: string[] = []): GraphEntity {
  return withFacts({
    id,
    kind,
    name,
    aliases,
    abbreviations: [],
    placeholder: false,
    level: 'unknown',
    status: 'unknown',
    cite: [{ doc: 'base', line: 1, section: 'x' }],
    mentionCite: [],
    at,
  });
}

/** A few institutions, places and a field that the rules can resolve against. */
export function smallGraph(extra: GraphEntity[] = [], relations: Relation[] = []): Graph {
  return {
    entities: [
      { ...entity('doc:base', 'document', '基础名录'), file: 'base.txt' },
      entity('uni:neu', 'university', '东北大学'),
      entity('uni:dlut', 'university', '大连理工大学'),
      entity('uni:dlmu', 'university', '大连海事大学'),
      entity('ri:cas-dicp', 'research_institute', '中国科学院大连化学物理研究所', ['大连化物所']),
      entity('ri:cas-sia', 'research_institute', '中国科学院沈阳自动化研究所'),
      entity('region:dalian', 'region', '大连市', ['大连']),
      entity('region:shenyang', 'region', '沈阳市', ['沈阳']),
      entity('field:new-materials', 'field', '新材料'),
      entity('ent:unnamed-leading-enterprise', 'enterprise', '我省优势企业', ['优势企业']),
      ...extra,
    ],
    relations,
  };
}

/** Ingests `text` (lines as written) against `graph`. */
export const ingestText = (text: string, graph: Graph = smallGraph(), opts: IngestOptions = {}): Proposal =>
  ingest(documentFromText(text, 'test-doc.txt'), graph, { docId: 'test', ...opts });

/** The proposed entity (new, ambiguous or mentioned) with this name, as an id. */
export function idOf(p: Proposal, name: string): string | undefined {
  return (
    p.entities.find((e) => e.name === name)?.id ??
    p.ambiguous.find((e) => e.name === name)?.id ??
    p.mentions.find((m) => m.as === name)?.id
  );
}

export const relation = (
  p: Proposal,
  from: string | undefined,
  type: string,
  to: string | undefined,
): ProposedRelation | undefined => p.relations.find((r) => r.from === from && r.type === type && r.to === to);

export const names = (p: Proposal): string[] => p.entities.map((e) => e.name);

/** A seed folder and a sources folder in a temporary directory, holding the base document. */
export function tempSeed(): { root: string; seed: string; sources: string } {
  const root = mkdtempSync(join(tmpdir(), 'innograph-ingest-'));
  const seed = join(root, 'seed');
  const sources = join(root, 'sources');
  mkdirSync(join(seed, 'base'), { recursive: true });
  mkdirSync(sources);
  copyFileSync(join(FIXTURES, 'base.txt'), join(sources, 'base.txt'));
  writeFileSync(
    join(seed, 'documents.yaml'),
    `entities:\n  - id: doc:base\n    kind: document\n    name: 基础名录\n    file: base.txt\n    cite: [{ doc: base, line: 1, section: title }]\n`,
  );
  const e = (id: string, kind: string, name: string, line: number, aliases = ''): string =>
    `  - id: ${id}\n    kind: ${kind}\n    name: ${name}\n${aliases ? `    aliases: [${aliases}]\n` : ''}    cite: [{ doc: base, line: ${line}, section: 正文 }]\n`;
  writeFileSync(
    join(seed, 'base', 'entities.yaml'),
    'entities:\n' +
      e('uni:neu', 'university', '东北大学', 3) +
      e('uni:dlut', 'university', '大连理工大学', 3) +
      e('ri:cas-dicp', 'research_institute', '中国科学院大连化学物理研究所', 3, '大连化物所') +
      e('region:shenyang', 'region', '沈阳市', 4, '沈阳') +
      e('region:dalian', 'region', '大连市', 4, '大连') +
      e('zone:sd-nidz', 'zone', '沈大国家自主创新示范区', 4) +
      e('field:new-materials', 'field', '新材料', 5),
  );
  return { root, seed, sources };
}
