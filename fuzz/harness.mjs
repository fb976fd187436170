/**
 * A seeded fuzz harness (issue #17 "Done when"): mutations of every official OSO example, fed to every
 * entry point — oso read / validate / convert (XML → JSON → XML, JSON → XML) / migrate, oso-swv validate /
 * select (+ write of the export), core readJson — asserting that every thrown error is an
 * `EdustandaardError` with a code (no untyped error: no crash) and that no call takes over 2 s (no hang).
 * The privacy scan of `select` output is oso-swv's own select fuzz; this harness only runs select.
 *
 * Run: `npm run fuzz` (20,000 iterations) or `node fuzz/run.mjs [iterations] [seed]`; a few thousand
 * iterations run inside `npm test` (packages/oso-swv/test/fuzz.test.ts). Needs the built packages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isEdustandaardError, readJson } from '@edustandaard/core';
import * as oso from '@edustandaard/oso';
import * as swv from '@edustandaard/oso-swv';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The official examples: `{ name, bytes }` (empty when the reference folder is absent). */
export function officialExamples(referenceDir) {
  const out = [];
  for (const group of ['OV', 'PaO']) {
    const dir = join(referenceDir, 'oso', '2019.1', 'examples', group);
    let names;
    try {
      names = readdirSync(dir).sort();
    } catch {
      return [];
    }
    for (const name of names)
      out.push({ name: `${group}/${name}`, bytes: readFileSync(join(dir, name)) });
  }
  return out;
}

/** Fragments an attacker or a careless tool would insert (markup, references, encodings, BSN-like data). */
const SNIPPETS = [
  '<',
  '>',
  '&',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&foo;',
  ']]>',
  '<![CDATA[x]]>',
  '<!-- c -->',
  '<!--',
  '<?pi x?>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE d [<!ENTITY e "x">]>',
  '<!ENTITY e SYSTEM "file:///etc/passwd">',
  'xmlns=""',
  'xmlns:a="urn:x"',
  '<a:b xmlns:a="urn:x"/>',
  '<bsn>229854382</bsn>',
  ' bsn="229854382"',
  '229854382',
  '\u0000',
  '\uFFFE',
  '\uD800',
  '\r\n',
  '\t',
  ' ',
  '01',
  ' 1 ',
  'true',
  '-0',
  '99999999999999999999',
  '1e5',
  '2020-02-30',
  '</dossier>',
  '<dossier>',
  '"',
  "'",
  '=',
  'é',
  '𝄞',
];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** One random textual mutation of an XML document (bytes in, bytes out). */
export function mutateXml(bytes, r) {
  const text = bytes.toString('latin1'); // byte-exact: mutations may break UTF-8 on purpose
  const n = text.length;
  const at = Math.floor(r() * n);
  const len = 1 + Math.floor(r() * Math.min(200, n - at));
  const enc = (s) => Buffer.from(s, 'utf8').toString('latin1');
  let out;
  switch (Math.floor(r() * 10)) {
    case 0: // delete a range
      out = text.slice(0, at) + text.slice(at + len);
      break;
    case 1: // duplicate a range
      out = text.slice(0, at + len) + text.slice(at, at + len) + text.slice(at + len);
      break;
    case 2: // insert a snippet
      out = text.slice(0, at) + enc(pick(r, SNIPPETS)) + text.slice(at);
      break;
    case 3: // truncate
      out = text.slice(0, at);
      break;
    case 4: {
      // flip a byte
      const c = String.fromCharCode(Math.floor(r() * 256));
      out = text.slice(0, at) + c + text.slice(at + 1);
      break;
    }
    case 5: {
      // move an element elsewhere
      const m = [...text.matchAll(/<([a-z_0-9-]+)>[^<]*<\/\1>/g)];
      if (m.length < 2) return Buffer.from(text, 'latin1');
      const a = pick(r, m);
      const b = pick(r, m);
      const without = text.slice(0, a.index) + text.slice(a.index + a[0].length);
      const to = Math.min(b.index, without.length);
      out = without.slice(0, to) + a[0] + without.slice(to);
      break;
    }
    case 6: {
      // replace a value with a snippet
      const m = [...text.matchAll(/>([^<]+)</g)];
      if (m.length === 0) return Buffer.from(text, 'latin1');
      const v = pick(r, m);
      out =
        text.slice(0, v.index + 1) + enc(pick(r, SNIPPETS)) + text.slice(v.index + 1 + v[1].length);
      break;
    }
    case 7: {
      // rename an element
      const m = [...text.matchAll(/<([a-z_0-9-]+)[ >]/g)];
      if (m.length === 0) return Buffer.from(text, 'latin1');
      const e = pick(r, m)[1];
      out = text.replaceAll(`<${e}>`, `<${e}x>`).replaceAll(`</${e}>`, `</${e}x>`);
      break;
    }
    case 8: // change the namespace version
      out = text.replace('/2019/', pick(r, ['/2024/', '/2099/', '/']));
      break;
    default: // many siblings (bounded work)
      out = text.slice(0, at) + '<x/>'.repeat(1 + Math.floor(r() * 2000)) + text.slice(at);
  }
  return Buffer.from(out, 'latin1');
}

