import { describe, expect, it } from 'vitest';
import { checkEnvironment, serverConfig } from '../../src/config/env.js';
import { localServerSettings } from '../../src/config/neo4j.js';
import { launcherCommand } from '../../src/neo4j/local/server.js';

describe('configuration', () => {
  it('takes defaults when nothing is set', () => {
    expect(checkEnvironment({})).toEqual([]);
    expect(serverConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4000,
      queryTimeoutMs: 10_000,
      pathsBudgetMs: 10_000,
      pathsMaxNodes: 20_000,
      allowedHosts: undefined,
      // The slowest request a drain lets finish: 5 s admission wait + 10 s statement + 5 s margin.
      shutdownGraceMs: 20_000,
      cursorSecret: undefined,
      dbPoolSize: 100,
      dbAcquireTimeoutMs: 5_000,
      admission: { cost: 10_000, cheapCost: 1_000, queue: 32, waitMs: 5_000, running: 32, runningQueue: 256 },
    });
  });

  it('keeps the drain longer than a request may run, and the running bound below the Bolt pool', () => {
    const c = serverConfig({ INNOGRAPH_QUERY_TIMEOUT_MS: '30000', INNOGRAPH_DB_POOL_SIZE: '10' });
    expect(c.shutdownGraceMs).toBeGreaterThan(c.queryTimeoutMs + c.admission.waitMs);
    expect(c.admission.running).toBe(5);
    expect(serverConfig({ INNOGRAPH_SHUTDOWN_GRACE_MS: '3000' }).shutdownGraceMs).toBe(3000);
  });

  it('reads every variable it validates', () => {
    expect(
      serverConfig({
        INNOGRAPH_HOST: '0.0.0.0',
        INNOGRAPH_PORT: '8080',
        INNOGRAPH_PATHS_BUDGET_MS: '2500',
        INNOGRAPH_PATHS_MAX_NODES: '500',
        INNOGRAPH_ALLOWED_HOSTS: 'Innograph.Example.org, 10.0.0.5',
        INNOGRAPH_CURSOR_SECRET: 'a-long-enough-secret',
        INNOGRAPH_ADMISSION_COST: '0',
        INNOGRAPH_ADMISSION_CHEAP_COST: '500',
        INNOGRAPH_ADMISSION_QUEUE: '8',
        INNOGRAPH_ADMISSION_WAIT_MS: '250',
        INNOGRAPH_ADMISSION_RUNNING: '4',
        INNOGRAPH_ADMISSION_RUNNING_QUEUE: '16',
      }),
    ).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      pathsBudgetMs: 2500,
      pathsMaxNodes: 500,
      allowedHosts: ['innograph.example.org', '10.0.0.5'],
      cursorSecret: 'a-long-enough-secret',
      admission: { cost: 0, cheapCost: 500, queue: 8, waitMs: 250, running: 4, runningQueue: 16 },
    });
  });

  it('says what each bad variable must be, one message each (D20)', () => {
    expect(
      checkEnvironment({
        INNOGRAPH_HOST: 'not a host',
        INNOGRAPH_PORT: '70000',
        INNOGRAPH_QUERY_TIMEOUT_MS: '1.5',
        INNOGRAPH_ALLOWED_HOSTS: 'ok.example, bad host',
        INNOGRAPH_CURSOR_SECRET: 'short',
        NEO4J_URI: 'localhost:7687',
        NEO4J_DATABASE: 'no spaces please',
        INNOGRAPH_NEO4J_PORT: '0x1F',
        INNOGRAPH_NEO4J_VERSION: 'latest',
        INNOGRAPH_NEO4J_HEAP_MB: '64',
      }),
    ).toEqual([
      'INNOGRAPH_HOST must be a host name or IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0 (got "not a host")',
      'INNOGRAPH_PORT must be an integer between 0 and 65535 (got "70000")',
      'INNOGRAPH_QUERY_TIMEOUT_MS must be an integer between 100 and 600000 (got "1.5")',
      'INNOGRAPH_ALLOWED_HOSTS must be a comma-separated list of host names without port, e.g. innograph.example.org,10.0.0.5 (got "ok.example, bad host")',
      'INNOGRAPH_CURSOR_SECRET must be at least 16 characters long',
      'NEO4J_URI must be a Neo4j URI such as bolt://host:7687 or neo4j://host:7687 (schemes: bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc); got "localhost:7687"',
      'NEO4J_DATABASE must be a Neo4j database name such as neo4j (got "no spaces please")',
      'INNOGRAPH_NEO4J_PORT must be an integer between 1 and 65535 (got "0x1F")',
      'INNOGRAPH_NEO4J_VERSION must be a Neo4j version such as 5.26.30 (got "latest")',
      'INNOGRAPH_NEO4J_HEAP_MB must be an integer between 256 and 65536 (got "64")',
    ]);
  });

  it('never echoes a secret it refuses', () => {
    expect(checkEnvironment({ INNOGRAPH_CURSOR_SECRET: 'hunter2' }).join('')).not.toContain('hunter2');
  });
});

describe('the local Neo4j launcher (D18)', () => {
  it('passes the password in its environment, not on the command line that ps shows', () => {
    const s = localServerSettings({ NEO4J_PASSWORD: 'pw-on-the-cmdline?' });
    const { args, env } = launcherCommand(s, '/cp/neo4j.jar');
    expect(args.join(' ')).not.toContain('pw-on-the-cmdline?');
    expect(env.INNOGRAPH_LAUNCHER_PASSWORD).toBe('pw-on-the-cmdline?');
  });
});
