import { describe, expect, it } from 'vitest';
import {
  decodeText,
  documentFromText,
  findTitleLine,
  firstInvalidUtf8,
  lineAt,
  paragraphsOf,
  splitLines,
} from '../../../src/ingest/document.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('reading a document', () => {
  it('refuses an empty file and a file of whitespace', () => {
    expect(() => decodeText(new Uint8Array(), 'a.txt')).toThrow(
      'a.txt: the file is empty; nothing to ingest',
    );
    expect(() => decodeText(bytes(' \n\t\n'), 'a.txt')).toThrow('a.txt: the file holds only whitespace');
  });

  it('refuses binary files, naming the NUL byte and its line', () => {
    expect(() => decodeText(bytes('第一行\n第二\u0000行'), 'b.bin')).toThrow(
      /b\.bin: binary file \(NUL byte at byte \d+, line 2\)/,
    );
    expect(() => decodeText(bytes('%PDF-1.7 …'), 'c.pdf')).toThrow(
      'c.pdf: this is a PDF file, not plain text',
    );
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]), 'd.docx')).toThrow(
      'd.docx: this is a ZIP archive',
    );
  });

  it('refuses text that is not UTF-8, with the byte and the line', () => {
    // "测试" in GB18030 on the second line.
    const gb = new Uint8Array([0x61, 0x0a, 0xb2, 0xe2, 0xca, 0xd4]);
    expect(firstInvalidUtf8(gb)).toBe(2);
    expect(() => decodeText(gb, 'e.txt')).toThrow(
      'e.txt: not UTF-8 text (invalid byte 0xb2 at byte 2, line 2)',
    );
    expect(firstInvalidUtf8(bytes('规划 ok ✓'))).toBe(-1);
    // A sequence cut short at the end of the file.
    expect(firstInvalidUtf8(bytes('规').slice(0, 2))).toBe(0);
  });

  it('counts lines as grep -n does', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\r\nb')).toEqual(['a', 'b']);
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
  });

  it('joins a sentence broken across a page break, and maps offsets back to lines', () => {
    const lines = [
      '一、建设平台',
      '',
      '围绕镁质材料产业，推进海城镁材料中试基',
      '',
      '地建设，提升服务能力。',
      '下一段。',
    ];
    const ps = paragraphsOf(lines);
    expect(ps.map((p) => p.text)).toEqual([
      '一、建设平台',
      '围绕镁质材料产业，推进海城镁材料中试基地建设，提升服务能力。',
      '下一段。',
    ]);
    const p = ps[1];
    if (!p) throw new Error('no paragraph');
    expect(lineAt(p, p.text.indexOf('中试基'))).toBe(3);
    expect(lineAt(p, p.text.indexOf('地建设'))).toBe(5);
  });

  it('keeps a short title line apart from the next line, and finds it', () => {
    const doc = documentFromText('\n海城市科技创新行动方案\n为推进创新，制定本方案。\n', 'x.txt');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['海城市科技创新行动方案', '为推进创新，制定本方案。']);
    expect(findTitleLine(doc.lines)).toBe(2);
  });

  it('skips table-of-contents lines', () => {
    expect(paragraphsOf(['第一章 总则\t1', '第二节 平台.....3', '正文。']).map((p) => p.text)).toEqual([
      '正文。',
    ]);
  });
});
