/**
 * End to end, on a self-written document and a temporary seed (never the real seed/):
 * innograph ingest → innograph review (non-interactive, then interactive on typed answers) →
 * seed/ → Neo4j → the new platform and its citation through the GraphQL API; and a second
 * ingest of the same document proposes nothing again.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config/paths.js';
import { readProposal } from '../../src/ingest/proposal.js';
import { seedDatabase } from '../../src/loader/seed.js';
import { checkSeed } from '../../src/seed/index.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { FIXTURES, tempSeed } from '../unit/ingest/support.js';

const TSX = resolve(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = resolve(ROOT, 'src', 'cli', 'main.ts');
const DOC = join(FIXTURES, 'haicheng-plan.txt');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `innograph …` with the given sources folder, feeding `input` on stdin. */
function innograph(args: string[], sources: string, input = ''): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [MAIN, ...args], {
      env: { ...process.env, INNOGRAPH_SOURCES: sources },
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('ingest → review → seed → Neo4j → API, on a self-written document', () => {
  const dirs = tempSeed();
  const proposalFile = join(dirs.root, 'proposals', 'haicheng.yaml');
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('ingest writes a proposal, with progress on stderr', async () => {
    const r = await innograph(
      [
        'ingest',
        DOC,
        '--doc-id',
        'haicheng',
        '--date',
        '2025-01-15',
        '--seed',
        dirs.seed,
        '--out',
        proposalFile,
      ],
      dirs.sources,
    );
    expect(r.stderr).toContain('ingest: read haicheng-plan.txt: 27 lines');
    expect(r.stderr).toMatch(/ingest: rule hosted-by: \+\d+ names, \+\d+ relations/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('new document doc:haicheng');
    const p = readProposal(proposalFile);
    expect(p.entities.find((e) => e.name === '辽河镁质材料实验室')).toMatchObject({
      kind: 'laboratory',
      cite: [{ line: 13 }],
    });
    // Names the graph has are mentions, never new entities.
    expect(p.entities.some((e) => ['东北大学', '大连理工大学'].includes(e.name))).toBe(false);
    expect(p.mentions.map((m) => m.id)).toEqual(
      expect.arrayContaining(['uni:neu', 'uni:dlut', 'ri:cas-dicp']),
    );
  });

  it('review --accept-all-above writes the seed (finding the document where ingest read it), which loads into Neo4j', async () => {
    const r = await innograph(
      ['review', proposalFile, '--accept-all-above', '0.6', '--seed', dirs.seed],
      dirs.sources,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('review: the seed is valid');
    const outcome = await seedDatabase(api.db, { dir: dirs.seed, sources: dirs.sources, reset: true });
    expect(outcome.ok).toBe(true);
  });

  it('the new platform is in the API with its citation and its host', async () => {
    const p = readProposal(proposalFile);
    const lab = p.entities.find((e) => e.name === '辽河镁质材料实验室');
    const res = await api.gql<{
      node: {
        name: string;
        kind: string;
        citations: { document: string; line: number; section: string; span: string }[];
        hosts: { id: string }[];
      };
    }>(
      `query($id: ID!) { node(id: $id) { name kind citations { document line section span } ... on Laboratory { hosts { id } } } }`,
      { id: lab?.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.node).toEqual({
      name: '辽河镁质材料实验室',
      kind: 'LABORATORY',
      citations: [{ document: 'doc:haicheng', line: 13, section: '二/(一)/1', span: '辽河镁质材料实验室' }],
      hosts: [{ id: 'uni:neu' }],
    });
    const search = await api.gql<{ search: { entity: { id: string } }[] }>(
      `{ search(text: "镁质材料") { entity { id } } }`,
    );
    expect(search.data?.search.map((s) => s.entity.id)).toContain(lab?.id);
  });

  it('a second ingest of the same document proposes nothing again', async () => {
    const again = join(dirs.root, 'proposals', 'again.yaml');
    const r = await innograph(['ingest', DOC, '--seed', dirs.seed, '--out', again, '--quiet'], dirs.sources);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('known document doc:haicheng');
    const p = readProposal(again);
    const high = (xs: readonly { confidence: number }[]): number =>
      xs.filter((x) => x.confidence >= 0.6).length;
    expect([high(p.entities), high(p.mentions), high(p.relations), p.ambiguous.length]).toEqual([0, 0, 0, 0]);
  });

  it('knows the same text renamed, with a byte order mark and CRLF line ends (issue 20)', async () => {
    const renamed = join(dirs.root, 'notice-copy.txt');
    const text = readFileSync(DOC, 'utf8');
    writeFileSync(renamed, `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    const out = join(dirs.root, 'proposals', 'renamed.yaml');
    const r = await innograph(
      ['ingest', renamed, '--seed', dirs.seed, '--out', out, '--quiet'],
      dirs.sources,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('known document doc:haicheng');
    expect(readProposal(out).document).toMatchObject({
      id: 'haicheng',
      new: false,
      file: 'haicheng-plan.txt',
    });
  });

  it('the interactive review takes typed answers and writes what was accepted', async () => {
    const fresh = tempSeed();
    const file = join(fresh.root, 'p.yaml');
    copyFileSync(proposalFile, file);
    const p = readProposal(file);
    // Accept the first entity, reject the others, accept every mention and relation offered, confirm.
    const answers = [
      'a',
      ...p.entities.slice(1).map(() => 'r'),
      ...p.ambiguous.map(() => 'r'),
      'A',
      'A',
      'y',
    ];
    const r = await innograph(
      ['review', file, '--seed', fresh.seed, '--document', DOC],
      fresh.sources,
      `${answers.join('\n')}\n`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('【');
    expect(r.stdout).toMatch(/review: wrote 1 entities/);
    const { graph } = checkSeed(fresh.seed, fresh.sources);
    const written = new Set(graph?.entities.map((e) => e.id));
    expect(p.entities.map((e) => written.has(e.id))).toEqual(p.entities.map((_, i) => i === 0));
    expect(readFileSync(join(fresh.seed, 'documents.yaml'), 'utf8')).toContain('doc:haicheng');
  });

  it('bad input gets a clear error and writes nothing', async () => {
    const r1 = await innograph(['ingest', join(dirs.root, 'missing.txt'), '--seed', dirs.seed], dirs.sources);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/missing\.txt: cannot read \(ENOENT\)/);
    const gb = join(dirs.root, 'gb18030.txt');
    writeFileSync(gb, Buffer.from([0xb9, 0xe6, 0xbb, 0xae, 0x0a])); // 规划 in GB18030
    const r3 = await innograph(['ingest', gb, '--seed', dirs.seed], dirs.sources);
    expect(r3.code).toBe(1);
    expect(r3.stderr).toContain('gb18030.txt: not UTF-8 text (invalid byte 0xb9 at byte 0, line 1)');
    const r2 = await innograph(
      ['review', proposalFile, '--accept-all-above', '2', '--seed', dirs.seed],
      dirs.sources,
    );
    expect(r2.stderr).toContain('--accept-all-above takes a number from 0 to 1, not "2"');
  });
});
