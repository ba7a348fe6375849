/**
 * An error whose message is written for the person at the keyboard: what went wrong,
 * where, and what to do. The CLI prints it without a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}
