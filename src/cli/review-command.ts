import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEED_DIR, sourcesDir } from '../config/paths.js';
import { UserError } from '../errors.js';
import { decodeText, splitLines } from '../ingest/document.js';
import { checkBeforeWrite } from '../ingest/duplicates.js';
import { readProposal } from '../ingest/proposal.js';
import { acceptAbove, interactiveReview } from '../ingest/review-session.js';
import { writeAccepted, type Accepted } from '../ingest/review.js';
import { checkSeed } from '../seed/index.js';
import { formatProblem } from '../seed/model.js';
import type { Command } from './commands.js';

const HELP = `usage: innograph review <proposal.yaml> [--accept-all-above C] [--document FILE] [--seed DIR]

Goes through a proposal written by innograph ingest, item by item, showing each source line with
the evidence marked: accept (a), edit (e), reject (r), or pick one of an ambiguous match's options.
Accepted items are written into seed/<doc-id>/ (and a new document into seed/documents.yaml and
the sources folder), then the validator runs over the whole seed; if it finds a problem, every
file is restored and the problems are printed.
  --accept-all-above C   no questions: accept every item with confidence >= C (0–1);
                         ambiguous matches are left for an interactive review
  --document FILE        the document, when it is neither in the sources folder nor where
                         ingest read it
  --seed DIR             the seed folder to write (default: seed/)
  --dry-run              decide and validate, then restore seed/ as it was
  --allow-duplicates     write new entities even when the seed has one by a variant of the name
`;

const parseThreshold = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new UserError(`--accept-all-above takes a number from 0 to 1, not "${v}"`);
  return n;
};

export const reviewCommand: Command = {
  summary: 'review a proposal and write the accepted items into seed/',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'accept-all-above': { type: 'string' },
        document: { type: 'string' },
        seed: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'allow-duplicates': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0)
      throw new UserError(`review takes one proposal file\n\n${HELP}`);
    const threshold =
      values['accept-all-above'] === undefined ? undefined : parseThreshold(values['accept-all-above']);
    const proposal = readProposal(file);
    const seedDir = values.seed ? resolve(values.seed) : SEED_DIR;
    const sources = sourcesDir();
    // The document: in the sources folder, given with --document, or where ingest read it.
    const documentPath = values.document
      ? resolve(values.document)
      : proposal.document.path !== undefined && existsSync(proposal.document.path)
        ? proposal.document.path
        : undefined;
    const { graph, problems } = checkSeed(seedDir, sources);
    if (!graph) {
      for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
      throw new UserError(`the seed in ${seedDir} has problems; fix them before a review adds to it`);
    }
    const textPath = existsSync(join(sources, proposal.document.file))
      ? join(sources, proposal.document.file)
      : documentPath;
    if (!textPath || !existsSync(textPath))
      throw new UserError(
        `${proposal.document.file} is neither in ${sources} nor where ingest read it; give it with --document`,
      );
    const lines = splitLines(decodeText(readFileSync(textPath), textPath));
    if (lines.length !== proposal.document.lines)
      throw new UserError(
        `${textPath} has ${lines.length} lines but the proposal was made from ${proposal.document.lines}: ingest it again`,
      );

    let accepted: Accepted;
    if (threshold !== undefined) {
      const a = acceptAbove(proposal, threshold);
      accepted = a;
      process.stdout.write(
        `review: accepting ${a.entities.length} entities, ${a.mentions.length} mentions, ${a.relations.length} relations at confidence >= ${threshold}` +
          `${a.skippedAmbiguous > 0 ? `; ${a.skippedAmbiguous} ambiguous match(es) left for an interactive review` : ''}\n`,
      );
    } else {
      const ids = new Set(graph.entities.map((e) => e.id));
      const r = await interactiveReview(
        proposal,
        lines,
        { input: process.stdin, output: process.stdout },
        ids,
      );
      if (!r.write) {
        process.stdout.write('review: nothing written\n');
        return 0;
      }
      accepted = r.accepted;
    }
    checkBeforeWrite(proposal, accepted.entities, graph, values['allow-duplicates']);
    const result = writeAccepted(proposal, accepted, {
      seedDir,
      sourcesDir: sources,
      proposalFile: file,
      dryRun: values['dry-run'],
      ...(documentPath ? { documentPath } : {}),
    });
    if (!result.ok) {
      for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
      process.stderr.write(
        `review: the validator found ${result.problems.length} problem(s); seed/ was restored, nothing was written\n`,
      );
      return 1;
    }
    const c = result.counts;
    if (values['dry-run']) {
      // Validated; now put everything back.
      process.stdout.write(
        `review: dry run: ${c.entities} entities, ${c.mentions} mentions, ${c.relations} relations would be written; seed is valid with them\n`,
      );
      return 0;
    }
    process.stdout.write(
      `review: wrote ${c.entities} entities, ${c.mentions} mentions, ${c.relations} relations${c.citations > 0 ? `, ${c.citations} citation(s) on existing relations` : ''}\n` +
        `review: files: ${result.files.join(', ')}\n` +
        `review: the seed is valid; load it with: innograph seed\n`,
    );
    return 0;
  },
};
