import { describe, expect, it } from 'vitest';
import { currentFact, documentFacts, factConflicts } from '../../../src/semantics/document-facts.js';

const dates = new Map([
  ['impl2015', '2015-08-03'],
  ['plan14', '2021'],
  ['dalian14', '2021'],
  ['future2024', '2024-09-09'],
]);

describe('what each document says of an entity', () => {
  it('gives the record status to the documents its own record cites, unknown to mere mentions', () => {
    const facts = documentFacts({
      status: 'planned',
      statusWord: '争创',
      level: 'national',
      cite: [{ doc: 'plan14', line: 10, section: 'a' }],
      mentionCite: [{ doc: 'dalian14', line: 20, section: 'b' }],
    });
    expect(facts).toEqual([
      {
        doc: 'plan14',
        status: 'planned',
        statusWord: '争创',
        level: 'national',
        lines: [10],
        sections: ['a'],
      },
      { doc: 'dalian14', status: 'unknown', level: 'national', lines: [20], sections: ['b'] },
    ]);
  });

  it('lets a citation state what its document says', () => {
    const facts = documentFacts({
      status: 'planned',
      level: 'unknown',
      cite: [{ doc: 'impl2015', line: 5, section: 'x' }],
      mentionCite: [
        { doc: 'plan14', line: 7, section: 'y' },
        { doc: 'plan14', line: 9, section: 'z', status: 'existing', statusWord: '建有', level: 'national' },
      ],
    });
    expect(facts[1]).toEqual({
      doc: 'plan14',
      status: 'existing',
      statusWord: '建有',
      level: 'national',
      lines: [7, 9],
      sections: ['y', 'z'],
    });
    // The later document decides the current status.
    expect(currentFact(facts, dates)?.doc).toBe('plan14');
  });

  it('prefers existing over planned on the same date, and ignores documents without a status', () => {
    const facts = documentFacts({
      status: 'unknown',
      level: 'unknown',
      cite: [],
      mentionCite: [
        { doc: 'plan14', line: 1, section: 's', status: 'planned' },
        { doc: 'dalian14', line: 2, section: 's', status: 'existing' },
        { doc: 'future2024', line: 3, section: 's' },
      ],
    });
    expect(currentFact(facts, dates)?.doc).toBe('dalian14');
  });

  it('reports citations of one document that disagree', () => {
    expect(
      factConflicts([
        { doc: 'plan14', line: 1, section: 's', status: 'planned' },
        { doc: 'plan14', line: 2, section: 's', status: 'planned' },
        { doc: 'dalian14', line: 3, section: 's', status: 'existing' },
      ]),
    ).toEqual([]);
    expect(
      factConflicts([
        { doc: 'plan14', line: 1, section: 's', status: 'planned' },
        { doc: 'plan14', line: 2, section: 's', status: 'existing' },
      ]),
    ).toEqual(['plan14 says "planned" at line 1 and "existing" at line 2: one document, one status']);
  });
});
