/** Builds a throw-away seed folder: the real documents.yaml plus the given files. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SEED_DIR } from '../../src/config/paths.js';

export function seedFixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'innograph-seed-'));
  copyFileSync(join(SEED_DIR, 'documents.yaml'), join(dir, 'documents.yaml'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A small valid seed: a lab hosted by its university, both cited to plan14 专栏1 item 1. */
export const VALID = `entities:
  - id: lab:new-energy-aircraft
    kind: laboratory
    name: 省部共建新能源飞机国家重点实验室
    level: national
    status: planned
    cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1 }]
  - id: uni:sau
    kind: university
    name: 沈阳航空航天大学
    cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1, span: 依托沈阳航空航天大学建设 }]
relations:
  - from: lab:new-energy-aircraft
    type: HOSTED_BY
    to: uni:sau
    cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1 }]
`;
