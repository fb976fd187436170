/**
 * Builds the conformance suite as files (#15 item 2) from the conformance fixture data of
 * `@edustandaard/oso-swv` and `@edustandaard/oso-overstap` (their `test/fixtures/conformance.ts`):
 * per fixture an XML dossier (an official example, migrated for 2024.1, prepared and mutated) and an
 * expected-findings JSON (`schema/expected-findings.json`), plus `suite/index.json`; and the
 * receiving-side set of §2.7 ("toont alle ontvangen gegevens"): the official full examples of both
 * versions and dossiers that together hold every element and attachment kind, with that coverage.
 *
 * The expected findings are what our validator reports on the *written XML* — the file a vendor gets —
 * and the build fails when that differs from the fixture's own `issues` (codes and paths), so the suite
 * never ships a case our own tests do not assert.
 *
 * Usage (bundled by `npm run build`, see package.json): `node dist/build-suite.mjs <suite-dir> <reference-dir>`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { elementTable, migrate, read, renamePath, write } from '@edustandaard/oso';
import { validate as validateSwv } from '@edustandaard/oso-swv';
import { validate as validateOv } from '@edustandaard/oso-overstap';
import * as SWV from '../../oso-swv/test/fixtures/conformance.js';
import { applyOps as applySwvOps } from '../../oso-swv/test/helpers.js';
import * as OV from '../../oso-overstap/test/fixtures/conformance.js';

type Obj = Record<string, unknown>;
type Version = '2019.1' | '2024.1';
type Op = SWV.Op;

/**
 * Applies fixture ops with the one helper of the fixtures (oso-swv's `applyOps`, which throws when a
 * path does not resolve), after `map` turned the fixture's paths into the target version's names.
 */
function applyOps(dossier: Obj, ops: readonly Op[], map: (p: string) => string): void {
  const mapped = ops.map((o) => ({
    ...o,
    path: map(o.path),
    ...('from' in o ? { from: map(o.from) } : {}),
  }));
  // Paths are already in the target version: oso-swv's 2024.1 → version mapping is then the identity.
  applySwvOps(dossier, mapped as readonly Op[], '2024.1');
}

const [outArg, refArg] = process.argv.slice(2);
const OUT = resolve(outArg ?? 'suite');
const EXAMPLES = resolve(refArg ?? '../../../shared/reference', 'oso/2019.1/examples');
if (!existsSync(EXAMPLES)) {
  // Without the official examples there is nothing to derive the dossiers from: say so, write nothing
  // (`prepack` refuses to pack an empty suite).
  console.warn(`conformance: official examples absent (${EXAMPLES}); no suite written.`);
  process.exit(0);
}

const cache = new Map<string, Obj>();
function base(file: string, version: Version): Obj {
  const key = `${file}@${version}`;
  if (!cache.has(key)) {
    const d = read(readFileSync(join(EXAMPLES, file)), { file }).dossier as unknown as Obj;
    cache.set(key, version === '2019.1' ? d : (migrate(d as never, '2024.1').dossier as never));
  }
  return structuredClone(cache.get(key)!);
}

/** A small valid base64 (`%PDF-1.4`) for every attachment of an exporter case. */
const SMALL_ATTACHMENT = 'JVBERi0xLjQK';
/**
 * The exporter cases test rules, not attachments: their `bestandsinhoud` is replaced by a small
 * base64 value so the suite stays small (the importer set keeps the official attachments). The build
 * still checks every case's findings against its fixture, so the replacement changes no outcome.
 */
function shrinkAttachments(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(shrinkAttachments);
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node as Obj)) {
    if (k === 'bestandsinhoud' && typeof v === 'string') (node as Obj)[k] = SMALL_ATTACHMENT;
    else shrinkAttachments(v);
  }
}

interface Expected {
  valid: boolean;
  issues: { code: string; path: string; severity: string }[];
}
interface IndexCase {
  id: string;
  afsprakenset: 'OSO-SWV' | 'OSO-OVERSTAP';
  profile: string;
  version: Version;
  rule: string;
  kind: 'violation' | 'twin';
  description: string;
  input: string;
  expected: string;
}

const safe = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '_');
const cases: IndexCase[] = [];
const seen = new Map<string, number>();
const problems: string[] = [];

