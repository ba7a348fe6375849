/**
 * Every production dependency in the lockfile supports the Node the project runs on (issue 20,
 * item 7): what `npm ci --omit=dev` would warn about as EBADENGINE, checked over
 * package-lock.json for the oldest Node that package.json accepts and for this one.
 * The ranges are read by a small subset of semver (>=, >, <=, <, ^, ~, x-ranges, ||); a range
 * it cannot read fails the test rather than passing unseen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config/paths.js';

type Version = [number, number, number];

const parse = (v: string): { version: Version; parts: number } | undefined => {
  const m = /^v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(v.trim());
  if (!m) return undefined;
  const nums = [m[1], m[2], m[3]].filter((x) => x !== undefined && x !== 'x' && x !== '*').map(Number);
  return { version: [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0], parts: nums.length };
};
const cmp = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `version` satisfies one comparator set (space-separated comparators, all must hold). */
function satisfiesSet(version: Version, set: string): boolean {
  const tokens = set
    .trim()
    .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
    .split(/\s+/)
    .filter(Boolean);
  return tokens.every((t) => {
    if (t === '*' || t === 'x') return true;
    const m = /^(>=|<=|>|<|\^|~|=)?(.+)$/.exec(t);
    const p = m?.[2] === undefined ? undefined : parse(m[2]);
    if (!m || !p) throw new Error(`cannot read the engine range "${set}"`);
    const c = cmp(version, p.version);
    const op = m[1] ?? (p.parts < 3 ? 'x' : '=');
    const upper = (bump: 0 | 1): Version =>
      bump === 0 ? [p.version[0] + 1, 0, 0] : [p.version[0], p.version[1] + 1, 0];
    switch (op) {
      case '>=':
        return c >= 0;
      case '>':
        return c > 0;
      case '<=':
        return c <= 0;
      case '<':
        return c < 0;
      case '=':
        return c === 0;
      case '^':
        return c >= 0 && cmp(version, upper(p.version[0] === 0 ? 1 : 0)) < 0;
      case '~':
      case 'x':
        return c >= 0 && cmp(version, upper(p.parts >= 2 ? 1 : 0)) < 0;
      default:
        throw new Error(`cannot read the engine range "${set}"`);
    }
  });
}

export const satisfies = (version: Version, range: string): boolean =>
  range.split('||').some((set) => satisfiesSet(version, set));

interface LockPackage {
  readonly dev?: boolean;
  readonly engines?: Record<string, string> | string[];
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockPackage>;
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('engines of production dependencies', () => {
  it('reads the ranges npm uses', () => {
    expect(satisfies([20, 19, 0], '>=22.15.0')).toBe(false);
    expect(satisfies([20, 19, 0], '>= 18')).toBe(true);
    expect(satisfies([20, 19, 0], '^12.22.0 || ^14.16.0 || ^16.0.0 || >=17.0.0')).toBe(true);
    expect(satisfies([20, 19, 0], '20 || >=22')).toBe(true);
    expect(satisfies([21, 0, 0], '20 || >=22')).toBe(false);
    expect(satisfies([20, 10, 0], '>= 20.11.1')).toBe(false);
    expect(satisfies([20, 19, 0], '^18.17.0')).toBe(false);
  });

  it('every production dependency supports the oldest Node package.json accepts, and this one', () => {
    const oldest = parse(pkg.engines.node.replace(/^>=\s*/, ''))?.version;
    const current = parse(process.version)?.version;
    expect(oldest, `engines.node "${pkg.engines.node}"`).toBeDefined();
    expect(current).toBeDefined();
    const bad: string[] = [];
    for (const [path, p] of Object.entries(lock.packages)) {
      if (path === '' || p.dev === true || !p.engines || Array.isArray(p.engines)) continue;
      const range = p.engines.node;
      if (range === undefined) continue;
      for (const node of [oldest, current])
        if (node && !satisfies(node, range)) bad.push(`${path} needs node ${range} (not ${node.join('.')})`);
    }
    expect(bad, 'EBADENGINE for production: pin a supporting version with package.json overrides').toEqual(
      [],
    );
  });
});
