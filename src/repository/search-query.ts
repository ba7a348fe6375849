/**
 * Turns user text into a Lucene query that cannot fail to parse: every character of
 * Lucene's syntax is escaped and the operator words lose their meaning.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const MAX_SEARCH_LENGTH = 200;

export function escapeSearchText(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '') // zero-width characters and BOMs pasted with a name
    .trim()
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase())
    .replace(/\s+/g, ' ');
}
