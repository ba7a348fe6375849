/** Structured logs: one JSON object per line on stderr, each request's lines share its id. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export const jsonLogger = (write: (line: string) => void = (l) => process.stderr.write(l)): Logger => {
  const log = (level: string, msg: string, fields: LogFields = {}): void => {
    write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
  };
  return { info: (m, f) => log('info', m, f), error: (m, f) => log('error', m, f) };
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };
