/**
 * The planner question suite (test/questions/*.yaml): each question, asked in Chinese and in
 * English, is ONE GraphQL query whose answer, read at `answer` (a dotted path that runs
 * through lists), must be exactly the `expect` set. Written from the documents, not from the
 * graph: a failing question is a wrong answer, not a test to adjust.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../src/config/paths.js';

export interface PlannerQuestion {
  readonly id: string;
  /** The question as a planner asks it, in Chinese. */
  readonly ask: string;
  readonly askEn: string;
  /** What kind of question: hosts-of-platforms, platforms-of-institution, lineage, … */
  readonly form: string;
  /** Where the answer is written: document, section and lines. */
  readonly sources: readonly string[];
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** Dotted path to the answer in `data`, e.g. `entities.nodes.id`. */
  readonly answer: string;
  readonly expect: readonly (string | number | boolean)[];
  /** When the order is part of the answer (search: the first hit). */
  readonly ordered?: boolean;
  /**
   * A known API defect: the query is right and `expect` is the text's answer, but the API answers
   * otherwise today. The test asserts that it still does, so fixing the API turns it red: then
   * delete this line. Every such question is listed in the branch's report.
   */
  readonly defect?: string;
}

/** The documents every question cites by its first word, e.g. `plan14 l.135 第四章/二/专栏1/1`. */
export const DOCUMENTS = ['impl2015', 'guide2020', 'plan14', 'dalian14', 'future2024'] as const;

/** The question forms the suite must cover. */
export const FORMS = [
  'hosts-of-platform',
  'platforms-of-institution',
  'chain-units',
  'chain-trace',
  'chains-without-platforms',
  'region-built-vs-planned',
  'region-members',
  'region-absence',
  'status-per-document',
  'document-adds',
  'lineage',
  'lookup',
  'planning-topics',
  'future-directions',
  'zones',
  'placeholders',
  'connections',
  'where-class',
  'where-count',
  'where-intersection',
  'where-section',
  'where-status-word',
  'where-per-document',
] as const;

export const QUESTIONS_DIR = join(ROOT, 'test', 'questions');

export function loadQuestions(dir = QUESTIONS_DIR): PlannerQuestion[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as PlannerQuestion[]);
}

/** The answer as the test compares it: in order when asked, else a sorted set of strings. */
export function normalise(values: readonly unknown[], ordered = false): unknown[] {
  return ordered ? [...values] : [...new Set(values.map(String))].sort();
}

/** The values at a dotted path, flattening lists on the way. */
export function pick(data: unknown, path: string): unknown[] {
  let values: unknown[] = [data];
  for (const key of path.split('.')) {
    values = values.flatMap((v) => {
      const inner = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
      return Array.isArray(inner) ? (inner as unknown[]) : inner === undefined ? [] : [inner];
    });
  }
  return values;
}
