import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../config/paths.js';
import { schemaSdl } from '../graphql/schema.js';
import type { Command } from './commands.js';

export const SCHEMA_FILE = join(ROOT, 'schema.graphql');

export const schemaCommand: Command = {
  summary: 'write the GraphQL SDL to schema.graphql',
  run() {
    writeFileSync(SCHEMA_FILE, schemaSdl());
    process.stdout.write(`schema: wrote ${SCHEMA_FILE}\n`);
    return Promise.resolve(0);
  },
};