function emit(
  c: Omit<IndexCase, 'id' | 'input' | 'expected'>,
  dossier: Obj,
  fixtureIssues: readonly { code: string; path: string }[],
  fixtureValid: boolean,
): void {
  const dir = `cases/${c.afsprakenset.toLowerCase()}/${c.version}/${c.profile}`;
  const stem = `${safe(c.rule)}-${c.kind}`;
  const n = (seen.get(`${dir}/${stem}`) ?? 0) + 1;
  seen.set(`${dir}/${stem}`, n);
  const id = `${dir}/${stem}${n > 1 ? `-${n}` : ''}`.slice('cases/'.length);
  const xml = write(dossier as never, { version: c.version });
  const opts = { profile: c.profile, version: c.version, file: `${id}.xml` };
  const report =
    c.afsprakenset === 'OSO-SWV' ? validateSwv(xml, opts as never) : validateOv(xml, opts as never);
  const expected: Expected = {
    valid: report.valid,
    issues: report.issues.map((i) => ({ code: i.code, path: i.path, severity: i.severity })),
  };
  const got = JSON.stringify(expected.issues.map((i) => ({ code: i.code, path: i.path })));
  const want = JSON.stringify(fixtureIssues.map((i) => ({ code: i.code, path: i.path })));
  if (got !== want || report.valid !== fixtureValid)
    problems.push(
      `${id}: the XML gives ${got} (valid ${report.valid}); the fixture says ${want} (valid ${fixtureValid})`,
    );
  mkdirSync(join(OUT, dir), { recursive: true });
  writeFileSync(join(OUT, `${dir}/${id.split('/').pop()}.xml`), xml);
  writeFileSync(
    join(OUT, `${dir}/${id.split('/').pop()}.expected.json`),
    `${JSON.stringify(expected, null, 2)}\n`,
  );
  cases.push({
    id,
    ...c,
    input: `${dir}/${id.split('/').pop()}.xml`,
    expected: `${dir}/${id.split('/').pop()}.expected.json`,
  });
}

rmSync(OUT, { recursive: true, force: true });

// SWV: fixture paths are 2024.1 names, mapped to the version.
for (const f of SWV.FIXTURES)
  for (const version of f.versions) {
    const map = (p: string): string => renamePath(p, '2024.1', version);
    const d = base(`PaO/${f.base}`, version);
    shrinkAttachments(d);
    applyOps(d, SWV.BASE_PREP[f.profile] as readonly Op[], map);
    applyOps(d, f.mutation as readonly Op[], map);
    const valid = typeof f.valid === 'boolean' ? f.valid : f.valid[version];
    emit(
      {
        afsprakenset: 'OSO-SWV',
        profile: f.profile,
        version,
        rule: f.rule,
        kind: f.kind,
        description: f.description,
      },
      d,
      f.issues.map((i) => ({ code: i.code, path: map(i.path) })),
      valid,
    );
  }

// Overstap: fixture paths are 2019.1 names, mapped to the version.
for (const f of OV.FIXTURES)
  for (const version of f.versions) {
    const map = (p: string): string => renamePath(p, '2019.1', version);
    const d = base(`OV/Voorbeelddossier_OV_${f.profile}_full.xml`, version);
    shrinkAttachments(d);
    applyOps(d, (OV.BASE_PREP[version][f.profile] ?? []) as readonly Op[], map);
    applyOps(d, f.mutation as readonly Op[], map);
    emit(
      {
        afsprakenset: 'OSO-OVERSTAP',
        profile: f.profile,
        version,
        rule: f.rule,
        kind: f.kind,
        description: f.variant ? `${f.description} (${f.variant})` : f.description,
      },
      d,
      f.issues.map((i) => ({ code: i.code, path: map(i.path) })),
      f.valid,
    );
  }

if (problems.length > 0) {
  console.error(
    `conformance: ${problems.length} case(s) differ between the written XML and the fixture:\n${problems.join('\n')}`,
  );
  process.exit(1);
}

// The receiving side (§2.7): the official full examples of both versions; coverage says which
// elements of the gegevensset and which attachment kinds (`…/document`) they exercise.
const importer: { id: string; version: Version; input: string; source: string }[] = [];
const covered: Record<Version, Set<string>> = { '2019.1': new Set(), '2024.1': new Set() };
function walk(node: unknown, path: string, into: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, path, into));
  into.add(path);
  if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node as Obj))
      if (!k.startsWith('$') && !k.startsWith('@')) walk(v, `${path}/${k}`, into);
}
const FULL = [
  'PaO/Voorbeelddossier_PaO_POSWV_full.xml',
  'PaO/Voorbeelddossier_PaO_VOSWV_full.xml',
  ...['POPO', 'POVO', 'VOVO', 'BB'].map((p) => `OV/Voorbeelddossier_OV_${p}_full.xml`),
];
for (const version of ['2019.1', '2024.1'] as const)
  for (const file of FULL) {
    const d = base(file, version);
    walk(d, '/dossier', covered[version]);
    const id = `importer/${version}/${file.split('/').pop()}`;
    mkdirSync(join(OUT, `importer/${version}`), { recursive: true });
    writeFileSync(join(OUT, id), write(d as never, { version }));
    importer.push({
      id,
      version,
      input: id,
      source: `officieel voorbeeld ${file} (OSO 2019.1)${version === '2024.1' ? ', gemigreerd naar 2024.1' : ''}`,
    });
  }
