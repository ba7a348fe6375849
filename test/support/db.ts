/** Opens the run's Neo4j (see neo4j-global-setup.ts) from inside a test file. */
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/neo4j/driver.js';

export const testDatabase = (): Database => openDatabase(inject('neo4j'));
