/**
 * The review itself: which proposal items to keep. `acceptAbove` decides by confidence alone
 * (ambiguous items are never taken without a person); `interactiveReview` asks, item by item,
 * showing the source line with the evidence marked: accept, edit, reject, or pick an option.
 * Relations are offered last, and only between entities that are kept or already exist.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  KIND_NAMES,
  KINDS,
  LEVELS,
  STATUSES,
  isKind,
  type Kind,
  type Level,
  type Status,
} from '../ontology/ontology.js';
import { squash } from '../seed/sources.js';
import type {
  Proposal,
  ProposedCite,
  ProposedEntity,
  ProposedMention,
  ProposedRelation,
} from './proposal.js';
import type { Accepted } from './review.js';

/** Whether both ends of a relation will exist once `accepted` is written. */
function endsAvailable(
  p: Proposal,
  ids: ReadonlySet<string>,
  chosen: ReadonlyMap<string, string>,
): (r: ProposedRelation) => boolean {
  const proposed = new Set([...p.entities.map((e) => e.id), ...p.ambiguous.map((a) => a.id)]);
  const ok = (id: string): boolean => !proposed.has(id) || ids.has(id) || chosen.has(id);
  return (r) => ok(r.from) && ok(r.to);
}

/** Non-interactive: everything at or above `threshold`, except ambiguous matches. */
export function acceptAbove(p: Proposal, threshold: number): Accepted & { skippedAmbiguous: number } {
  const entities = p.entities.filter((e) => e.confidence >= threshold);
  const ids = new Set(entities.map((e) => e.id));
  const chosen = new Map<string, string>();
  const available = endsAvailable(p, ids, chosen);
  return {
    entities,
    chosen,
    mentions: p.mentions.filter((m) => m.confidence >= threshold),
    relations: p.relations.filter((r) => r.confidence >= threshold && available(r)),
    skippedAmbiguous: p.ambiguous.length,
  };
}

/** The source line with the evidence span in brackets, cut around it to fit a terminal. */
export function showLine(lines: readonly string[], c: ProposedCite, width = 90): string {
  const text = squash(lines[c.line - 1] ?? '');
  const span = c.span ? squash(c.span) : '';
  const at = span === '' ? -1 : text.indexOf(span);
  const chars = Array.from(text);
  if (at === -1) return `${c.line} │ ${chars.slice(0, width).join('')}${chars.length > width ? '…' : ''}`;
  const before = Array.from(text.slice(0, at));
  const after = Array.from(text.slice(at + span.length));
  const room = Math.max(10, Math.floor((width - Array.from(span).length) / 2));
  const left = before.length > room ? `…${before.slice(-room).join('')}` : before.join('');
  const right = after.length > room ? `${after.slice(0, room).join('')}…` : after.join('');
  return `${c.line} │ ${left}【${span}】${right}`;
}

export interface SessionIO {
  readonly input: Readable;
  readonly output: Writable;
}

/** Reads answers line by line; the end of input reads as "quit". */
class Prompter {
  private readonly lines: AsyncIterator<string>;
  constructor(private readonly io: SessionIO) {
    this.lines = createInterface({ input: io.input, terminal: false })[Symbol.asyncIterator]();
  }
  say(text: string): void {
    this.io.output.write(`${text}\n`);
  }
  async ask(question: string): Promise<string | undefined> {
    this.io.output.write(question);
    const next = await this.lines.next();
    if (next.done) {
      this.io.output.write('\n');
      return undefined;
    }
    return next.value.trim();
  }
  async choose<T extends string>(question: string, allowed: readonly T[]): Promise<T | undefined> {
    for (;;) {
      const a = await this.ask(question);
      if (a === undefined) return undefined;
      if ((allowed as readonly string[]).includes(a)) return a as T;
      this.say(`  please answer one of: ${allowed.join(' ')}`);
    }
  }
  /** Asks for a value with a default; empty keeps it. */
  async edit(
    label: string,
    current: string,
    check?: (v: string) => string | undefined,
  ): Promise<string | undefined> {
    for (;;) {
      const a = await this.ask(`  ${label} [${current}]: `);
      if (a === undefined) return undefined;
      if (a === '') return current;
      const problem = check?.(a);
      if (!problem) return a;
      this.say(`  ${problem}`);
    }
  }
}

const ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

async function editEntity(
  q: Prompter,
  e: ProposedEntity,
  taken: ReadonlySet<string>,
): Promise<ProposedEntity | undefined> {
  const name = await q.edit('name', e.name, (v) => (squash(v) === '' ? 'a name cannot be empty' : undefined));
  if (name === undefined) return undefined;
  const kindAnswer = await q.edit('kind', e.kind, (v) =>
    isKind(v) ? undefined : `one of: ${KIND_NAMES.join(', ')}`,
  );
  if (kindAnswer === undefined || !isKind(kindAnswer)) return undefined;
  const kind: Kind = kindAnswer;
  // A new kind takes its own id prefix.
  const suggested = kind === e.kind ? e.id : `${KINDS[kind].idPrefix}:${e.id.split(':')[1] ?? 'x'}`;
  const id = await q.edit('id', suggested, (v) => {
    if (!ID.test(v) || !v.startsWith(`${KINDS[kind].idPrefix}:`))
      return `an id is ${KINDS[kind].idPrefix}:slug with a-z, 0-9 and dashes`;
    return taken.has(v) && v !== e.id ? `${v} is already used` : undefined;
  });
  if (id === undefined) return undefined;
  const level = await q.edit('level', e.level, (v) =>
    (LEVELS as readonly string[]).includes(v) ? undefined : `one of: ${LEVELS.join(', ')}`,
  );
  if (level === undefined) return undefined;
  const status = await q.edit('status', e.status, (v) =>
    (STATUSES as readonly string[]).includes(v) ? undefined : `one of: ${STATUSES.join(', ')}`,
  );
  if (status === undefined) return undefined;
  const statusWord = await q.edit('status word (- for none)', e.statusWord ?? '-');
  if (statusWord === undefined) return undefined;
  const renamed = squash(name) !== squash(e.name);
  return {
    ...e,
    id,
    kind,
    name: squash(name),
    // The text's form stays findable in the cited lines as an alias.
    ...(renamed ? { aliases: [...new Set([...(e.aliases ?? []), e.name])] } : {}),
    level: level as Level,
    status: status as Status,
    ...(statusWord === '-' ? { statusWord: undefined } : { statusWord }),
  };
}

export interface InteractiveResult {
  readonly accepted: Accepted;
  /** False when the reviewer quit without confirming: write nothing. */
  readonly write: boolean;
}

/**
 * Asks about every item. Answers: a accept, e edit, r reject, s skip the rest of this list,
 * A accept the rest of this list, q quit (asks whether to write).
 */
