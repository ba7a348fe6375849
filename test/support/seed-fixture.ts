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

/**
 * Plan lineage: 沈阳材料科学国家研究中心 (plan14, 2021) continues 沈阳材料国家实验室 (impl2015, 2015),
 * cited at a line of each document.
 */
export const LINEAGE_VALID = `entities:
  - { id: lab:smnl, kind: laboratory, name: 沈阳材料国家实验室, cite: [{ doc: impl2015, line: 65, section: 三/(一)/1 }] }
  - { id: rc:synl, kind: research_centre, name: 沈阳材料科学国家研究中心, cite: [{ doc: plan14, line: 91, section: 第三章/一 }] }
relations:
  - from: rc:synl
    type: CONTINUES
    to: lab:smnl
    role: renamed
    basis: inferred
    reason: 国家研究中心即原拟建的国家实验室
    reasonEn: the national research centre is what the planned national laboratory became
    cite: [{ doc: plan14, line: 91, section: 第三章/一 }, { doc: impl2015, line: 65, section: 三/(一)/1 }]
`;

/** The Dalian plan (2021) continues the provincial plan of the same year, which it names as its basis (line 69). */
export const LINEAGE_SAME_DATE = `entities:
  - { id: lab:dl-hpm, kind: laboratory, name: 高性能精密制造, cite: [{ doc: dalian14, line: 161, section: 第二章/第三节 }] }
  - { id: lab:hepm, kind: laboratory, name: 高端精密制造国家重点实验室, cite: [{ doc: plan14, line: 143, section: 第四章/二/专栏1/5 }] }
relations:
  - from: lab:dl-hpm
    type: CONTINUES
    to: lab:hepm
    role: renamed
    basis: inferred
    reason: 大连规划以领域名称指称大连理工大学的精密制造实验室
    reasonEn: the Dalian plan names the DLUT precision-manufacturing lab by its field
    cite:
      - { doc: dalian14, line: 161, section: 第二章/第三节 }
      - { doc: plan14, line: 143, section: 第四章/二/专栏1/5 }
      - { doc: dalian14, line: 69, section: 前言 }
`;

/** High-tech zones that the documents name only in an enumeration with one head noun. */
export const ENUMERATED_ZONES = `entities:
  - { id: zone:dandong-hitech, kind: zone, name: 丹东高新区, cite: [{ doc: plan14, line: 103, section: 第三章/三 }, { doc: impl2015, line: 80, section: 三/(四)/2 }] }
  - { id: zone:chaoyang-hitech, kind: zone, name: 朝阳高新区, cite: [{ doc: plan14, line: 103, section: 第三章/三 }, { doc: plan14, line: 111, section: 第三章/三 }] }
  - { id: zone:fuxin-hitech, kind: zone, name: 阜新高新区, cite: [{ doc: plan14, line: 111, section: 第三章/三 }, { doc: impl2015, line: 52, section: 二/(六)/2 }] }
`;