/** One random mutation of a JSON text (the shape `oso convert --to json` writes). */
export function mutateJson(text, r) {
  const n = text.length;
  const at = Math.floor(r() * n);
  switch (Math.floor(r() * 6)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 50));
    case 1:
      return (
        text.slice(0, at) +
        pick(r, [
          '{',
          '}',
          '[',
          ']',
          ',',
          ':',
          '"',
          '\\',
          '"__proto__":1,',
          '"229854382":1,',
          '1e400',
          '-',
          'null',
          'true',
          '99999999999999999999',
        ]) +
        text.slice(at)
      );
    case 2: {
      // duplicate a key
      const m = [...text.matchAll(/"([a-z_0-9-]+)": ("[^"]*"|\d+|true|false)/g)];
      if (m.length === 0) return text;
      const k = pick(r, m);
      return text.slice(0, k.index) + `${k[0]}, ` + text.slice(k.index);
    }
    case 3:
      return text.slice(0, at);
    case 4: {
      // change a value's type
      const m = [...text.matchAll(/: ("[^"]*"|\d+|true|false)/g)];
      if (m.length === 0) return text;
      const v = pick(r, m);
      return (
        text.slice(0, v.index + 2) +
        pick(r, [
          '{}',
          '[]',
          'null',
          '"x"',
          '1.5',
          'true',
          '{"$value":1}',
          '[{"after":null,"xml":{"ns":"","name":"bsn","attributes":{},"children":["229854382"]}}]',
        ]) +
        text.slice(v.index + 2 + v[1].length)
      );
    }
    default: {
      // add an unknown member
      const m = [...text.matchAll(/\{/g)];
      const o = pick(r, m);
      return (
        text.slice(0, o.index + 1) +
        pick(r, [
          '"onbekend": 1,',
          '"$unknown": 5,',
          '"$lexical": {"x": 1},',
          '"$misc": [{"comment": "--"}],',
          '"$misc": 3,',
          '"$attributes": {"a": 1},',
        ]) +
        text.slice(o.index + 1)
      );
    }
  }
}

/** The entry points: each takes one input and may throw only typed errors. */
export const ENTRY_POINTS = {
  'oso read': (x) => oso.read(x),
  'oso validate': (x) => oso.validate(x),
  'oso convert xml→json→xml': (x) => {
    const r = oso.read(x);
    return oso.write(JSON.parse(JSON.stringify(r.dossier)), { version: r.version });
  },
  'oso migrate': (x) => {
    const r = oso.read(x, { version: '2019.1' });
    const m = oso.migrate(r.dossier, '2024.1');
    return oso.write(m.dossier, { version: '2024.1' });
  },
  'oso-swv validate': (x) => swv.validate(x),
  'oso-swv select': (x, r) => {
    const s = swv.select(x, pick(r, ['PO-SWV', 'VO-SWV']));
    return oso.write(s.dossier, { version: s.version });
  },
};

/** JSON entry points: core readJson, then oso convert/validate and oso-swv validate of the object. */
export const JSON_ENTRY_POINTS = {
  'core readJson': (t) => readJson(t),
  'oso validate (json)': (t) => oso.validate(readJson(t)),
  'oso convert json→xml': (t) => {
    const d = readJson(t);
    return oso.write(d, { version: '2019.1' });
  },
  'oso-swv validate (json)': (t) => swv.validate(readJson(t)),
};

/**
 * Runs `iterations` mutated inputs through every entry point.
 * @returns counts and the problems: untyped errors and calls over `slowMs`
 */
export function fuzz({ examples, iterations, seed = 20261207, slowMs = 2000, onProgress }) {
  const r = rng(seed);
  const untyped = [];
  const slow = [];
  const typed = new Map();
  let calls = 0;
  let maxMs = 0;
  const call = (name, f, input, what) => {
    calls++;
    const t = performance.now();
    try {
      f(input, r);
    } catch (e) {
      if (isEdustandaardError(e) && typeof e.code === 'string' && /^E_[A-Z0-9_]+$/.test(e.code))
        typed.set(e.code, (typed.get(e.code) ?? 0) + 1);
      else untyped.push({ entry: name, what, error: String(e?.stack ?? e).slice(0, 400) });
    }
    const ms = performance.now() - t;
    maxMs = Math.max(maxMs, ms);
    if (ms > slowMs) slow.push({ entry: name, what, ms: Math.round(ms) });
  };
  const jsonOf = new Map();
  for (let i = 0; i < iterations; i++) {
    const ex = examples[Math.floor(r() * examples.length)];
    let bytes = ex.bytes;
    const k = 1 + Math.floor(r() * 3);
    for (let j = 0; j < k; j++) bytes = mutateXml(bytes, r);
    const what = `#${i} ${ex.name} (${k} mutations, seed ${seed})`;
    for (const [name, f] of Object.entries(ENTRY_POINTS)) call(name, f, bytes, what);
    if (i % 4 === 0) {
      let json = jsonOf.get(ex.name);
      if (json === undefined) {
        json = JSON.stringify(oso.read(ex.bytes).dossier, null, 2);
        jsonOf.set(ex.name, json);
      }
      const mj = mutateJson(json, r);
      for (const [name, f] of Object.entries(JSON_ENTRY_POINTS)) call(name, f, mj, what);
    }
    if (onProgress && i % 1000 === 999) onProgress(i + 1, calls);
  }
  return { iterations, calls, untyped, slow, maxMs, typed: Object.fromEntries(typed) };
}
