/**
 * The single-package install test (issue #2): pack @edustandaard/identifiers, install ONLY that tarball
 * into fresh temporary projects outside the repository (no workspace links, no registry: the package has
 * zero runtime dependencies, so `npm install --offline` must succeed), then use it from
 *   1. a plain Node ESM project (`import`),
 *   2. the same project through `require()` (Node's require(esm); there is no separate CJS build),
 *   3. a TypeScript project type-checked with the repository's tsc (module/moduleResolution NodeNext).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PKG_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const NPM_CLI =
  process.env.npm_execpath && process.env.npm_execpath.endsWith('.js')
    ? process.env.npm_execpath
    : null;

/** A clean environment: no npm_config_* / npm_package_* from a parent `npm run` (workspace flags would leak in). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_(config|package|lifecycle)_/i.test(k)) env[k] = v;
  env.npm_config_update_notifier = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  return env;
}

function npm(args: string[], cwd: string): string {
  const [cmd, argv] = NPM_CLI ? [process.execPath, [NPM_CLI, ...args]] : ['npm', args];
  return execFileSync(cmd, argv, {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}

function node(args: string[], cwd: string): string {
  return execFileSync(process.execPath, args, {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

let tmp = '';
let tarball = '';

function project(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  npm(['init', '-y'], dir);
  const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ ...pj, type: 'module', private: true }, null, 2),
  );
  npm(['install', '--offline', '--no-audit', '--no-fund', tarball], dir);
  return dir;
}

beforeAll(() => {
  if (!existsSync(join(PKG_DIR, 'dist', 'index.js'))) {
    throw new Error(
      'dist/index.js ontbreekt: bouw eerst het pakket (npx turbo run build --filter=@edustandaard/identifiers)',
    );
  }
  tmp = mkdtempSync(join(tmpdir(), 'edustandaard-identifiers-install-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], PKG_DIR)) as {
    filename: string;
  }[];
  tarball = join(tmp, packed[0]?.filename ?? '');
  expect(existsSync(tarball)).toBe(true);
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('single-package install from the packed tarball', () => {
  it('plain Node ESM project: installs offline with no other package, imports and uses it', () => {
    const dir = project('esm');
    // Only the one package, as a real directory (not a workspace symlink).
    expect(readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      '@edustandaard',
    ]);
    expect(readdirSync(join(dir, 'node_modules', '@edustandaard'))).toEqual(['identifiers']);
    expect(
      lstatSync(join(dir, 'node_modules', '@edustandaard', 'identifiers')).isSymbolicLink(),
    ).toBe(false);
    const installed = JSON.parse(
      readFileSync(
        join(dir, 'node_modules', '@edustandaard', 'identifiers', 'package.json'),
        'utf8',
      ),
    ) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(installed.dependencies ?? {})).toEqual([]);

    writeFileSync(
      join(dir, 'use.mjs'),
      `import assert from 'node:assert/strict';
import { parseIdentifier, selectIdentifier, parseBsn, hashPgn, isEduDexKey, identifierTables } from '@edustandaard/identifiers';
const where = import.meta.resolve('@edustandaard/identifiers');
assert.ok(where.startsWith(${JSON.stringify('file://' + tmp)}), where);
assert.deepEqual(parseIdentifier('OA_ID', ' 104a158 '), { ok: true, value: '104A158' });
assert.equal(parseIdentifier('OB_ID', '104A158').ok, false);
assert.equal(parseBsn('123456782').ok, true);
assert.equal(selectIdentifier('onderwijsbestuur', { BGE_CODE: '41645' }).term, 'BGE_CODE');
assert.equal(hashPgn('063138219', { salt: 'rktYml0MIp9TC9u6Ny6uqw==', N: 16384, r: 8, p: 1 }), '95237cd20963e630034620324550809a3df98bbe0774a36c356bf5dbc8a65e7b');
assert.equal(isEduDexKey('ED0C5A1B-3C4D-4E5F-8A9B-0C1D2E3F4A5B'), true);
assert.equal(identifierTables.length, 5);
console.log('esm ok');
`,
    );
    expect(node(['use.mjs'], dir).trim()).toBe('esm ok');
  }, 120_000);

  it.skipIf(!(process.features as { require_module?: boolean }).require_module)(
    'require() from CommonJS works through Node require(esm) (skipped on Node without require(esm))',
    () => {
      const dir = join(tmp, 'esm');
      writeFileSync(
        join(dir, 'use.cjs'),
        `const assert = require('node:assert/strict');
const ids = require('@edustandaard/identifiers');
assert.deepEqual(ids.parseIdentifier('OL_CODE', '112X995'), { ok: true, value: '112X995' });
console.log('cjs ok');
`,
      );
      expect(node(['--no-warnings', 'use.cjs'], dir).trim()).toBe('cjs ok');
    },
    60_000,
  );

  it('TypeScript project (NodeNext): the shipped types check, branded types are enforced', () => {
    const dir = project('ts');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            lib: ['ES2022'],
            types: [],
            strict: true,
            noEmit: true,
            skipLibCheck: false,
          },
          include: ['usage.ts'],
        },
        null,
        2,
      ),
    );
    writeFileSync(
      join(dir, 'usage.ts'),
      `import {
  parseIdentifier, parseEckId, selectIdentifier, IDENTIFIER_TYPES, hashPgnAsync,
  type EckId, type OnderwijsaanbiederId, type IdentifierSelection, type ParseResult,
} from '@edustandaard/identifiers';

const r: ParseResult<OnderwijsaanbiederId> = parseIdentifier('OA_ID', '104A158');
if (r.ok) {
  const id: OnderwijsaanbiederId = r.value;
  const asString: string = id;
  void asString;
} else {
  const reason: string = r.reason;
  void reason;
}
const e = parseEckId(IDENTIFIER_TYPES.eckId.example);
// @ts-expect-error a plain string is not an EckId
const wrong: EckId = 'https://ketenid.nl/201703/abc';
void wrong;
// @ts-expect-error an OnderwijsaanbiederId is not an EckId
const mixed: EckId = (r.ok ? r.value : undefined)!;
void mixed;
// @ts-expect-error 'BRIN' is not a technical term of the agreement
parseIdentifier('BRIN', '09QQ');
const s: IdentifierSelection = selectIdentifier('onderwijslocatie', { VE_CODE: '09QQ00' });
const p: Promise<string> = hashPgnAsync('123456782', { salt: 'AAAA', N: 16 });
void e; void s; void p;
`,
    );
    // tsc exits non-zero (and execFileSync throws with its diagnostics) when anything fails to check.
    let output = '';
    try {
      output = node([TSC, '-p', '.'], dir);
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      throw new Error(`tsc faalde:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
    expect(output.trim()).toBe('');
  }, 120_000);
});
