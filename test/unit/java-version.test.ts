import { describe, expect, it } from 'vitest';
import { parseJavaVersion } from '../../src/neo4j/local/java.js';

describe('parseJavaVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
  ])('reads %s', (line, major) => {
    expect(parseJavaVersion(line)?.major).toBe(major);
  });

  it('returns undefined for output it cannot read', () => {
    expect(parseJavaVersion('command not found')).toBeUndefined();
  });
});
