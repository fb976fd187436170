/**
 * rio's JSON Schemas with a second validator in another language (#15): Python `jsonschema` (Debian
 * python3-jsonschema) gives ajv's verdict for every bundled example input (each action and each
 * aangeboden-opleiding kind), the README's own override file against `sync-config.json`, and broken
 * inputs. quicktype → Java → javac over these schemas runs in packages/codegen's other-toolchain test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { SCHEMAS } from '../scripts/build-schema.mjs';
import { RIO_ACTIONS, RIO_EXAMPLES, RIO_KIND_EXAMPLES } from '../src/index.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
const PYTHON = ['python3', '/usr/bin/python3'].find(
  (py) => spawnSync(py, ['-c', 'import jsonschema'], { encoding: 'utf8' }).status === 0,
);
if (!PYTHON)
  console.warn('SKIP: python3 with jsonschema (apt-get install python3-jsonschema) absent.');

interface Case {
  label: string;
  schema: string;
  instance: unknown;
  valid: boolean;
}

/** The override file the README shows (the JSON block after "The override file"). */
function readmeOverride(): unknown {
  const md = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const m = /The override file[^\n]*\n+```json\n([\s\S]*?)\n```/.exec(md);
  if (!m) throw new Error('README: no override file example');
  return JSON.parse(m[1]!);
}

function cases(): Case[] {
  const byType = new Map(Object.entries(SCHEMAS as Record<string, string>).map(([f, t]) => [t, f]));
  const out: Case[] = [];
  for (const a of RIO_ACTIONS) {
    const schema = byType.get(a.input);
    if (schema)
      out.push({ label: a.action, schema, instance: RIO_EXAMPLES[a.action], valid: true });
  }
  for (const [kind, k] of Object.entries(RIO_KIND_EXAMPLES)) {
    const schema = byType.get(RIO_ACTIONS.find((a) => a.action === k.action)!.input);
    if (schema) out.push({ label: `kind ${kind}`, schema, instance: k.input, valid: true });
  }
  out.push({
    label: 'README override file',
    schema: 'sync-config.json',
    instance: readmeOverride(),
    valid: true,
  });
  out.push(
    {
      label: 'opleidingseenheid without its required members',
      schema: 'opleidingseenheid.json',
      instance: { type: 'hoOpleiding', begindatum: '2024-01-01', periodes: [] },
      valid: false,
    },
    {
      label: 'override file with an unknown member',
      schema: 'sync-config.json',
      instance: { onbekend: true },
      valid: false,
    },
    {
      label: 'override file with a number as separator',
      schema: 'sync-config.json',
      instance: { separator: 5 },
      valid: false,
    },
  );
  return out;
}

describe.skipIf(!PYTHON)('rio JSON Schemas with Python jsonschema', () => {
  it('gives ajv’s verdict for every example input, the README override file and broken inputs', () => {
    const all = cases();
    expect(all.filter((c) => c.valid).length).toBeGreaterThanOrEqual(15);
    const schemas = Object.fromEntries(
      [...new Set(all.map((c) => c.schema))].map((s) => [s, dir + s]),
    );
    const p = spawnSync(
      PYTHON!,
      [createRequire(import.meta.url).resolve('@edustandaard/codegen/python/jsonschema_check.py')],
      {
        input: JSON.stringify({
          schemas,
          cases: all.map((c) => ({ schema: c.schema, instance: c.instance })),
        }),
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      },
    );
    expect(p.stderr).toBe('');
    const py = JSON.parse(p.stdout) as { valid: boolean; paths: string[] }[];
    const ajv = new Ajv({ allErrors: true, strict: false });
    all.forEach((c, i) => {
      const validate =
        ajv.getSchema(c.schema) ??
        (ajv.addSchema(JSON.parse(readFileSync(dir + c.schema, 'utf8')) as object, c.schema),
        ajv.getSchema(c.schema)!);
      const ajvValid = validate(c.instance) as boolean;
      expect(py[i]!.valid, `${c.label}: Python ${JSON.stringify(py[i]!.paths)}`).toBe(c.valid);
      expect(ajvValid, `${c.label}: ajv ${JSON.stringify(validate.errors)}`).toBe(c.valid);
    });
  });
});
