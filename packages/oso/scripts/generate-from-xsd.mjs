#!/usr/bin/env node
/**
 * Dev-time generator: reads the official OSO 2019.1 XSD (parsed with saxes), the code lists and the
 * business-rule inventory from ../shared/reference, applies the 2024.1 change list
 * (src/data/changes-2024.1.json) and writes, per version, into the output folder (default src/generated):
 *   schema-<v>.ts   the schema descriptor (core XmlSchema data)
 *   types-<v>.ts    TS interfaces in XSD sequence order with the XSD documentation as JSDoc
 *   elements-<v>.ts the element table (path, cardinality, type, restrictions, documentation)
 * and codelijsten.ts, rules-2019.1.ts (gegevensset rules OG.* / OS.* as data), categorieen.ts.
 *
 * Usage: node scripts/generate-from-xsd.mjs [--reference <dir>] [--out <dir>]
 * Deterministic: same inputs → byte-identical outputs (the drift test relies on it).
 */
/* global process, Buffer, structuredClone */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { buildDescriptor as buildFromXsd, parseXsd } from '@edustandaard/codegen/xsd';
import { writeXsd } from './xsd-writer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const args = process.argv.slice(2);
const argOf = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const reference = resolve(argOf('--reference', join(pkg, '../../../shared/reference')));
const outDir = resolve(argOf('--out', join(pkg, 'src/generated')));
const xsdDir = resolve(argOf('--xsd-out', join(pkg, 'xsd')));
const XSD_FILE = 'oso/2019.1/OSO_gegevensset_2019.1.xsd';
const SENSITIVE = new Set(['bsn', 'onderwijsnummer']);
const buildDescriptor = (xsd) => buildFromXsd(xsd, { sensitive: SENSITIVE });

/**
 * The one 2019.1 ↔ 2024.1 path renaming (#10 item 3, #15): `renamePath` of src/changes.ts, derived
 * from src/data/changes-2024.1.json, the function `migrate`, the rules and the site use. This script
 * runs before the package is built, so it bundles that module in memory (esbuild; the JSON is read
 * directly) instead of keeping a copy of the logic.
 */
const { renamePath } = await import(
  `data:text/javascript;base64,${Buffer.from(
    buildSync({
      entryPoints: [join(pkg, 'src/changes.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'error',
    }).outputFiles[0].text,
  ).toString('base64')}`
);
/** A 2019.1 element path in `version`. */
const pathIn = (version) => (p) => renamePath(p, '2019.1', version);

// ---------------------------------------------------------------- XSD → descriptor
// The XSD parser and the descriptor builder are the monorepo's one XSD generator, in the private
// workspace @edustandaard/codegen (shared with @edustandaard/rio).

// ---------------------------------------------------------------- element tree walking
function walk(schema, visit, rootName = 'dossier') {
  const seen = [];
  const rec = (el, path, typeStack) => {
    visit(el, path);
    const t = schema.types[el.type];
    if (!t || t.kind !== 'complex' || !t.content) return;
    if (typeStack.includes(el.type)) return;
    const stack = [...typeStack, el.type];
    const leaves = [];
    const collect = (p, choiceId) => {
      if (p.kind === 'element') leaves.push({ p, choiceId });
      else p.particles.forEach((c) => collect(c, p.kind === 'choice' ? p.id : choiceId));
    };
    collect(t.content, undefined);
    for (const { p } of leaves) rec(p, `${path}/${p.name}`, stack);
  };
  rec(schema.roots[rootName], `/${rootName}`, seen);
}

/** Finds the particle at a path (and the type that holds it) in a descriptor. */
function locate(schema, path) {
  const steps = path.split('/').filter(Boolean);
  let el = schema.roots[steps[0]];
  let holder = null;
  for (const s of steps.slice(1)) {
    const t = schema.types[el.type];
    if (!t || t.kind !== 'complex' || !t.content)
      throw new Error(`path ${path}: ${el.name} has no children`);
    let found = null;
    let parentGroup = null;
    const find = (p, parent) => {
      if (found) return;
      if (p.kind === 'element') {
        if (p.name === s) {
          found = p;
          parentGroup = parent;
        }
      } else p.particles.forEach((c) => find(c, p));
    };
    find(t.content, null);
    if (!found) throw new Error(`path ${path}: no ${s} in ${el.type}`);
    holder = { typeName: el.type, group: parentGroup };
    el = found;
  }
  return { el, holder };
}