// Dossiers that exercise every element (§2.7): the VO-SWV full example with every element of the
// table added where absent, one variant per member of the largest xs:choice (variant k keeps the k-th
// member of each choice). Values are distinct (`waarde-<n>`, dates, numbers) so a view that shows one
// value twice cannot pass for another; the XSD findings of the result are recorded, not hidden.
const synth: { id: string; findings: number }[] = [];
for (const version of ['2019.1', '2024.1'] as const) {
  const rows = elementTable(version);
  const groups = new Map<string, string[]>();
  for (const r of rows)
    if (r.choice) groups.set(r.choice, [...(groups.get(r.choice) ?? []), r.path]);
  const variants = Math.max(...[...groups.values()].map((g) => g.length));
  for (let k = 0; k < variants; k++) {
    const d = base('PaO/Voorbeelddossier_PaO_VOSWV_full.xml', version);
    let n = 0;
    /** A value for a pattern of digit and capital classes (`[0-9][0-9][A-Z][A-Z]`, `\\p{Nd}{4}-…`). */
    const fromPattern = (p: string): string | undefined => {
      if (!/^(?:\[0-9\]|\[A-Z\]|\\p\{Nd\}|\{\d+\}|-)+$/.test(p)) return undefined;
      return p.replace(
        /(\[0-9\]|\[A-Z\]|\\p\{Nd\})(?:\{(\d+)\})?/g,
        (_, c: string, times?: string) =>
          Array.from({ length: Number(times ?? 1) }, (_x, i) =>
            c === '[A-Z]' ? String.fromCharCode(65 + ((n + i) % 26)) : String((n + i) % 10),
          ).join(''),
      );
    };
    const value = (r: (typeof rows)[number]): unknown => {
      n++;
      const e = r.restrictions?.enumeration;
      const v =
        e && e.length > 0
          ? e[n % e.length]!
          : r.type === 'date'
            ? `20${10 + (n % 10)}-0${1 + (n % 9)}-1${n % 10}`
            : r.type === 'boolean'
              ? true
              : r.type === 'int' || r.type === 'integer'
                ? n
                : r.type === 'decimal'
                  ? `${n}.5`
                  : (fromPattern(r.restrictions?.pattern?.[0] ?? '') ?? `waarde-${n}`);
      return r.attributes?.length
        ? { $value: v, ...Object.fromEntries(r.attributes.map((a) => [a.name, `${a.name}-${n}`])) }
        : v;
    };
    const first = (path: string): Obj | undefined => {
      let node: unknown = { dossier: d };
      for (const step of path.split('/').slice(1)) {
        node = (node as Obj | undefined)?.[step];
        if (Array.isArray(node)) node = node[0];
        if (node === undefined || node === null || typeof node !== 'object') return undefined;
      }
      return node as Obj;
    };
    for (const r of rows) {
      if (r.parent === null) continue;
      const parent = first(r.parent);
      if (!parent) continue;
      const members = r.choice ? groups.get(r.choice)! : undefined;
      if (members && members[k % members.length] !== r.path) {
        delete parent[r.name];
        continue;
      }
      if (r.name in parent) continue;
      const v = r.type === 'complex' ? {} : value(r);
      parent[r.name] = r.max === 'unbounded' || r.max > 1 ? [v] : v;
    }
    walk(d, '/dossier', covered[version]);
    const id = `importer/${version}/alle-elementen-${k + 1}.xml`;
    const xml = write(d as never, { version });
    writeFileSync(join(OUT, id), xml);
    const findings = validateSwv(xml, { version }).issues.filter((i) =>
      i.code.startsWith('OSO.XSD'),
    ).length;
    synth.push({ id, findings });
    importer.push({
      id,
      version,
      input: id,
      source: `alle elementen van de gegevensset ${version} (variant ${k + 1} van ${variants} voor de xs:choice-keuzes), opgebouwd op officieel voorbeeld Voorbeelddossier_PaO_VOSWV_full.xml; ${findings} XSD-bevinding(en)`,
    });
  }
}

const coverage = Object.fromEntries(
  (['2019.1', '2024.1'] as const).map((v) => {
    const rows = elementTable(v);
    const missing = rows.map((r) => r.path).filter((p) => !covered[v].has(p));
    const kinds = rows.filter((r) => r.name === 'document').map((r) => r.path);
    return [
      v,
      {
        elements: rows.length - missing.length,
        of: rows.length,
        missing,
        attachmentKinds: kinds.filter((p) => covered[v].has(p)).length,
        attachmentKindsOf: kinds.length,
        attachmentKindsMissing: kinds.filter((p) => !covered[v].has(p)),
      },
    ];
  }),
);

writeFileSync(
  join(OUT, 'index.json'),
  `${JSON.stringify({ $schema: '../schema/index.json', cases, importer, importerCoverage: coverage }, null, 2)}\n`,
);
console.log(
  `conformance: ${cases.length} exporter cases, ${importer.length} importer dossiers → ${OUT}`,
);
for (const x of synth) console.log(`  ${x.id}: ${x.findings} XSD finding(s)`);
for (const v of ['2019.1', '2024.1'] as const)
  console.log(
    `  ${v}: importer set covers ${coverage[v]!.elements}/${coverage[v]!.of} elements, ${coverage[v]!.attachmentKinds}/${coverage[v]!.attachmentKindsOf} attachment kinds`,
  );
