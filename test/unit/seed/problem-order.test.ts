/**
 * Review s24 Low: `seed --check` with a duplicate id put the cascade first (a relation's unknown
 * id in an earlier file) and called the file read first the original. The duplicate comes first
 * and names both places without saying which is older (files are read alphabetically).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/seed/model.js';
import { sortProblems } from '../../../src/seed/validate.js';

describe('seed problems', () => {
  it('report a duplicate id before what follows from it', () => {
    const ps = sortProblems([
      { file: 'anshan14/relations.yaml', line: 12, message: 'HOSTED_BY: unknown "from" id "lab:x"' },
      {
        file: 'impl2015/laboratories.yaml',
        line: 2,
        message: 'duplicate id "lab:x": defined both here and at anshan14/laboratories.yaml:12',
      },
    ]).map(formatProblem);
    expect(ps[0]).toMatch(
      /^impl2015\/laboratories\.yaml:2: duplicate id "lab:x": defined both here and at anshan14/,
    );
    expect(ps[0]).not.toMatch(/first defined/);
  });
});
