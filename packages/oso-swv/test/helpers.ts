/** Shared test helpers: the reference folder, official examples, and applying fixture mutations. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { selectPaths } from '@edustandaard/core';
import type { Op } from './fixtures/conformance.js';
import { pathFor } from '../src/data/paths.js';

/** ../shared/reference relative to the repository root. */
export const REFERENCE = new URL('../../../../shared/reference/', import.meta.url);
export const EXAMPLES = new URL('oso/2019.1/examples/', REFERENCE);
export const HAVE_REFERENCE = existsSync(EXAMPLES);
if (!HAVE_REFERENCE)
  console.warn(
    `SKIP: ../shared/reference is absent (${EXAMPLES.pathname}); tests on the official examples are skipped.`,
  );

/** Reads an official example (`PaO/…` or `OV/…`, or a bare PaO file name). */
export function example(name: string): Buffer {
  const rel = name.includes('/') ? name : `PaO/${name}`;
  return readFileSync(new URL(rel, EXAMPLES));
}

/** All official examples as `PaO/x.xml`, `OV/y.xml`. */
export function allExamples(): string[] {
  if (!HAVE_REFERENCE) return [];
  return ['PaO', 'OV'].flatMap((d) =>
    readdirSync(new URL(`${d}/`, EXAMPLES))
      .filter((f) => f.endsWith('.xml'))
      .map((f) => `${d}/${f}`),
  );
}

type Obj = Record<string, unknown>;

function split(path: string): { parent: string; name: string; index?: number } {
  const i = path.lastIndexOf('/');
  const last = path.slice(i + 1);
  const m = /^(.+?)(?:\[(\d+)\])?$/.exec(last)!;
  return { parent: path.slice(0, i), name: m[1]!, ...(m[2] ? { index: Number(m[2]) } : {}) };
}

/**
 * Applies mutation ops to a decoded dossier (in place). Paths are 2024.1 paths, mapped to the version.
 * Throws when a path does not resolve, so a fixture can never silently test nothing.
 */
export function applyOps(dossier: Obj, ops: readonly Op[], version: '2019.1' | '2024.1'): void {
  const doc = { dossier };
  for (const op of ops) {
    const path = pathFor(op.path, version);
    const { parent, name, index } = split(path);
    const parents = selectPaths(doc, parent);
    if (parents.length !== 1)
      throw new Error(`fixture: parent of ${path} resolves to ${parents.length} nodes`);
    const obj = parents[0]!.value as Obj;
    if (op.op === 'remove') {
      if (!(name in obj)) throw new Error(`fixture: nothing to remove at ${path}`);
      if (index !== undefined) {
        const arr = obj[name] as unknown[];
        if (!Array.isArray(arr) || arr.length < index) throw new Error(`fixture: no ${path}`);
        arr.splice(index - 1, 1);
        if (arr.length === 0) delete obj[name];
      } else delete obj[name];
    } else if (op.op === 'set') {
      if (index !== undefined) (obj[name] as unknown[])[index - 1] = structuredClone(op.value);
      else obj[name] = structuredClone(op.value);
    } else {
      const src = selectPaths(doc, pathFor(op.from, version));
      if (src.length !== 1)
        throw new Error(`fixture: copy source ${op.from} resolves to ${src.length} nodes`);
      const arr = obj[name];
      if (!Array.isArray(arr)) throw new Error(`fixture: copy target ${path} is not a list`);
      arr.push(structuredClone(src[0]!.value));
    }
  }
}