export async function interactiveReview(
  p: Proposal,
  lines: readonly string[],
  io: SessionIO,
  existingIds: ReadonlySet<string>,
): Promise<InteractiveResult> {
  const q = new Prompter(io);
  const entities: ProposedEntity[] = [];
  const chosen = new Map<string, string>();
  const mentions: ProposedMention[] = [];
  const relations: ProposedRelation[] = [];
  const total = p.entities.length + p.ambiguous.length + p.mentions.length + p.relations.length;
  let n = 0;
  const taken = new Set([...existingIds, ...p.entities.map((e) => e.id)]);
  const done = (write: boolean): InteractiveResult => ({
    accepted: { entities, chosen, mentions, relations },
    write,
  });
  const quit = async (): Promise<InteractiveResult> => {
    const kept = entities.length + mentions.length + relations.length + chosen.size;
    const a =
      kept === 0 ? 'n' : await q.choose(`write the ${kept} accepted item(s) into seed/? [y/n] `, ['y', 'n']);
    return done(a === 'y');
  };
  const showCites = (cites: readonly ProposedCite[]): void => {
    for (const c of cites.slice(0, 3))
      q.say(`    ${p.document.id} line ${c.line} (${c.section}):\n      ${showLine(lines, c)}`);
    if (cites.length > 3) q.say(`    … and ${cites.length - 3} more line(s)`);
  };
  q.say(
    `Reviewing ${p.document.title} (${p.document.file}): ${total} item(s). Answers: a accept, e edit, r reject, A accept the rest of this list, s skip the rest of this list, q quit.`,
  );

  section: for (const e of p.entities) {
    n += 1;
    q.say(
      `\n[${n}/${total}] new ${e.kind} ${e.name}  (confidence ${e.confidence.toFixed(2)}; ${e.rules.join(', ')})`,
    );
    q.say(
      `    id ${e.id}, level ${e.level}, status ${e.status}${e.statusWord ? ` (${e.statusWord})` : ''}${e.note ? `; ${e.note}` : ''}`,
    );
    showCites(e.cite);
    const a = await q.choose('  accept / edit / reject? [a/e/r/A/s/q] ', ['a', 'e', 'r', 'A', 's', 'q']);
    if (a === undefined || a === 'q') return quit();
    if (a === 'a') entities.push(e);
    else if (a === 'r') continue;
    else if (a === 'e') {
      const edited = await editEntity(q, e, taken);
      if (!edited) return quit();
      taken.add(edited.id);
      if (edited.id !== e.id) chosen.set(e.id, edited.id);
      entities.push(edited);
    } else if (a === 'A') {
      entities.push(...p.entities.slice(p.entities.indexOf(e)));
      n = p.entities.length;
      break section;
    } else {
      n = p.entities.length;
      break section;
    }
  }

  for (const amb of p.ambiguous) {
    n += 1;
    q.say(
      `\n[${n}/${total}] ${amb.kind} ${amb.name} may be an entity we have  (confidence ${amb.confidence.toFixed(2)})`,
    );
    showCites(amb.cite);
    amb.options.forEach((o, i) =>
      q.say(`    ${i + 1}) ${o.id} ${o.name} (${o.kind}, ${o.match} match ${o.score.toFixed(2)})`),
    );
    q.say(`    n) a new ${amb.kind} ${amb.id}`);
    const allowed = [...amb.options.map((_, i) => String(i + 1)), 'n', 'r', 'q'];
    const a = await q.choose(`  which one? [${allowed.join('/')}] `, allowed);
    if (a === undefined || a === 'q') return quit();
    if (a === 'r') continue;
    if (a === 'n') entities.push(amb);
    else {
      const o = amb.options[Number(a) - 1];
      if (o) {
        chosen.set(amb.id, o.id);
        mentions.push({
          id: o.id,
          as: amb.name,
          match: o.match,
          cite: amb.cite,
          confidence: amb.confidence,
          rules: amb.rules,
        });
      }
    }
  }

  mentionList: for (const m of p.mentions) {
    n += 1;
    q.say(
      `\n[${n}/${total}] mention of ${m.id} as ${m.as}  (${m.match} match, confidence ${m.confidence.toFixed(2)})`,
    );
    showCites(m.cite);
    const a = await q.choose('  accept / reject? [a/r/A/s/q] ', ['a', 'r', 'A', 's', 'q']);
    if (a === undefined || a === 'q') return quit();
    if (a === 'a') mentions.push(m);
    else if (a === 'A') {
      mentions.push(...p.mentions.slice(p.mentions.indexOf(m)));
      break mentionList;
    } else if (a === 's') break mentionList;
  }

  const ids = new Set(entities.map((e) => e.id));
  for (const [from] of chosen) ids.add(from);
  const available = endsAvailable(p, ids, chosen);
  const offered = p.relations.filter((r) => available(r));
  const dropped = p.relations.length - offered.length;
  if (dropped > 0) q.say(`\n${dropped} relation(s) left out: an end was rejected or not reviewed.`);
  relationList: for (const r of offered) {
    q.say(
      `\n[relation] ${r.from} ${r.type} ${r.to}  (${r.basis}${r.role ? `, ${r.role}` : ''}; confidence ${r.confidence.toFixed(2)}${r.existing ? '; already in the graph: adds this citation' : ''})`,
    );
    if (r.reason) q.say(`    reason: ${r.reason}`);
    showCites(r.cite);
    const a = await q.choose('  accept / reject? [a/r/A/s/q] ', ['a', 'r', 'A', 's', 'q']);
    if (a === undefined || a === 'q') return quit();
    if (a === 'a') relations.push(r);
    else if (a === 'A') {
      relations.push(...offered.slice(offered.indexOf(r)));
      break relationList;
    } else if (a === 's') break relationList;
  }
  q.say('');
  return quit();
}
