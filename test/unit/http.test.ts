import { describe, expect, it } from 'vitest';
import { jsonDepth, parseJsonBody } from '../../src/http/body.js';
import { decodePath, parseTarget } from '../../src/http/request-target.js';
import { hostAllowed, hostName } from '../../src/http/security.js';

describe('request targets (D1)', () => {
  it.each([
    ['/graphql?x=1', { path: '/graphql', search: '?x=1' }],
    ['//x:99999/', { path: '//x:99999/', search: '' }],
    ['http://127.0.0.1:4000/healthz?a', { path: '/healthz', search: '?a' }],
    ['http://127.0.0.1:99999/healthz', undefined],
    ['*', undefined],
    ['', undefined],
    [undefined, undefined],
    ['ftp://x/y', undefined],
    ['x/y', undefined],
  ])('parses %j without throwing', (raw, expected) => {
    expect(parseTarget(raw)).toEqual(expected);
  });

  it.each([
    ['/%', undefined],
    ['/%E0%A4%A', undefined],
    ['/a%00b', undefined],
    ['/%E5%A4%A7', '/大'],
  ])('decodes %s', (path, expected) => {
    expect(decodePath(path)).toBe(expected);
  });
});

describe('hosts (D10)', () => {
  it.each([
    ['Example.org:4000', 'example.org'],
    ['[::1]:4000', '::1'],
    ['10.0.0.5', '10.0.0.5'],
    [undefined, undefined],
  ])('takes the host name of %s', (host, name) => {
    expect(hostName(host)).toBe(name);
  });

  it('allows any host without a list, only the listed ones with one', () => {
    expect(hostAllowed(undefined, 'evil.test')).toBe(true);
    expect(hostAllowed(['innograph.test'], 'evil.test')).toBe(false);
    expect(hostAllowed(['innograph.test'], 'innograph.test:80')).toBe(true);
    expect(hostAllowed(['innograph.test'], undefined)).toBe(false);
  });
});

describe('JSON bodies (D5)', () => {
  it('measures depth without recursion, so a deep value cannot overflow the stack', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown;
    expect(jsonDepth(deep, 40)).toBe(41);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
    expect(() => parseJsonBody(`{"variables":${'['.repeat(100)}${']'.repeat(100)}}`)).toThrow(
      'the request body nests JSON deeper than 32 levels',
    );
  });
});
