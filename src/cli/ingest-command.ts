import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, SEED_DIR, sourcesDir } from '../config/paths.js';
import { UserError } from '../errors.js';
import { readDocument, textHash } from '../ingest/document.js';
import { ingest } from '../ingest/ingest.js';
import { writeProposal } from '../ingest/proposal.js';
import { checkSeed } from '../seed/index.js';
import type { Command } from './commands.js';
import { printProblems } from './seed-load.js';

const HELP = `usage: innograph ingest <file.txt> [--doc-id ID] [--title T] [--date D] [--issuer I] [--out FILE]

Reads a UTF-8 plain-text policy document and proposes what to add to the graph: platforms,
institutions and chains with their citations (line as grep -n counts, section, evidence span),
relations (HOSTED_BY, LED_BY, CO_BUILT_WITH, RELIES_ON, SERVES, LOCATED_IN, PART_OF), each with
a confidence. Names the graph already has become mentions of the existing entity, never new
entities; uncertain matches are listed with their options.
  --doc-id ID   id of a new document (default: from the file name); ignored for a known file
  --title T     title (default: the title line the document opens with)
  --date D      date of the document, e.g. 2025-03-01
  --issuer I    issuing body
  --out FILE    where to write the proposal (default: proposals/<doc-id>.yaml)
  --seed DIR    the seed folder to resolve against (default: seed/)
  --quiet       no progress lines
Then: innograph review <proposal>
`;

export const ingestCommand: Command = {
  summary: 'propose entities and relations from a new document',
  run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'doc-id': { type: 'string' },
        title: { type: 'string' },
        date: { type: 'string' },
        issuer: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return Promise.resolve(0);
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0)
      throw new UserError(`ingest takes one document file\n\n${HELP}`);
    const doc = readDocument(file);
    const seedDir = values.seed ? resolve(values.seed) : SEED_DIR;
    const { graph, problems } = checkSeed(seedDir, sourcesDir());
    if (!graph) {
      printProblems(problems);
      throw new UserError(`the seed in ${seedDir} has problems; fix them first (innograph seed --check)`);
    }
    // The graph's documents by the hash of their text, so that the same text renamed, with a BOM
    // or CRLF line ends is recognised as the document it is.
    const knownTexts = new Map<string, string>();
    for (const e of graph.entities) {
      if (e.kind !== 'document' || e.file === undefined) continue;
      const path = join(sourcesDir(), e.file);
      if (existsSync(path)) knownTexts.set(e.id, textHash(readDocument(path)));
    }
    const progress = values.quiet
      ? undefined
      : (m: string): void => void process.stderr.write(`ingest: ${m}\n`);
    const proposal = ingest(doc, graph, {
      ...(values['doc-id'] ? { docId: values['doc-id'] } : {}),
      ...(values.title ? { title: values.title } : {}),
      ...(values.date ? { date: values.date } : {}),
      ...(values.issuer ? { issuer: values.issuer } : {}),
      ...(progress ? { progress } : {}),
      knownTexts,
    });
    const out = resolve(values.out ?? resolve(ROOT, 'proposals', `${proposal.document.id}.yaml`));
    writeProposal(out, proposal);
    const d = proposal.document;
    process.stdout.write(
      `ingest: ${d.new ? 'new document' : 'known document'} doc:${d.id} "${d.title}": ${proposal.entities.length} new entities, ${proposal.ambiguous.length} ambiguous, ${proposal.mentions.length} mentions, ${proposal.relations.length} relations\n` +
        `ingest: wrote ${out}\n` +
        `ingest: next: innograph review ${out}   (or --accept-all-above 0.6)\n`,
    );
    return Promise.resolve(0);
  },
};
