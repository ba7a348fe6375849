import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLogger } from '../../src/http/logger.js';

describe('the JSON logger on stderr', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes the lines of several requests together, in order, in one write', async () => {
    const writes: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    const log = jsonLogger();
    log.info('request', { requestId: 'a' });
    log.info('request', { requestId: 'b' });
    log.error('internal error', { requestId: 'c' });
    // Nothing on the response's path: the lines wait for the window to close.
    expect(writes).toEqual([]);
    await vi.waitFor(() => {
      expect(writes.length).toBeGreaterThan(0);
    });
    expect(writes).toHaveLength(1);
    const lines = (writes[0] ?? '')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.level, l.msg, l.requestId])).toEqual([
      ['info', 'request', 'a'],
      ['info', 'request', 'b'],
      ['error', 'internal error', 'c'],
    ]);
  });

  it('writes at once when a large amount is pending', () => {
    const writes: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    const log = jsonLogger();
    const big = 'x'.repeat(1024);
    for (let i = 0; i < 80; i += 1) log.info('request', { big });
    expect(writes.length).toBeGreaterThanOrEqual(1);
  });
});
