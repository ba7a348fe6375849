/** Structured logs: one JSON object per line on stderr, each request's lines share its id. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/**
 * Lines for stderr, written together once per turn of the event loop instead of one
 * synchronous write per line on a response's path (stderr to a file or pipe blocks on Linux);
 * whatever is pending when the process exits is written then.
 */
function bufferedStderr(): (line: string) => void {
  let pending: string[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    process.stderr.write(text);
  };
  process.once('exit', flush);
  return (line) => {
    pending.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
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
