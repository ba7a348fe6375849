/** Seed files a careless curator (or an attacker with write access to seed/) could leave. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSeed } from '../../../src/seed/index.js';
import { formatProblem } from '../../../src/seed/model.js';
import { decodeSeedBytes, firstInvalidUtf8, readSeedFiles } from '../../../src/seed/files.js';
import { seedFixture, VALID } from '../../support/seed-fixture.js';

const problemsOf = (dir: string): string[] =>
  checkSeed(dir).problems.map((p) => formatProblem(p).replace(/innograph-seed-[^/]+\//g, ''));

describe('seed file encodings (D14)', () => {
  it('refuses a stray non-UTF-8 byte in a note, naming its line, instead of loading U+FFFD', () => {
    const text = VALID.replace(
      '    name: 沈阳航空航天大学\n',
      '    name: 沈阳航空航天大学\n    note: 见说明X\n',
    );
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf('X')] = 0xb2;
    const dir = seedFixture({});
    writeFileSync(join(dir, 'a.yaml'), bytes);
    expect(problemsOf(dir)).toEqual([
      'a.yaml:11: not UTF-8: byte 0xB2 at byte 20 of this line is not valid UTF-8; save the file as UTF-8 (a GBK file: iconv -f GBK -t UTF-8)',
    ]);
  });

  it('says "not UTF-8" for a GBK file rather than reporting mojibake', () => {
    // 沈阳 in GBK: C9 F2 D1 F4.
    const gbk = Buffer.concat([
      Buffer.from('entities:\n  - id: uni:x\n    name: '),
      Buffer.from([0xc9, 0xf2, 0xd1, 0xf4]),
      Buffer.from('\n'),
    ]);
    const dir = seedFixture({});
    writeFileSync(join(dir, 'gbk.yaml'), gbk);
    expect(problemsOf(dir)).toEqual([
      'gbk.yaml:3: not UTF-8: byte 0xC9 at byte 11 of this line is not valid UTF-8; save the file as UTF-8 (a GBK file: iconv -f GBK -t UTF-8)',
    ]);
  });

  it('names a UTF-16 file as such', () => {
    const dir = seedFixture({});
    writeFileSync(
      join(dir, 'u16.yaml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('entities: []\n', 'utf16le')]),
    );
    expect(problemsOf(dir)).toEqual([
      'u16.yaml:1: not UTF-8: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8',
    ]);
  });

  it('accepts UTF-8 with a byte order mark', () => {
    const dir = seedFixture({});
    writeFileSync(join(dir, 'a.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]));
    expect(problemsOf(dir)).toEqual([]);
  });

  it.each([
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a truncated sequence', [0xe6, 0xb2], 0],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lone continuation byte', [0x61, 0x80], 1],
  ])('finds %s', (_what, bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
    expect('problem' in decodeSeedBytes(Uint8Array.from(bytes), 'x.yaml')).toBe(true);
  });

  it('accepts all of UTF-8, astral characters included', () => {
    expect(firstInvalidUtf8(Buffer.from('沈阳 𠀀 é a', 'utf8'))).toBe(-1);
  });
});

describe('links and special files in seed/ (D15)', () => {
  const outside = mkdtempSync(join(tmpdir(), 'innograph-outside-'));
  writeFileSync(join(outside, 'secret.yaml'), VALID);

  it('refuses a link to a file outside the seed folder', () => {
    const dir = seedFixture({});
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'linked.yaml'));
    expect(problemsOf(dir)).toEqual([
      `linked.yaml:1: symbolic link to ${join(outside, 'secret.yaml')}, outside the seed folder: seed files must live in the seed folder (copy the file in)`,
    ]);
  });

  it('reports a link loop and a broken link instead of crashing', () => {
    const dir = seedFixture({ 'a.yaml': VALID });
    symlinkSync(join(dir, 'loop.yaml'), join(dir, 'loop.yaml'));
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'dangling.yaml'));
    expect(problemsOf(dir)).toEqual([
      'dangling.yaml:1: broken symbolic link: its target does not exist',
      'loop.yaml:1: symbolic link loop: the link points (through other links) back at itself',
    ]);
  });

  it('follows a link inside the seed folder, and a folder link loop only once', () => {
    const dir = seedFixture({ 'sub/a.yaml': VALID });
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'again'));
    expect(problemsOf(dir)).toEqual([]);
    expect(readSeedFiles(dir, dir).files.map((f) => f.path)).toEqual([
      join(dir, 'documents.yaml'),
      join(dir, 'sub', 'a.yaml'),
    ]);
  });

  it('reports a named pipe called *.yaml instead of waiting on it forever', () => {
    const dir = seedFixture({ 'a.yaml': VALID });
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(problemsOf(dir)).toEqual([
      'pipe.yaml:1: not a regular file (a named pipe, socket or device): seed files must be plain files',
    ]);
  });
});

describe('YAML features (D16)', () => {
  it('resolves anchors, aliases and merge keys', () => {
    const text = `entities:
  - &lab
    id: lab:new-energy-aircraft
    kind: laboratory
    name: 省部共建新能源飞机国家重点实验室
    level: national
    status: planned
    cite: &c135 [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1 }]
  - <<: *lab
    id: uni:sau
    kind: university
    name: 沈阳航空航天大学
    level: unknown
    status: unknown
relations:
  - from: lab:new-energy-aircraft
    type: HOSTED_BY
    to: uni:sau
    cite: *c135
`;
    const dir = seedFixture({ 'a.yaml': text });
    const { graph, problems } = checkSeed(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    const sau = graph?.entities.find((e) => e.id === 'uni:sau');
    expect(sau?.cite[0]?.line).toBe(135);
    expect(graph?.relations[0]?.cite[0]?.line).toBe(135);
  });

  it('reports an unknown tag instead of ignoring it', () => {
    const dir = seedFixture({
      'a.yaml': VALID.replace('name: 沈阳航空航天大学', 'name: !cn 沈阳航空航天大学'),
    });
    expect(problemsOf(dir)).toEqual([
      'a.yaml:10: YAML: unknown tag: !cn (seed files use plain YAML values, no tags)',
    ]);
  });

  it('stops an alias bomb', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i += 1)
      rows.push(
        `${'abcdefgh'[i] ?? ''}: &${'abcdefgh'[i] ?? ''} [${Array(10)
          .fill(`*${'abcdefgh'[i - 1] ?? ''}`)
          .join(', ')}]`,
      );
    const text = `entities:\n  - id: uni:bomb\n    kind: university\n    name: 炸弹\n    note:\n${rows.map((r) => `      ${r}`).join('\n')}\n`;
    const dir = seedFixture({ 'a.yaml': text });
    expect(problemsOf(dir)).toEqual([
      'a.yaml:2: entities[0]: YAML: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });
});

describe('sizes (D17)', () => {
  it('refuses a seed file over 2 MiB without reading it', () => {
    const dir = seedFixture({ 'a.yaml': VALID, 'big.yaml': `# ${'x'.repeat(3 * 1024 * 1024)}\n` });
    expect(problemsOf(dir)).toEqual([
      'big.yaml:1: the file is 3.0 MiB; a seed file may be at most 2.0 MiB (split it into several files)',
    ]);
  });

  it('refuses seed files that add up to too much', () => {
    const dir = seedFixture({ 'a.yaml': VALID });
    const first = statSync(join(dir, 'a.yaml')).size + statSync(join(dir, 'documents.yaml')).size;
    for (let i = 0; i < 3; i += 1) writeFileSync(join(dir, `pad${i}.yaml`), `# ${'x'.repeat(100)}\n`);
    const { problems } = readSeedFiles(dir, dir, { total: first + 150 });
    expect(problems.map(formatProblem)).toEqual([
      'pad1.yaml:1: the seed files add up to more than 0.0 MiB; nothing past this file was read',
    ]);
  });
});

describe('where a citation problem is reported (D19)', () => {
  it('points at the cite item, not at the first line of the record', () => {
    const text = VALID.replace(
      'cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1, span: 依托沈阳航空航天大学建设 }]',
      'cite:\n      - { doc: plan14, line: 143, section: 第四章/二/专栏1/1 }\n      - { doc: plan14, line: 5000, section: x }',
    );
    const dir = seedFixture({ 'a.yaml': text });
    mkdirSync(join(dir, 'empty'));
    expect(problemsOf(dir)).toEqual([
      'a.yaml:12: uni:sau cite[0]: plan14 line 143 contains neither the name nor an alias (沈阳航空航天大学)',
      'a.yaml:13: uni:sau cite[1]: line 5000 does not exist in plan14 (559 lines)',
    ]);
  });
});
