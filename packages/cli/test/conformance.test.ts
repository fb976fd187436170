/**
 * `edustandaard conformance run` (#15 item 2) through the built binary, against the suite of
 * `@edustandaard/conformance` (built from the official examples): our own validators and renderer as
 * the vendor's exporter and importer pass; a vendor command that misses findings or data fails with
 * exit 1 and names them; usage errors exit 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
let SUITE = '';
try {
  SUITE = join(
    dirname(createRequire(import.meta.url).resolve('@edustandaard/conformance/package.json')),
    'suite',
  );
} catch {
  /* not in this workspace */
}
const HAVE = existsSync(join(SUITE, 'index.json')) && existsSync(BIN);
if (!HAVE)
  console.warn('SKIP: the conformance suite is not built; conformance CLI tests are skipped.');
const node = JSON.stringify(process.execPath);

function bin(args: string[]): { code: number; out: string; err: string } {
  const p = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { code: p.status ?? -1, out: p.stdout, err: p.stderr };
}

describe.skipIf(!HAVE)('edustandaard conformance run (built binary)', { timeout: 300_000 }, () => {
  it('--exporter: our swv and ov validate, as the vendor command, pass their cases (exit 0)', () => {
    const swv = bin([
      'conformance',
      'run',
      '--only',
      'PaO\\.(MD01|LL10)',
      '--exporter',
      `${node} ${BIN} swv validate --format json --profile {profile} --version {version}`,
    ]);
    expect(swv.err).toBe('');
    expect(swv.out).toMatch(/^(\d+) van \1 geslaagd\n$/);
    expect(swv.code).toBe(0);
    const ov = bin([
      'conformance',
      'run',
      '--only',
      '^oso-overstap/2024\\.1/POPO/OVa\\.LL0',
      '--exporter',
      `${node} ${BIN} ov validate --format json --profile {profile} --version {version}`,
      '--format',
      'json',
    ]);
    const res = JSON.parse(ov.out) as { passed: number; total: number };
    expect(res.total).toBeGreaterThan(2);
    expect(res.passed).toBe(res.total);
  });

  it('--exporter: a command that finds nothing fails each violation, naming the missing finding (exit 1)', () => {
    const r = bin([
      'conformance',
      'run',
      '--only',
      'PaO\\.MD01',
      '--exporter',
      `echo '{"valid":true,"issues":[]}'`,
      '--stdin',
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'FAIL oso-swv/2019.1/PO-SWV/PaO.MD01-violation\n  ontbreekt    fout         PaO.MD01               /dossier/metadata/deeldossier\n  valid: true, verwacht false',
    );
    expect(r.out).toMatch(/2 van 4 geslaagd\n$/);
  });

  it('--importer: our render shows every received value (§2.7); a view without postcodes fails', () => {
    const render = `f=$(mktemp -u).html; ${node} ${BIN} ov render {input} -o $f && cat $f && rm $f`;
    const ok = bin([
      'conformance',
      'run',
      '--only',
      '2024\\.1/Voorbeelddossier_OV_POPO',
      '--importer',
      render,
    ]);
    expect(ok.out).toBe('1 van 1 geslaagd\n');
    expect(ok.code).toBe(0);
    const bad = bin([
      'conformance',
      'run',
      '--only',
      '2024\\.1/Voorbeelddossier_OV_POPO',
      '--importer',
      `sed 's/<postcode>[^<]*<\\/postcode>//' {input}`,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/niet getoond postcode = \w+/);
  });

  it('usage: neither --exporter nor --importer, or no case selected, exits 2', () => {
    expect(bin(['conformance', 'run']).code).toBe(2);
    const none = bin(['conformance', 'run', '--exporter', 'true', '--only', 'GEEN-REGEL']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/E_USAGE/);
  });
});
