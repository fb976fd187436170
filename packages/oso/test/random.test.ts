/**
 * Property test against the reference implementation (issue #3 "Done when"): seeded random valid
 * dossiers (all optional branches exercised) validate with `xmllint --schema` against the official
 * 2019.1 XSD and with our validator; random mutations are judged the same way by both. Every
 * disagreement is listed (target: none).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isEdustandaardError, parseXmlTree } from '@edustandaard/core';
import { compiledSchema, elementTable, read, validateStructure, write, type Dossier } from '../src/index.js';
import { HAS_REFERENCE, SKIP_REASON, XSD_2019 } from './reference.js';
import { mutate, randomDocument, rng, serialize } from './support/random.js';

const VALID = 1200;
const MUTANTS = 1200;
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) console.warn('SKIP: xmllint not installed (apt-get install -y libxml2-utils); random XSD agreement test skipped');

/** Runs xmllint over files in batches; returns the set of files that validate. */
function xmllintValid(files: string[]): Set<string> {
  const ok = new Set<string>();
  for (let i = 0; i < files.length; i += 400) {
    const batch = files.slice(i, i + 400);
    const r = spawnSync('xmllint', ['--noout', '--schema', XSD_2019, ...batch], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    for (const line of r.stderr.split('\n')) {
      const m = / validates$/.exec(line);
      if (m) ok.add(line.slice(0, -' validates'.length));
    }
  }
  return ok;
}

/** Our verdict: schema-valid when reading gives no structural `fout` (unreadable input is invalid). */
function verdict(input: string | Uint8Array): boolean {
  try {
    return !read(input, { version: '2019.1' }).issues.some((i) => i.severity === 'fout');
  } catch (e) {
    if (isEdustandaardError(e)) return false;
    throw e;
  }
}

/** The verdict from UTF-8 bytes (the reader's buffer path, as files are read) and from the string must agree. */
function oursValid(xml: string): boolean {
  const fromBytes = verdict(Buffer.from(xml, 'utf8'));
  if (fromBytes !== verdict(xml)) throw new Error(`string and byte input disagree on: ${xml.slice(0, 200)}`);
  return fromBytes;
}

describe.skipIf(!HAS_REFERENCE || !hasXmllint)(`random dossiers vs xmllint (${HAS_REFERENCE ? 'reference present' : SKIP_REASON})`, () => {
  it(`${VALID} random valid dossiers and ${MUTANTS} mutations: same verdicts as xmllint --schema`, { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'oso-random-'));
    try {
      const schema = compiledSchema('2019.1');
      const seen = new Set<string>();
      const r = rng(20190415);
      const valid: Array<{ file: string; xml: string }> = [];
      const ourProblems: string[] = [];
      for (let i = 0; i < VALID; i++) {
        const d = randomDocument(schema, 'dossier', r, { pOptional: 0.55, maxRepeat: 2, seen }) as Dossier;
        const structural = validateStructure(d, '2019.1');
        const xml = write(d, { version: '2019.1' });
        const file = join(dir, `v${i}.xml`);
        writeFileSync(file, xml);
        valid.push({ file, xml });
        if (structural.length > 0 || !oursValid(xml)) ourProblems.push(file);
      }
      // Every element of the 2019.1 gegevensset occurred at least once (all optional branches, all choices).
      const missing = elementTable('2019.1')
        .map((row) => row.path)
        .filter((p) => !seen.has(p));
      expect(missing).toEqual([]);
      expect(ourProblems).toEqual([]);
      const xv = xmllintValid(valid.map((v) => v.file));
      expect(valid.filter((v) => !xv.has(v.file)).map((v) => v.file)).toEqual([]);

      const mutants: Array<{ file: string; what: string; ours: boolean }> = [];
      for (let i = 0; i < MUTANTS; i++) {
        const src = valid[Math.floor(r() * valid.length)]!;
        const tree = parseXmlTree(src.xml);
        const what = mutate(tree, r);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(tree)}`;
        const file = join(dir, `m${i}.xml`);
        writeFileSync(file, xml);
        mutants.push({ file, what, ours: oursValid(xml) });
      }
      const xm = xmllintValid(mutants.map((m) => m.file));
      const disagreements = mutants
        .filter((m) => m.ours !== xm.has(m.file))
        .map((m) => `${m.what}: ours=${m.ours ? 'valid' : 'invalid'}, xmllint=${xm.has(m.file) ? 'valid' : 'invalid'} (${m.file})`);
      const rejected = mutants.filter((m) => !xm.has(m.file)).length;
      console.log(`mutations: ${MUTANTS}, rejected by xmllint: ${rejected}, disagreements: ${disagreements.length}`);
      expect(rejected).toBeGreaterThan(MUTANTS / 2);
      expect(disagreements).toEqual([]);
    } finally {
      if (!process.env.KEEP_RANDOM) rmSync(dir, { recursive: true, force: true });
    }
  });
});

void execFileSync;
