/** The GraphiQL tabs that are planner questions ask them with the suite's own query text. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/graphql/examples.js';
import { loadQuestions } from '../support/question-suite.js';

const questions = new Map(loadQuestions().map((q) => [q.id, q]));
const fromSuite = EXAMPLES.filter((e) => e.question !== undefined);

describe('IDE examples from the planner question suite', () => {
  it('are distinct questions (the ten of docs/api.md, then those of docs/questions.md), titled in Chinese and English', () => {
    expect(fromSuite.length).toBeGreaterThanOrEqual(18);
    expect(new Set(fromSuite.map((e) => e.question)).size).toBe(fromSuite.length);
    for (const e of fromSuite) {
      expect(e.title, e.title).toMatch(/\p{Script=Han}/u);
      expect(e.title, e.title).toMatch(/ \/ [A-Z]/);
    }
  });

  it.each(fromSuite.map((e) => [e.question ?? '', e] as const))(
    '%s: same query text as the suite',
    (id, e) => {
      const q = questions.get(id);
      expect(q, `no question ${id} in test/questions/`).toBeDefined();
      expect(e.query.trim()).toBe(q?.query.trim());
      expect(e.variables ?? {}).toEqual(q?.variables ?? {});
      // A tab shows an answer the suite asserts as right, not a known defect.
      expect(q?.defect).toBeUndefined();
    },
  );
});

describe('IDE examples', () => {
  it('every operation has a name, distinct, so no GraphiQL tab reads "<untitled>" (issue 18)', () => {
    const names = EXAMPLES.map((e) => /^\s*(?:query|mutation)\s+([A-Za-z_]\w*)/.exec(e.query)?.[1]);
    expect(names.filter((n) => n === undefined)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});