// ---------------------------------------------------------------- 2024.1 as a transformation
function applyChanges(base, changes) {
  const s = structuredClone(base);
  // Particles of a base type are shared by reference with its extensions (concatSeq), and
  // structuredClone keeps that sharing: count each particle object once.
  const typeUse = new Map();
  const seenP = new Set();
  for (const t of Object.values(s.types)) {
    if (t.kind !== 'complex' || !t.content) continue;
    const rec = (p) => {
      if (seenP.has(p)) return;
      seenP.add(p);
      if (p.kind === 'element') typeUse.set(p.type, (typeUse.get(p.type) ?? 0) + 1);
      else p.particles.forEach(rec);
    };
    rec(t.content);
  }
  for (const c of changes.changes) {
    switch (c.op) {
      case 'namespace':
        s.namespace = c.value;
        break;
      case 'note':
      case 'codelijst':
        if (c.path) locate(s, c.path); // the path must exist
        break;
      case 'rename': {
        const { el, holder } = locate(s, c.path);
        if ((typeUse.get(holder.typeName) ?? 0) > 1)
          throw new Error(
            `${c.id}: type ${holder.typeName} is shared; rename would change other paths`,
          );
        el.name = c.to;
        break;
      }
      case 'remove': {
        const { el, holder } = locate(s, c.path);
        if ((typeUse.get(holder.typeName) ?? 0) > 1)
          throw new Error(`${c.id}: type ${holder.typeName} is shared`);
        const t = s.types[holder.typeName];
        const group = holder.group ?? t.content;
        group.particles = group.particles.filter((p) => p !== el);
        break;
      }
      case 'add': {
        const parentPath = c.path.slice(0, c.path.lastIndexOf('/'));
        const { el: parent } = locate(s, parentPath);
        const t = s.types[parent.type];
        const { el: before, holder } = locate(s, `${parentPath}/${c.before}`);
        const group = holder.group ?? t.content;
        group.particles.splice(group.particles.indexOf(before), 0, structuredClone(c.element));
        break;
      }
      case 'documentation': {
        const { el } = locate(s, c.path);
        const fix = (d) => {
          if (!d) return;
          for (const k of Object.keys(d))
            for (const [a, b] of c.replace) d[k] = d[k].split(a).join(b);
        };
        const seenT = new Set();
        const rec = (e) => {
          fix(e.doc);
          const t = s.types[e.type];
          if (!t || seenT.has(e.type)) return;
          seenT.add(e.type);
          fix(t.doc);
          if (t.kind === 'complex' && t.content) {
            const r = (p) => (p.kind === 'element' ? rec(p) : p.particles.forEach(r));
            r(t.content);
          }
        };
        rec(el);
        break;
      }
      default:
        throw new Error(`unknown op ${c.op}`);
    }
  }
  return s;
}

// ---------------------------------------------------------------- element table
const cardinality = (min, max) => {
  const m = max === 'unbounded' ? Infinity : max;
  if (m === 0) return '0';
  if (m === 1) return min === 0 ? '?' : '1';
  return min === 0 ? '*' : '+';
};

function simpleBase(schema, typeName) {
  if (typeName.startsWith('xs:')) return { base: typeName.slice(3) };
  const t = schema.types[typeName];
  if (t.kind === 'simple') return t;
  return null;
}

