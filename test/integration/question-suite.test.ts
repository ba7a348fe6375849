/** Every planner question of test/questions/ is answered exactly by its one GraphQL query. */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../support/api.js';
import { DOCUMENTS, FORMS, loadQuestions, normalise, pick } from '../support/question-suite.js';

const server = useSeededApi();
const questions = loadQuestions();

describe('the planner question suite', () => {
  it('has at least 80 questions with unique ids, covering every document and every form', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      expect(q.ask && q.askEn && q.query && q.answer, q.id).toBeTruthy();
      expect(Array.isArray(q.expect), q.id).toBe(true);
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const s of q.sources) expect(DOCUMENTS, `${q.id}: ${s}`).toContain(s.split(/\s/)[0]);
      expect(FORMS, q.id).toContain(q.form);
    }
    const cited = new Set(questions.flatMap((q) => q.sources.map((s) => s.split(/\s/)[0])));
    for (const doc of DOCUMENTS) expect(cited).toContain(doc);
    const forms = new Set(questions.map((q) => q.form));
    for (const form of FORMS) expect(forms).toContain(form);
  });

  for (const q of questions) {
    const title = q.defect ? `${q.id} ${q.ask} [known defect]` : `${q.id} ${q.ask}`;
    it(title, async () => {
      const r = await server().gql(q.query, q.variables ?? {});
      expect(r.errors).toBeUndefined();
      const got = normalise(pick(r.data, q.answer), q.ordered);
      const want = normalise(q.expect, q.ordered);
      if (q.defect)
        expect(
          got,
          `${q.id} now answers as the text does: the defect is fixed, delete its \`defect:\``,
        ).not.toEqual(want);
      else expect(got).toEqual(want);
    });
  }
});
