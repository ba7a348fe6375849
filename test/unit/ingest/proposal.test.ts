import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProposal, writeProposal } from '../../../src/ingest/proposal.js';
import { ingestText } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'innograph-proposal-'));

describe('proposal files', () => {
  it('round-trip: what ingest writes, review reads back unchanged', () => {
    const p = ingestText(
      '1.渤海湾海冰实验室。依托大连理工大学建设。\n--冷链装备产业链。重点依托东北大学等单位。',
    );
    const file = join(dir, 'p.yaml');
    writeProposal(file, p);
    const back = readProposal(file);
    expect(back.document).toEqual(p.document);
    expect(back.entities.map((e) => e.id)).toEqual(p.entities.map((e) => e.id));
    expect(back.relations.map((r) => [r.from, r.type, r.to, r.role])).toEqual(
      p.relations.map((r) => [r.from, r.type, r.to, r.role]),
    );
    expect(back.mentions).toEqual(
      p.mentions.map((m) => ({ ...m, confidence: Math.round(m.confidence * 100) / 100 })),
    );
  });

  it('a damaged proposal is refused with the file, the item and the problem', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'document: { id: x, file: x.txt, title: T, lines: 3, sha256: abc }\nentities:\n  - { id: lab:x, kind: lab, name: X, cite: [{ doc: x, line: 1, section: s }], confidence: 1 }\n',
    );
    expect(() => readProposal(file)).toThrow(`${file}: entities[0]: unknown kind "lab"`);
    writeFileSync(
      file,
      'document: { id: x, file: x.txt, title: T, lines: 3, sha256: abc }\nrelations:\n  - { from: a, type: HOSTED_BY, to: b, cite: [], confidence: 1 }\n',
    );
    expect(() => readProposal(file)).toThrow(`${file}: relations[0]: "cite" must list at least one citation`);
    writeFileSync(file, 'entities: [\n');
    expect(() => readProposal(file)).toThrow(/not valid YAML/);
    expect(() => readProposal(join(dir, 'missing.yaml'))).toThrow(/cannot read \(ENOENT\)/);
  });
});