function elementTable(schema, categories, codelists) {
  const rows = [];
  const choiceOf = new Map();
  for (const [tn, t] of Object.entries(schema.types)) {
    if (t.kind !== 'complex' || !t.content) continue;
    const rec = (p, cid) =>
      p.kind === 'element'
        ? choiceOf.set(`${tn}\u0000${p.name}`, cid)
        : p.particles.forEach((c) => rec(c, p.kind === 'choice' ? p.id : cid));
    rec(t.content, undefined);
  }
  const parentType = new Map();
  walk(schema, (el, path) => {
    const t = schema.types[el.type];
    const parent = path.slice(0, path.lastIndexOf('/')) || null;
    const row = {
      path,
      name: el.name,
      parent,
      min: el.minOccurs,
      max: el.maxOccurs,
      cardinality: cardinality(el.minOccurs, el.maxOccurs),
    };
    const pt = parent ? parentType.get(parent) : undefined;
    const cid = pt ? choiceOf.get(`${pt}\u0000${el.name}`) : undefined;
    if (cid) row.choice = cid;
    if (t && t.kind === 'complex' && !t.simpleContent) {
      row.type = 'complex';
      if (t.name) row.typeName = t.name;
      if (t.content && t.content.kind === 'sequence' && t.content.maxOccurs !== 1)
        row.repeatingGroup = true;
    } else {
      const st =
        t && t.kind === 'complex'
          ? simpleBase(schema, t.simpleContent)
          : simpleBase(schema, el.type);
      row.type = st.base;
      const tn = t && t.kind === 'complex' ? t.simpleContent : el.type;
      if (!tn.startsWith('xs:') && !tn.includes('/') && !tn.startsWith('@')) row.typeName = tn;
      else if (tn.startsWith('xs:')) row.typeName = tn;
      const r = {};
      for (const k of [
        'minLength',
        'maxLength',
        'length',
        'pattern',
        'minInclusive',
        'maxInclusive',
        'minExclusive',
        'maxExclusive',
        'enumeration',
      ])
        if (st[k] !== undefined) r[k] = st[k];
      if (Object.keys(r).length) row.restrictions = r;
      if (t && t.kind === 'complex' && t.attributes)
        row.attributes = t.attributes.map((a) => ({
          name: a.name,
          use: a.use,
          ...(a.doc?.semantiek ? { semantiek: a.doc.semantiek } : {}),
        }));
    }
    const doc = el.doc ?? t?.doc;
    if (doc?.semantiek) row.semantiek = doc.semantiek;
    if (doc?.implementatie) row.implementatie = doc.implementatie;
    if (el.sensitive) row.sensitive = true;
    // The most specific category wins (leerling lies inside huidigeschool).
    let best;
    let bestLen = -1;
    for (const c of categories)
      for (const p of c.paths)
        if ((path === p || path.startsWith(`${p}/`)) && p.length > bestLen)
          [best, bestLen] = [c, p.length];
    if (best) row.categorie = best.id;
    const cl = codelists
      .filter((c) => c.actief && c.paths.includes(path))
      .map((c) => c.nummer)
      .filter((n) => n !== null);
    if (cl.length) row.codelijst = cl[0];
    rows.push(row);
    parentType.set(path, el.type);
  });
  return rows;
}

// ---------------------------------------------------------------- TS interfaces
const pascal = (s) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

function interfaceNames(schema) {
  const names = new Map();
  const used = new Set();
  const complex = Object.entries(schema.types).filter(
    ([, t]) => t.kind === 'complex' && !t.simpleContent,
  );
  const candidate = (tn) => {
    const last = tn.split('/').pop().replace(/^@/, '').replace(/~\d+$/, '');
    return pascal(last.replace(/Type$/, ''));
  };
  // Named types first, then anonymous ones (deterministic: sorted).
  const order = [...complex].sort(([a], [b]) => {
    const an = a.includes('/') || a.startsWith('@') ? 1 : 0;
    const bn = b.includes('/') || b.startsWith('@') ? 1 : 0;
    return an - bn || (a < b ? -1 : a > b ? 1 : 0);
  });
  for (const [tn] of order) {
    let n = candidate(tn);
    if (used.has(n)) {
      const owner = tn
        .split('/')
        .slice(0, -1)
        .map((x) => x.replace(/^@/, '').replace(/Type$/, ''));
      // A top-level element whose anonymous type shares its name with a named XSD type (`<leerling>`
      // beside `leerlingType`) is `LeerlingElement`, not a numbered twin `Leerling2` that editors
      // show in hovers (issue #13) — the name the published JSON Schema uses too (#15).
      n = owner.length ? pascal(owner.join(' ')) + n : `${n}Element`;
    }
    let k = 2;
    const b = n;
    while (used.has(n)) n = `${b}${k++}`;
    used.add(n);
    names.set(tn, n);
  }
  return names;
}

