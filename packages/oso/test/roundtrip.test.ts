import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalize, parseXmlTree } from '@edustandaard/core';
import { migrate, read, write, type Dossier2019 } from '../src/index.js';
import { HAS_REFERENCE, SKIP_REASON, XSD_2019, officialExamples } from './reference.js';

const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!HAS_REFERENCE)(
  `official examples (${HAS_REFERENCE ? 'reference present' : SKIP_REASON})`,
  () => {
    const examples = officialExamples();
    it('finds all 12 official examples (8 OV, 4 PaO)', () => {
      expect(examples.map((e) => e.group).sort()).toEqual([
        ...Array(8).fill('OV'),
        ...Array(4).fill('PaO'),
      ]);
    });

    for (const ex of examples) {
      it(`${ex.group}/${ex.name}: reads as 2019.1 without structural findings; XML → JSON → XML is equivalent`, () => {
        const r = read(ex.bytes, { file: ex.name });
        expect(r.version).toBe('2019.1');
        expect(r.issues).toEqual([]);
        const viaJson = JSON.parse(JSON.stringify(r.dossier));
        const xml = write(viaJson, { version: '2019.1' });
        expect(canonicalize(parseXmlTree(xml))).toEqual(canonicalize(parseXmlTree(ex.bytes)));
        // and reading the output again gives the same object
        expect(read(xml).dossier).toEqual(r.dossier);
      });
    }

    it.skipIf(!hasXmllint)(
      'every XML → JSON → XML output validates with xmllint --schema against the official XSD',
      () => {
        const dir = mkdtempSync(join(tmpdir(), 'oso-rt-'));
        try {
          const files = examples.map((ex) => {
            const r = read(ex.bytes, { file: ex.name });
            const f = join(dir, ex.name);
            writeFileSync(f, write(JSON.parse(JSON.stringify(r.dossier)), { version: '2019.1' }));
            return f;
          });
          const out = execFileSync('xmllint', ['--noout', '--schema', XSD_2019, ...files], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          expect(out).toBe('');
          // and their 2024.1 migrations validate against the derived xsd/oso-2024.1.xsd
          const migrated = examples.map((ex) => {
            const f = join(dir, `2024-${ex.name}`);
            writeFileSync(
              f,
              write(migrate(read(ex.bytes).dossier as Dossier2019, '2024.1').dossier, {
                version: '2024.1',
              }),
            );
            return f;
          });
          const xsd2024 = new URL('../xsd/oso-2024.1.xsd', import.meta.url).pathname;
          expect(
            execFileSync('xmllint', ['--noout', '--schema', xsd2024, ...migrated], {
              encoding: 'utf8',
              stdio: ['ignore', 'pipe', 'pipe'],
            }),
          ).toBe('');
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    );
  },
);
