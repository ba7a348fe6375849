import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/ingest/document.js';
import { ingest } from '../../../src/ingest/ingest.js';
import type { Proposal } from '../../../src/ingest/proposal.js';
import { acceptAbove, interactiveReview, showLine } from '../../../src/ingest/review-session.js';
import { writeAccepted } from '../../../src/ingest/review.js';
import { checkSeed } from '../../../src/seed/index.js';
import { FIXTURES, tempSeed } from './support.js';

const DOC = join(FIXTURES, 'haicheng-plan.txt');

function setup(): { seed: string; sources: string; proposal: Proposal } {
  const dirs = tempSeed();
  const { graph, problems } = checkSeed(dirs.seed, dirs.sources);
  if (!graph) throw new Error(problems.map((p) => p.message).join('\n'));
  const proposal = ingest(readDocument(DOC), graph, { docId: 'haicheng', date: '2025-01-15' });
  return { ...dirs, proposal };
}

const snapshot = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, n.name);
      if (n.isDirectory()) walk(p);
      else out[p] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
};

describe('writing a review into seed/', () => {
  it('writes accepted items into seed/<doc>/, the document into documents.yaml and the sources, and validates', () => {
    const { seed, sources, proposal } = setup();
    expect(proposal.document).toMatchObject({
      id: 'haicheng',
      new: true,
      title: '海城市科技创新平台建设行动方案',
      titleLine: 3,
    });
    const r = writeAccepted(proposal, acceptAbove(proposal, 0.6), {
      seedDir: seed,
      sourcesDir: sources,
      documentPath: DOC,
    });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(existsSync(join(sources, 'haicheng-plan.txt'))).toBe(true);
    expect(readFileSync(join(seed, 'documents.yaml'), 'utf8')).toContain('id: doc:haicheng');
    expect(readFileSync(join(seed, 'haicheng', 'laboratories.yaml'), 'utf8')).toContain(
      'name: 辽河镁质材料实验室',
    );
    const { graph } = checkSeed(seed, sources);
    // 中科院大连化物所 is 中国科学院大连化学物理研究所: a partner, not a new institute.
    const center = graph?.entities.find((e) => e.name === '海城镁基储能研究中心');
    expect(
      graph?.relations
        .filter((r) => r.from === center?.id && r.type === 'CO_BUILT_WITH')
        .map((r) => r.to)
        .sort(),
    ).toEqual(['ri:cas-dicp', 'uni:dlut']);
    expect(graph?.entities.some((e) => e.name.includes('化物所'))).toBe(false);
    const lab = graph?.entities.find((e) => e.name === '辽河镁质材料实验室');
    expect(lab?.cite[0]).toMatchObject({ doc: 'haicheng', line: 13, section: '二/(一)/1' });
    expect(graph?.relations.find((r) => r.from === lab?.id && r.type === 'HOSTED_BY')?.to).toBe('uni:neu');
  });

  it('a second ingest of the written document proposes nothing at the threshold again', () => {
    const { seed, sources, proposal } = setup();
    writeAccepted(proposal, acceptAbove(proposal, 0.6), {
      seedDir: seed,
      sourcesDir: sources,
      documentPath: DOC,
    });
    const { graph } = checkSeed(seed, sources);
    if (!graph) throw new Error('invalid');
    const again = ingest(readDocument(DOC), graph);
    expect(again.document).toMatchObject({ id: 'haicheng', new: false });
    const high = (xs: readonly { confidence: number }[]): number =>
      xs.filter((x) => x.confidence >= 0.6).length;
    expect([high(again.entities), high(again.mentions), high(again.relations)]).toEqual([0, 0, 0]);
  });

  it('restores every file when the validator finds a problem', () => {
    const { seed, sources, proposal } = setup();
    const before = snapshot(seed);
    const accepted = acceptAbove(proposal, 0.6);
    const [first, ...rest] = accepted.entities;
    if (!first) throw new Error('nothing proposed');
    // A name the cited line does not hold.
    const broken = { ...accepted, entities: [{ ...first, name: '并不存在的实验室' }, ...rest] };
    const r = writeAccepted(proposal, broken, { seedDir: seed, sourcesDir: sources, documentPath: DOC });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.message).join('\n')).toContain('contains neither the name nor an alias');
    expect(snapshot(seed)).toEqual(before);
    expect(existsSync(join(sources, 'haicheng-plan.txt'))).toBe(false);
  });

  it('a dry run validates and leaves seed/ as it was', () => {
    const { seed, sources, proposal } = setup();
    const before = snapshot(seed);
    const r = writeAccepted(proposal, acceptAbove(proposal, 0.6), {
      seedDir: seed,
      sourcesDir: sources,
      documentPath: DOC,
      dryRun: true,
    });
    expect(r.ok).toBe(true);
    expect(snapshot(seed)).toEqual(before);
  });
});

describe('the interactive review', () => {
  const lines = readFileSync(DOC, 'utf8').split('\n');

  it('shows the source line with the evidence marked', () => {
    expect(showLine(lines, { doc: 'x', line: 13, section: 's', span: '依托东北大学建设' })).toMatch(
      /^13 │ .*【依托东北大学建设】/,
    );
  });

  it('accept, edit and reject by typed answers, then write on confirmation', async () => {
    const { proposal } = setup();
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (b: Buffer) => (shown += b.toString()));
    const lab = proposal.entities.findIndex((e) => e.name === '辽河镁质材料实验室');
    const answers: string[] = [];
    proposal.entities.forEach((_, i) => {
      // Edit the laboratory (keep everything, make it provincial), reject everything else.
      if (i === lab) answers.push('e', '', '', '', 'provincial', '', '');
      else answers.push('r');
    });
    answers.push(...proposal.ambiguous.map(() => 'r'));
    answers.push('A'); // every mention
    answers.push('A'); // every relation whose ends are kept
    answers.push('y');
    const done = interactiveReview(proposal, lines, { input, output }, new Set());
    input.end(`${answers.join('\n')}\n`);
    const r = await done;
    expect(r.write).toBe(true);
    expect(r.accepted.entities).toEqual([
      expect.objectContaining({ name: '辽河镁质材料实验室', level: 'provincial' }),
    ]);
    expect(r.accepted.mentions.length).toBe(proposal.mentions.length);
    // Relations only between kept or existing entities: the lab's host, not the rejected chains'.
    expect(
      r.accepted.relations.every(
        (x) => x.from === r.accepted.entities[0]?.id || !proposal.entities.some((e) => e.id === x.from),
      ),
    ).toBe(true);
    expect(shown).toContain('【辽河镁质材料实验室】');
  });

  it('the end of input writes nothing', async () => {
    const { proposal } = setup();
    const input = new PassThrough();
    const output = new PassThrough();
    const done = interactiveReview(proposal, lines, { input, output }, new Set());
    input.end('a\n');
    expect((await done).write).toBe(false);
  });
});