function jsdoc(lines, indent) {
  const ls = lines.filter(Boolean).flatMap((l) => l.replace(/\*\//g, '* /').split('\n'));
  if (!ls.length) return '';
  return `${indent}/**\n${ls.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`;
}

function jsPattern(p) {
  return `^(?:${p.replace(/\\d/g, '[0-9]').replace(/\\p\{Nd\}/g, '[0-9]')})$`;
}

function typeTags(st) {
  const tags = [];
  if (st.minLength !== undefined) tags.push(`@minLength ${st.minLength}`);
  if (st.maxLength !== undefined) tags.push(`@maxLength ${st.maxLength}`);
  if (st.pattern?.length === 1) tags.push(`@pattern ${jsPattern(st.pattern[0])}`);
  if (st.minInclusive !== undefined) tags.push(`@minimum ${st.minInclusive}`);
  if (st.maxInclusive !== undefined) tags.push(`@maximum ${st.maxInclusive}`);
  if (st.base === 'int' || st.base === 'integer') tags.push('@TJS-type integer');
  if (st.base === 'date')
    tags.push('@pattern ^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$');
  if (st.base === 'decimal') tags.push('@pattern ^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$');
  return tags;
}

const tsScalar = (base) =>
  base === 'boolean' ? 'boolean' : base === 'int' || base === 'integer' ? 'number' : 'string';

/** Name of the TS alias of a simple type (named XSD types by name, built-ins as Xs*, anonymous by owner path). */
function aliasName(typeName) {
  if (typeName.startsWith('xs:')) return `Xs${pascal(typeName.slice(3))}`;
  return pascal(
    typeName
      .replace(/~(\d+)$/, ' $1')
      .replace(/Type\b/g, '')
      .replace(/^@/, ''),
  );
}

function emitTypes(schema, version, names) {
  const out = [];
  const aliases = new Map(); // alias name → text
  out.push(
    `/* eslint-disable */\n// GENERATED by scripts/generate-from-xsd.mjs from ${XSD_FILE}${version === '2024.1' ? ' + src/data/changes-2024.1.json' : ''}. Do not edit.\n`,
  );
  out.push(`import type { UnknownEntry } from '@edustandaard/core';\n`);
  const complexEntries = [...names.entries()].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
  const groupIfaces = [];
  for (const [tn, iname] of complexEntries) {
    const t = schema.types[tn];
    const doc = t.doc ?? {};
    const isGroupArray = t.content && t.content.kind === 'sequence' && t.content.maxOccurs !== 1;
    const ifName = isGroupArray ? `${iname}Groep` : iname;
    out.push(
      jsdoc(
        [
          doc.semantiek,
          doc.implementatie ? `Implementatie: ${doc.implementatie}` : '',
          `XSD: ${t.name ?? tn} (OSO ${version}).`,
        ],
        '',
      ),
    );
    out.push(`export interface ${ifName} {\n`);
    const leaves = [];
    const choiceMembers = new Map();
    const rec = (p, choice) => {
      if (p.kind === 'element') {
        if (!leaves.some((l) => l.name === p.name)) leaves.push(p);
        if (choice) choiceMembers.set(p.name, choice);
      } else p.particles.forEach((c) => rec(c, p.kind === 'choice' ? p : choice));
    };
    if (t.content) rec(t.content, undefined);
    for (const p of leaves) {
      const pt = schema.types[p.type];
      let ts;
      let tags = [];
      const simpleAlias = (typeName) => {
        const st = typeName.startsWith('xs:')
          ? { base: typeName.slice(3) }
          : schema.types[typeName];
        const t = typeTags(st);
        if (!t.length) return tsScalar(st.base);
        const a = aliasName(typeName);
        if (!aliases.has(a)) {
          const d = st.doc ?? {};
          aliases.set(
            a,
            `${jsdoc([d.semantiek, `XSD: ${typeName.includes('/') || typeName.startsWith('@') ? `anoniem type van ${typeName}` : typeName} (${st.base}).`, ...t], '')}export type ${a} = ${tsScalar(st.base)};\n\n`,
          );
        }
        return a;
      };
      if (p.type.startsWith('xs:') || pt.kind === 'simple') {
        ts = simpleAlias(p.type);
      } else if (pt.simpleContent) {
        const attrs = (pt.attributes ?? [])
          .map(
            (a) =>
              `${jsdoc([a.doc?.semantiek], '    ').trimEnd()}\n    ${a.name}${a.use === 'required' ? '' : '?'}: ${simpleAlias(a.type)};`,
          )
          .join('\n');
        ts = attrs
          ? `{\n    /** De waarde (tekst) van het element. */\n    $value: ${simpleAlias(pt.simpleContent)};\n${attrs}\n  }`
          : simpleAlias(pt.simpleContent);
      } else {
        const n = names.get(p.type);
        const ga = pt.content && pt.content.kind === 'sequence' && pt.content.maxOccurs !== 1;
        ts = ga ? `${n}Groep[]` : n;
      }
      const repeated = p.maxOccurs === 'unbounded' || p.maxOccurs > 1;
      if (repeated) ts = ts.includes('\n') ? `Array<${ts}>` : `${ts}[]`;
      const optional = p.minOccurs === 0 || choiceMembers.has(p.name) || true;
      const ch = choiceMembers.get(p.name);
      const card = `${p.minOccurs}..${p.maxOccurs === 'unbounded' ? '*' : p.maxOccurs}`;
      const lines = [
        p.doc?.semantiek,
        p.doc?.implementatie ? `Implementatie: ${p.doc.implementatie}` : '',
        `XSD: ${p.name}, ${card}${ch ? `, keuze (${ch.id}): ${ch.particles.map((c) => (c.kind === 'element' ? c.name : '…')).join(' | ')}` : ''}, type ${p.type.includes('/') || p.type.startsWith('@') ? '(anoniem)' : p.type}.`,
      ];
      void tags;
      const key = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p.name) ? p.name : `'${p.name}'`;
      // Required elements are non-optional in the type unless they sit in a choice.
      const opt = p.minOccurs === 0 || ch !== undefined ? '?' : '';
      void optional;
      out.push(jsdoc(lines, '  '));
      out.push(`  ${key}${opt}: ${ts};\n`);
    }
    out.push(
      `  /** Elementen buiten de gegevensset, bewaard voor round-trip (gemeld als OSO.XSD.unexpected). */\n  $unknown?: UnknownEntry[];\n`,
    );
    out.push(
      `  /** Attributen buiten de gegevensset (bijv. xsi:schemaLocation), bewaard voor round-trip. */\n  $attributes?: { [attribute: string]: string };\n`,
    );
    out.push(`}\n\n`);
    if (isGroupArray) groupIfaces.push(iname);
  }
  for (const g of groupIfaces) {
    out.push(
      `/** Herhalende groep: ${g} is een lijst van ${g}Groep (xs:sequence maxOccurs="unbounded"). */\nexport type ${g} = ${g}Groep[];\n\n`,
    );
  }
  for (const k of [...aliases.keys()].sort()) out.push(aliases.get(k));
  return out.join('');
}

// ---------------------------------------------------------------- code lists, categories, rules
/**
 * The code lists of a version with their element paths: the suffixes of codelijsten.json (2019.1
 * names) resolved against the 2019.1 element table, then carried into `version` by the change
 * list's renames (renamePath); a `codelijst` change gives a list its own suffixes in `version`.
 */
function codelistData(raw, table, table2019, version, changes, labels) {
  const paths = table.map((r) => r.path);
  const has = new Set(paths);
  const resolve = (suffixes, among) =>
    suffixes.flatMap((s) => among.filter((p) => p === `/dossier/${s}` || p.endsWith(`/${s}`)));
  const override = new Map();
  if (changes)
    for (const c of changes.changes) if (c.op === 'codelijst') override.set(c.nummer, c.elementen);
  const paths2019 = table2019.map((r) => r.path);
  return raw.map((e) => {
    const resolved = override.has(e.nummer)
      ? resolve(override.get(e.nummer), paths)
      : resolve(e.elementen, paths2019)
          .map(pathIn(version))
          .filter((p) => has.has(p));
    const item = {
      nummer: e.nummer,
      id: e.nummer === null ? null : `OSO.CODELIJST.${e.nummer}`,
      naam: e.naam,
      elementen: e.elementen,
      paths: [...new Set(resolved)].sort(),
      codes: e.codes.map((c) => {
        const label = e.nummer !== null ? labels.lijsten[String(e.nummer)]?.labels[c] : undefined;
        return label ? { code: c, label } : { code: c };
      }),
      actief: e.actief && resolved.length > 0,
      bron: { document: 'codelijsten.json', version: '2019.1', section: e.bron },
    };
    if (e.nummer !== null && labels.lijsten[String(e.nummer)])
      item.labelBron = labels.lijsten[String(e.nummer)].bron;
    if (e.opmerking) item.opmerking = e.opmerking;
    if (e.actief && resolved.length === 0)
      item.opmerking =
        `${item.opmerking ?? ''} Niet van toepassing in ${version}: het element bestaat niet.`.trim();
    return item;
  });
}

const CAT_NAMES = {
  cat_metadata: 'Metadata',
  cat_ouderinzage: 'Ouderinzage',
  cat_school: 'School',
  cat_leerling: 'Leerling',
  cat_oudersverzorgers: 'Ouders/Verzorgers',
  cat_vve: 'VVE',
  cat_schoolloopbaan: 'Schoolloopbaan',
  cat_overstapadvies: 'Overstapadvies',
  cat_onderwijsondersteuning: 'Onderwijsondersteuning',
  cat_verzuim: 'Verzuim',
  cat_eindtoetsbo: 'Eindtoets basisonderwijs',
  cat_toetsresultaten: 'Toetsresultaten',
  cat_handelingsplannen: 'Handelingsplannen',
  cat_cijferlijsten: 'Cijferlijsten',
  cat_vombo: 'VO/MBO',
  cat_bijlagedocs: 'Bijlagedocumenten',
};

/** Categories of selectief uitleveren derived from the OS.cat rules (which elements each category covers). */
function categoryData(rules) {
  const cats = new Map(
    Object.keys(CAT_NAMES).map((k) => [
      k,
      { id: k, naam: CAT_NAMES[k], rules: new Set(), paths: new Set() },
    ]),
  );
  const re =
    /^If metadata\/categorie_uitlevering\/(cat_[a-z]+)='(VERPLICHT|VERBODEN|OPT-UIT)', the dossier must (not )?contain (?:at least one of: )?(.*?)\.?$/;
  for (const r of rules) {
    if (!r.code.startsWith('OS.cat')) continue;
    const m = re.exec(r.samenvatting ?? '');
    if (!m) continue;
    const c = cats.get(m[1]);
    c.rules.add(r.code);
    for (const p of m[4].split(',').map((x) => x.trim())) {
      // The dead 2019.1 check names 'toelichting_onderwijsbehoefte'; the XSD element ends in 'n'.
      const fixed = p.endsWith('toelichting_onderwijsbehoefte') ? `${p}n` : p;
      c.paths.add(`/dossier/${fixed}`);
    }
  }
  // OS.cat03/04 are XSD-enforced (no XSLT check): School = huidigeschool without leerling, Leerling = leerling.
  cats.get('cat_school').rules.add('OS.cat03');
  cats.get('cat_school').paths.add('/dossier/huidigeschool');
  cats.get('cat_leerling').rules.add('OS.cat04');
  cats.get('cat_leerling').paths.add('/dossier/huidigeschool/leerling');
  return [...cats.values()].map((c) => ({
    id: c.id,
    naam: c.naam,
    rules: [...c.rules].sort(),
    paths: [...c.paths].sort(),
  }));
}

function rulesData(rules) {
  const re =
    /^If metadata\/categorie_uitlevering\/(cat_[a-z]+)='(VERPLICHT|VERBODEN|OPT-UIT)', the dossier must (not )?contain (?:at least one of: )?(.*?)\.?$/;
  return rules
    .filter((r) => r.code.startsWith('OS.') || r.code.startsWith('OG.'))
    .map((r) => {
      const o = {
        code: r.code,
        context: r.context,
        melding: r.melding,
        samenvatting: r.samenvatting,
        bestand: r.bestand,
      };
      if (r.opmerking) o.opmerking = r.opmerking;
      const m = re.exec(r.samenvatting ?? '');
      if (m) {
        o.categorie = {
          id: m[1],
          waarde: m[2],
          eis: m[3] ? 'geen-gegevens' : 'gegevens',
          paths: m[4].split(',').map((x) => `/dossier/${x.trim()}`),
        };
      }
      return o;
    });
}

/** Inventory entries whose remark says the XSLT check never (or always) fires. */
function deadChecks(rules) {
  const re = /never|dead|always fires|can never/i;
  const seen = new Set();
  const out = [];
  for (const r of rules) {
    if (!r.opmerking || !re.test(r.opmerking)) continue;
    const key = `${r.code}\u0000${r.opmerking}\u0000${r.melding}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const hier =
      r.code.startsWith('OS.') || r.code.startsWith('OG.')
        ? 'Geïmplementeerd in @edustandaard/oso; het verschil staat als divergence bij de regel (OSO_RULES_2019_1).'
        : r.code.startsWith('PaO.')
          ? 'SWV-profielregel: @edustandaard/oso-swv.'
          : 'Overstapprofielen (OVa/OVb): buiten de scope van dit pakket.';
    out.push({
      code: r.code,
      bestand: r.bestand,
      melding: r.melding ?? null,
      opmerking: r.opmerking,
      hier,
    });
  }
  return out;
}

// ---------------------------------------------------------------- emit
const banner = (src) =>
  `/* eslint-disable */\n// GENERATED by scripts/generate-from-xsd.mjs from ${src}. Do not edit; run \`npm run generate -w @edustandaard/oso\`.\n`;
const lit = (v) => JSON.stringify(v, null, 2);

function main() {
  const xsdText = readFileSync(join(reference, XSD_FILE), 'utf8');
  const { schema: s2019, stats } = buildDescriptor(parseXsd(xsdText));
  const changes = JSON.parse(readFileSync(join(pkg, 'src/data/changes-2024.1.json'), 'utf8'));
  const s2024 = applyChanges(s2019, changes);
  const rawCodes = JSON.parse(readFileSync(join(reference, 'oso/2019.1/codelijsten.json'), 'utf8'));
  const rawRules = JSON.parse(
    readFileSync(join(reference, 'oso/2019.1/business-rules-2019.1.json'), 'utf8'),
  );
  const labels = JSON.parse(readFileSync(join(pkg, 'src/data/codelijst-labels.json'), 'utf8'));
  const cats2019 = categoryData(rawRules);
  const to2024 = pathIn('2024.1');
  const cats2024 = cats2019.map((c) =>
    c.id === 'cat_eindtoetsbo'
      ? { ...c, id: 'cat_doorstroomtoets', naam: 'Doorstroomtoets', paths: c.paths.map(to2024) }
      : { ...c, paths: c.paths.map(to2024) },
  );
  mkdirSync(outDir, { recursive: true });
  const files = {};
  let table2019;
  for (const [version, schema, cats, ch] of [
    ['2019.1', s2019, cats2019, null],
    ['2024.1', s2024, cats2024, changes],
  ]) {
    const v = version.replace('.', '_');
    const src = version === '2019.1' ? XSD_FILE : `${XSD_FILE} + src/data/changes-2024.1.json`;
    const table0 = elementTable(schema, cats, []);
    table2019 ??= table0;
    const codes = codelistData(rawCodes, table0, table2019, version, ch, labels);
    const table = elementTable(schema, cats, codes);
    files[`schema-${version}.ts`] =
      `${banner(src)}import type { XmlSchema } from '@edustandaard/core';\n\n/** Schema descriptor of the OSO gegevensset ${version} (XSD-equivalent, as data). */\nexport const OSO_SCHEMA_${v}: XmlSchema = ${lit(schema)};\n`;
    files[`elements-${version}.ts`] =
      `${banner(src)}import type { ElementRow } from '../element-row.js';\n\n/** Element table of the OSO gegevensset ${version}: every element under /dossier in document order. */\nexport const OSO_ELEMENTS_${v}: readonly ElementRow[] = ${lit(table)};\n`;
    files[`types-${version}.ts`] = emitTypes(schema, version, interfaceNames(schema));
    files[`codelijsten-${version}.ts`] =
      `${banner(`oso/2019.1/codelijsten.json (${version === '2024.1' ? 'paths mapped by src/data/changes-2024.1.json' : 'paths resolved against the element table'})`)}import type { Codelijst } from '../codelijst-type.js';\n\n/** Code lists of the OSO gegevensset ${version} as checked by the 2019.1 validation XSLT (source: codelijsten.json). */\nexport const OSO_CODELIJSTEN_${v}: readonly Codelijst[] = ${lit(codes)};\n`;
    files[`categorieen-${version}.ts`] =
      `${banner('oso/2019.1/business-rules-2019.1.json (OS.cat* rules)')}import type { Categorie } from '../categorie-type.js';\n\n/** Categories of selectief uitleveren (categorie_uitlevering) and the elements each covers, ${version}. */\nexport const OSO_CATEGORIEEN_${v}: readonly Categorie[] = ${lit(cats)};\n`;
  }
  files['rules-2019.1.ts'] =
    `${banner('oso/2019.1/business-rules-2019.1.json (OG.* and OS.* entries)')}import type { RuleInventoryEntry } from '../rule-types.js';\n\n/** The gegevensset-level checks of the 2019.1 validation XSLT, one entry per emitted message. */\nexport const OSO_RULE_INVENTORY_2019_1: readonly RuleInventoryEntry[] = ${lit(rulesData(rawRules))};\n`;
  files['xslt-dead-checks-2019.1.ts'] =
    `${banner('oso/2019.1/business-rules-2019.1.json (opmerking of each entry)')}/** Checks of the official 2019.1 validation XSLTs that never fire or always fire (quirks recorded in the rule inventory), and how this implementation treats them. */\nexport const OSO_XSLT_DEAD_CHECKS_2019_1: ReadonlyArray<{ code: string; bestand: string; melding: string | null; opmerking: string; hier: string }> = ${lit(deadChecks(rawRules))};\n`;
  files['stats.ts'] =
    `${banner(XSD_FILE)}/** Counts of the 2019.1 XSD as parsed (active components; XML comments excluded). */\nexport const OSO_XSD_STATS_2019_1 = ${lit(stats)} as const;\n`;
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  mkdirSync(xsdDir, { recursive: true });
  writeFileSync(
    join(xsdDir, 'oso-2019.1.xsd'),
    writeXsd(
      s2019,
      'GENERATED by @edustandaard/oso scripts/generate-from-xsd.mjs from the schema descriptor of OSO_gegevensset_2019.1.xsd (element for element equivalent; the official XSD is leading). Do not edit.',
    ),
  );
  writeFileSync(
    join(xsdDir, 'oso-2024.1.xsd'),
    writeXsd(
      s2024,
      'GENERATED by @edustandaard/oso scripts/generate-from-xsd.mjs: OSO gegevensset 2024.1 = OSO_gegevensset_2019.1.xsd transformed by src/data/changes-2024.1.json (no official 2024.1 XSD was available; changes marked assumption=true are assumptions). Do not edit.',
    ),
  );
  process.stdout.write(
    `generated ${Object.keys(files).length} files into ${outDir} (${stats.elements} xs:element, ${stats.namedComplex} named complex types, ${stats.choices} choices)\n`,
  );
}

main();
