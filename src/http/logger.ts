/** Structured logs: one JSON object per line on stderr, each request's lines share its id. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/**
 * How long a log line may wait to be written with the lines after it. Written once per turn of
 * the event loop, a server answering one request at a time made one write system call per
 * request (and, to a pipe, woke its reader once per request); within this window the lines of
 * every request answered in it go out in one write (issue 19).
 */
export const LOG_FLUSH_MS = 50;
/** Pending lines are written at once past this many characters, whatever the window. */
const LOG_FLUSH_CHARS = 64 * 1024;

/**
 * Lines for stderr, written together at most LOG_FLUSH_MS after the first of them instead of
 * one synchronous write per line on a response's path (stderr to a file or pipe blocks on
 * Linux); whatever is pending when the process exits is written then.
 */
function bufferedStderr(): (line: string) => void {
  let pending: string[] = [];
  let chars = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    chars = 0;
    process.stderr.write(text);
  };
  process.once('exit', flush);
  return (line) => {
    pending.push(line);
    chars += line.length;
    if (chars >= LOG_FLUSH_CHARS) flush();
    // Unref'd: a pending line never keeps the process alive; 'exit' writes it.
    else timer ??= setTimeout(flush, LOG_FLUSH_MS).unref();
  };
}

let stderrWriter: ((line: string) => void) | undefined;

export const jsonLogger = (write?: (line: string) => void): Logger => {
  const out = write ?? (stderrWriter ??= bufferedStderr());
  const log = (level: string, msg: string, fields: LogFields = {}): void => {
    out(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
  };
  return { info: (m, f) => log('info', m, f), error: (m, f) => log('error', m, f) };
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };
