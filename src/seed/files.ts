/**
 * Finding and reading seed files safely. The seed folder is data a curator edits, so it may
 * hold mistakes: a symbolic link to a file elsewhere (or to itself), a named pipe that would
 * block a read forever, a file far too large to be curated by hand, a file saved in GBK or
 * UTF-16. Each becomes a problem naming the file, never a hang, a crash or silently changed
 * text (a bad byte is not turned into U+FFFD).
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './model.js';

/** The largest curated file is about 100 KB; 2 MiB leaves room and stops a pasted dump. */
export const MAX_SEED_FILE_BYTES = 2 * 1024 * 1024;
/** All seed files together. */
export const MAX_SEED_TOTAL_BYTES = 20 * 1024 * 1024;
/**
 * All files of a seed folder other than the curated one (`seed --dir`, e.g. the synthetic
 * national-scale data: 176 MB at a million relationships).
 */
export const MAX_OTHER_SEED_TOTAL_BYTES = 512 * 1024 * 1024;

export interface SeedFile {
  /** Where it was found (a link keeps its own name). */
  readonly path: string;
  /** Its contents, decoded from UTF-8. */
  readonly text: string;
}

const SEED_NAME = /\.ya?ml$/;
const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** Code of a node:fs error, or ''. */
const codeOf = (e: unknown): string => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/**
 * Every *.yaml under `dir` (sorted, so problem lists are stable) with problems for what
 * cannot be read: links that leave `dir`, broken links, link loops, non-regular files.
 * `name(path)` is how a path is shown in problems.
 */
export function listSeedFiles(
  dir: string,
  name: (path: string) => string = (p) => p,
): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const root = realpathSync(dir);
  const inside = (real: string): boolean => real === root || real.startsWith(root + sep);
  const problem = (path: string, message: string): void => {
    problems.push({ file: name(path), line: 1, message });
  };
  const visited = new Set<string>([root]);
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      const st = lstatSync(p);
      let real = p;
      if (st.isSymbolicLink()) {
        try {
          real = realpathSync(p);
        } catch (e) {
          problem(
            p,
            codeOf(e) === 'ELOOP'
              ? 'symbolic link loop: the link points (through other links) back at itself'
              : 'broken symbolic link: its target does not exist',
          );
          continue;
        }
        if (!inside(real)) {
          problem(
            p,
            `symbolic link to ${real}, outside the seed folder: seed files must live in the seed folder (copy the file in)`,
          );
          continue;
        }
      }
      const target = st.isSymbolicLink() ? statSync(real) : st;
      if (target.isDirectory()) {
        // A link to a folder already walked would list its files twice (or loop).
        const realDir = realpathSync(real);
        if (visited.has(realDir)) continue;
        visited.add(realDir);
        walk(p);
      } else if (SEED_NAME.test(entry)) {
        if (target.isFile()) files.push(p);
        else
          problem(p, 'not a regular file (a named pipe, socket or device): seed files must be plain files');
      }
    }
  };
  walk(dir);
  return { files, problems };
}

/** Offset of the first byte that is not well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let n: number;
    let min = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    if (n === 0) {
      i += 1;
      continue;
    }
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += n + 1;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text of a seed file's bytes, or a problem that says it is not UTF-8 and where: the line of
 * the first bad byte, so that a curator finds a stray byte in a note; a file in another
 * encoding (GBK, UTF-16) is named as such.
 */
export function decodeSeedBytes(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      problem: {
        file,
        line: 1,
        message: 'not UTF-8: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8',
      },
    };
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i += 1)
      if (bytes[i] === 0x0a) {
        line += 1;
        lineStart = i + 1;
      }
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: {
        file,
        line,
        message: `not UTF-8: byte 0x${hex} at byte ${bad - lineStart + 1} of this line is not valid UTF-8; save the file as UTF-8 (a GBK file: iconv -f GBK -t UTF-8)`,
      },
    };
  }
  // The decoder drops a UTF-8 byte order mark.
  return { text: utf8.decode(bytes) };
}

/** Reads one listed seed file: regular files only, never blocking, at most `maxBytes`. */
export function readSeedFile(
  path: string,
  file: string,
  maxBytes = MAX_SEED_FILE_BYTES,
): { text: string; bytes: number } | { problem: Problem } {
  let fd: number;
  try {
    // O_NONBLOCK: a named pipe swapped in after listing cannot block the read.
    fd = openSync(realpathSync(path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { problem: { file, line: 1, message: `cannot be read (${codeOf(e) || 'error'})` } };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return { problem: { file, line: 1, message: 'not a regular file: seed files must be plain files' } };
    if (st.size > maxBytes)
      return {
        problem: {
          file,
          line: 1,
          message: `the file is ${mib(st.size)}; a seed file may be at most ${mib(maxBytes)} (split it into several files)`,
        },
      };
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    const decoded = decodeSeedBytes(buf.subarray(0, off), file);
    return 'problem' in decoded ? decoded : { text: decoded.text, bytes: off };
  } finally {
    closeSync(fd);
  }
}

/** Lists and reads every seed file under `dir`; names in problems are relative to `base`. */
export function readSeedFiles(
  dir: string,
  base: string,
  limits: { file?: number; total?: number } = {},
): { files: SeedFile[]; problems: Problem[] } {
  const name = (p: string): string => relative(base, p);
  const { files: paths, problems } = listSeedFiles(dir, name);
  const files: SeedFile[] = [];
  let total = 0;
  const maxTotal = limits.total ?? MAX_SEED_TOTAL_BYTES;
  for (const path of paths) {
    const r = readSeedFile(path, name(path), limits.file);
    if ('problem' in r) {
      problems.push(r.problem);
      continue;
    }
    total += r.bytes;
    if (total > maxTotal) {
      problems.push({
        file: name(path),
        line: 1,
        message: `the seed files add up to more than ${mib(maxTotal)}; nothing past this file was read`,
      });
      break;
    }
    files.push({ path, text: r.text });
  }
  return { files, problems };
}
