/**
 * XSD → schema descriptor (core's `XmlSchema`, plain data) for the monorepo's build-time generators
 * (DESIGN.md: one generator for every XSD input). Used by `@edustandaard/oso` (OSO gegevensset) and
 * `@edustandaard/rio` (DUO RIO V4 Beheren/Raadplegen). Parses the XSD with saxes (no DTD, no
 * entities); maps the XSD Part 1 structures the codec knows (sequence, choice, occurrence,
 * complexContent extension, simple content with attributes) and expands substitution groups into
 * choices. Built-ins the codec does not have are mapped to one it has plus facets
 * ({@link BUILTIN_MAPPINGS}); every mapping a schema needed is returned as data.
 *
 * Deterministic: same XSD → byte-identical descriptor.
 */
import { SaxesParser } from 'saxes';

const XS = 'http://www.w3.org/2001/XMLSchema';

/**
 * XSD built-ins outside core's codec vocabulary and what the descriptor says instead. The codec
 * never rewrites a value: `normalizedString`/`token` values are checked and written as given.
 */
export const BUILTIN_MAPPINGS = {
  normalizedString: {
    as: { base: 'string', pattern: ['[^\\t\\n\\r]*'] },
    reden:
      'xs:normalizedString als xs:string zonder tab en regeleinde: de ontvanger zou die door spaties vervangen; de codec wijzigt geen waarde, dus zo een waarde is een bevinding.',
  },
  token: {
    as: { base: 'string', pattern: ['([^\\s]+( [^\\s]+)*)?'] },
    reden:
      'xs:token als xs:string zonder witruimte aan begin en eind, dubbele spaties, tab of regeleinde: de ontvanger zou die samenvoegen (whiteSpace collapse); de codec wijzigt geen waarde, dus zo een waarde is een bevinding.',
  },
  short: {
    as: { base: 'int', minInclusive: -32768, maxInclusive: 32767 },
    reden: 'xs:short als xs:int met het bereik van xs:short (XSD Part 2 §3.3.19).',
  },
  dateTime: {
    as: {
      base: 'string',
      pattern: [
        '-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?(Z|[+\\-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?',
      ],
    },
    reden:
      'xs:dateTime als tekst met het lexicale patroon van xs:dateTime (XSD Part 2 §3.2.7); de lexicale vorm blijft behouden.',
  },
  fractionDigits: {
    as: { facet: 'pattern' },
    reden: 'fractionDigits als patroon op de lexicale vorm (de codec kent het facet niet).',
  },
};

export function parseXsd(text) {
  const p = new SaxesParser({ xmlns: true });
  const stack = [];
  let root;
  p.on('opentag', (t) => {
    const node = {
      ns: t.uri,
      name: t.local,
      prefix: t.prefix,
      attrs: Object.fromEntries(Object.values(t.attributes).map((a) => [a.local, a.value])),
      children: [],
      text: '',
    };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  p.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  p.on('closetag', () => stack.pop());
  p.write(text).close();
  return root;
}

export const xsKids = (n, name) =>
  n.children.filter((c) => c.ns === XS && (name === undefined || c.name === name));
export const xsKid = (n, name) => xsKids(n, name)[0];
export const norm = (s) => s.replace(/\s+/g, ' ').trim();

export function docOf(n) {
  const ann = xsKid(n, 'annotation');
  if (!ann) return undefined;
  const doc = {};
  for (const d of xsKids(ann, 'documentation')) {
    const src = d.attrs.source;
    if (src === 'semantiek' || src === 'implementatie') doc[src] = norm(d.text);
  }
  return Object.keys(doc).length ? doc : undefined;
}

// ---------------------------------------------------------------- XSD → descriptor
export function buildDescriptor(xsd, options = {}) {
  const schema = xsd;
  const ns = schema.attrs.targetNamespace;
  const SENSITIVE = options.sensitive ?? new Set();
  // The XML Schema namespace's prefix as the XSD writes it (`xs:` in OSO, `xsd:` in RIO); the
  // descriptor always says `xs:`.
  const P = `${schema.prefix || 'xs'}:`;
  const isBuiltin = (q) => q.startsWith(P);
  const toXs = (q) => (isBuiltin(q) ? `xs:${q.slice(P.length)}` : q);
  // Substitution groups (XSD Part 1 §3.3.6): head → its members, in document order.
  const members = new Map();
  for (const e of xsKids(schema, 'element')) {
    const head = e.attrs.substitutionGroup;
    if (head) {
      if (!members.has(head)) members.set(head, []);
      members.get(head).push(e.attrs.name);
    }
  }
  const globals = new Map(xsKids(schema, 'element').map((e) => [e.attrs.name, e]));
  const complexNamed = new Map(xsKids(schema, 'complexType').map((e) => [e.attrs.name, e]));
  const simpleNamed = new Map(xsKids(schema, 'simpleType').map((e) => [e.attrs.name, e]));
  const groups = new Map(xsKids(schema, 'group').map((e) => [e.attrs.name, e]));
  const types = {};
  const typeRef = (q) => toXs(q);
  const counters = new Map();
  const stats = {
    elements: 0,
    choices: 0,
    namedComplex: complexNamed.size,
    namedSimple: simpleNamed.size,
  };

  const builtin = (q) => {
    const b = q.slice(P.length);
    if (['string', 'boolean', 'int', 'integer', 'decimal', 'date'].includes(b)) return { base: b };
    const m = BUILTIN_MAPPINGS[b];
    if (!m) throw new Error(`unsupported builtin ${q}`);
    mapped.add(b);
    return { ...m.as };
  };
  const mapped = new Set();

  function simpleFromRestriction(restr, name, doc) {
    const baseQ = restr.attrs.base;
    let def;
    if (isBuiltin(baseQ)) {
      const b = builtin(baseQ);
      def = { kind: 'simple', ...b, ...(b.pattern ? { pattern: [...b.pattern] } : {}) };
    } else {
      ensureSimple(baseQ);
      const b = types[baseQ];
      def = { ...b, pattern: b.pattern ? [...b.pattern] : undefined };
      delete def.doc;
    }
    def.kind = 'simple';
    if (name) def.name = name;
    else delete def.name;
    const pats = [];
    for (const f of restr.children.filter((c) => c.ns === XS)) {
      const v = f.attrs.value;
      switch (f.name) {
        case 'minLength':
        case 'maxLength':
        case 'length':
          def[f.name] = Number(v);
          break;
        case 'minInclusive':
        case 'maxInclusive':
        case 'minExclusive':
        case 'maxExclusive':
          def[f.name] = Number(v);
          break;
        case 'pattern':
          pats.push(v);
          break;
        case 'enumeration':
          (def.enumeration ??= []).push(v);
          break;
        case 'fractionDigits':
          // Not a facet of core's codec: the same constraint as a pattern on the lexical form.
          pats.push(`[+\\-]?[0-9]*(\\.[0-9]{0,${Number(v)}}0*)?`);
          mapped.add('fractionDigits');
          break;
        case 'annotation':
          break;
        default:
          throw new Error(`unsupported facet ${f.name}`);
      }
    }
    // Patterns of one derivation step are OR-ed, steps are AND-ed (XSD Part 2 §4.3.4.3).
    if (pats.length)
      def.pattern = [
        ...(def.pattern ?? []),
        pats.length === 1 ? pats[0] : pats.map((x) => `(?:${x})`).join('|'),
      ];
    if (!def.pattern) delete def.pattern;
    if (doc) def.doc = doc;
    return def;
  }

  function ensureSimple(name) {
    if (types[name]) return;
    const n = simpleNamed.get(name);
    if (!n) throw new Error(`unknown simple type ${name}`);
    const restr = xsKid(n, 'restriction');
    if (!restr) throw new Error(`simple type ${name}: only restriction supported`);
    types[name] = simpleFromRestriction(restr, name, docOf(n));
  }

  function ensureType(name) {
    if (isBuiltin(name) || types[name]) return;
    if (simpleNamed.has(name)) return ensureSimple(name);
    const n = complexNamed.get(name);
    if (!n) throw new Error(`unknown type ${name}`);
    types[name] = { kind: 'complex', name, content: null }; // placeholder (recursion)
    types[name] = complexFrom(n, name, name);
  }

  function anonName(owner, el) {
    const base = `${owner}/${el}`;
    const k = counters.get(base) ?? 0;
    counters.set(base, k + 1);
    return k === 0 ? base : `${base}~${k + 1}`;
  }

  function complexFrom(n, owner, name) {
    const doc = docOf(n);
    const out = { kind: 'complex' };
    if (name && !name.includes('/') && !name.startsWith('@')) out.name = name;
    out.content = null;
    const sc = xsKid(n, 'simpleContent');
    const cc = xsKid(n, 'complexContent');
    if (sc) {
      const ext = xsKid(sc, 'extension') ?? xsKid(sc, 'restriction');
      const base = ext.attrs.base;
      if (!isBuiltin(base)) ensureType(base);
      out.simpleContent = typeRef(base);
      const attrs = xsKids(ext, 'attribute').map((a) => {
        if (a.attrs.type && !isBuiltin(a.attrs.type)) ensureType(a.attrs.type);
        const ad = {
          name: a.attrs.name,
          type: a.attrs.type ? toXs(a.attrs.type) : 'xs:string',
          use: a.attrs.use === 'required' ? 'required' : 'optional',
        };
        const d = docOf(a);
        if (d) ad.doc = d;
        return ad;
      });
      if (attrs.length) out.attributes = attrs;
    } else if (cc) {
      const ext = xsKid(cc, 'extension');
      if (!ext) throw new Error(`${owner}: complexContent restriction not supported`);
      const base = ext.attrs.base;
      ensureType(base);
      const baseT = types[base];
      const own = particleOfComplexBody(ext, owner);
      out.content = concatSeq(baseT.content, own);
    } else {
      out.content = particleOfComplexBody(n, owner);
    }
    if (doc) out.doc = doc;
    return out;
  }

  function concatSeq(a, b) {
    if (!a) return b;
    if (!b) return a;
    const flat = (p) =>
      p.kind === 'sequence' && p.minOccurs === 1 && p.maxOccurs === 1 ? p.particles : [p];
    return { kind: 'sequence', minOccurs: 1, maxOccurs: 1, particles: [...flat(a), ...flat(b)] };
  }

  function particleOfComplexBody(n, owner) {
    const g = n.children.find(
      (c) => c.ns === XS && ['sequence', 'choice', 'group', 'all'].includes(c.name),
    );
    if (!g) return null;
    return particle(g, owner);
  }

  const occ = (n) => ({
    minOccurs: n.attrs.minOccurs === undefined ? 1 : Number(n.attrs.minOccurs),
    maxOccurs:
      n.attrs.maxOccurs === undefined
        ? 1
        : n.attrs.maxOccurs === 'unbounded'
          ? 'unbounded'
          : Number(n.attrs.maxOccurs),
  });

  function particle(n, owner) {
    if (n.name === 'element') return elementParticle(n, owner);
    if (n.name === 'group') {
      const g = groups.get(n.attrs.ref);
      const inner = g.children.find((c) => c.ns === XS && ['sequence', 'choice'].includes(c.name));
      const p = particle(inner, owner);
      return { ...p, ...occ(n) };
    }
    if (n.name === 'sequence' || n.name === 'choice') {
      const kids = n.children.filter(
        (c) => c.ns === XS && ['element', 'sequence', 'choice', 'group'].includes(c.name),
      );
      const p = { kind: n.name, ...occ(n), particles: kids.map((k) => particle(k, owner)) };
      if (n.name === 'choice') {
        stats.choices++;
        const k = (counters.get(`${owner}#choice`) ?? 0) + 1;
        counters.set(`${owner}#choice`, k);
        p.id = `${owner}/choice[${k}]`;
      }
      return p;
    }
    throw new Error(`unsupported particle ${n.name}`);
  }

  function elementParticle(n, owner) {
    stats.elements++;
    const o = occ(n);
    if (n.attrs.ref && members.has(n.attrs.ref)) {
      // A reference to a substitution group head is a choice of the head (unless abstract) and
      // every member, recursively: the same content the XSD allows, in the codec's vocabulary.
      const names = [];
      const expand = (h) => {
        if (globals.get(h)?.attrs.abstract !== 'true') names.push(h);
        for (const m of members.get(h) ?? []) expand(m);
      };
      expand(n.attrs.ref);
      stats.choices++;
      const k = (counters.get(`${owner}#choice`) ?? 0) + 1;
      counters.set(`${owner}#choice`, k);
      return {
        kind: 'choice',
        ...o,
        id: `${owner}/choice[${k}]`,
        // Each member keeps the reference's maxOccurs, so the model holds an array per member
        // (the order between different members is not kept; their total is not bounded).
        particles: names.map((m) => {
          const g = globals.get(m);
          const p = {
            kind: 'element',
            name: m,
            minOccurs: 1,
            maxOccurs: o.maxOccurs,
            type: globalType(g),
          };
          const d = docOf(g);
          if (d) p.doc = d;
          return p;
        }),
      };
    }
    if (n.attrs.ref) {
      const g = globals.get(n.attrs.ref);
      if (!g) throw new Error(`unknown ref ${n.attrs.ref}`);
      const t = globalType(g);
      const p = { kind: 'element', name: n.attrs.ref, ...o, type: t };
      const d = docOf(n) ?? docOf(g);
      if (d) p.doc = d;
      return p;
    }
    const name = n.attrs.name;
    let type;
    if (n.attrs.type) {
      type = toXs(n.attrs.type);
      ensureType(n.attrs.type);
    } else {
      const st = xsKid(n, 'simpleType');
      const ct = xsKid(n, 'complexType');
      type = anonName(owner, name);
      if (st) types[type] = simpleFromRestriction(xsKid(st, 'restriction'), undefined, undefined);
      else if (ct) {
        types[type] = { kind: 'complex', content: null };
        types[type] = complexFrom(ct, type, type);
      } else type = 'xs:string';
    }
    const p = { kind: 'element', name, ...o, type };
    if (SENSITIVE.has(name)) p.sensitive = true;
    const d = docOf(n);
    if (d) p.doc = d;
    return p;
  }

  const globalTypes = new Map();
  function globalType(g) {
    const name = g.attrs.name;
    if (globalTypes.has(name)) return globalTypes.get(name);
    let type;
    if (g.attrs.type) {
      type = toXs(g.attrs.type);
      globalTypes.set(name, type);
      ensureType(g.attrs.type);
    } else {
      type = `@${name}`;
      globalTypes.set(name, type);
      const st = xsKid(g, 'simpleType');
      const ct = xsKid(g, 'complexType');
      if (st) types[type] = simpleFromRestriction(xsKid(st, 'restriction'), undefined, docOf(g));
      else if (ct) {
        types[type] = { kind: 'complex', content: null };
        types[type] = complexFrom(ct, type, type);
        const d = docOf(g);
        if (d && !types[type].doc) types[type].doc = d;
      } else type = 'xs:string';
      globalTypes.set(name, type);
    }
    return type;
  }

  const roots = {};
  for (const [name, g] of [...globals.entries()]) {
    stats.elements++;
    if (g.attrs.abstract === 'true') continue;
    const p = { kind: 'element', name, minOccurs: 1, maxOccurs: 1, type: globalType(g) };
    const d = docOf(g);
    if (d) p.doc = d;
    roots[name] = p;
  }
  // Named groups never referenced (persoonGroep in 2019.1) still count in the statistics.
  for (const [gname, g] of groups) {
    const inner = g.children.find((c) => c.ns === XS && ['sequence', 'choice'].includes(c.name));
    if (inner) particle(inner, `#group:${gname}`);
  }
  // Named types never referenced are still part of the schema.
  for (const name of complexNamed.keys()) ensureType(name);
  for (const name of simpleNamed.keys()) ensureSimple(name);
  const sortedTypes = Object.fromEntries(
    Object.keys(types)
      .sort()
      .map((k) => [k, types[k]]),
  );
  const mappings = Object.entries(BUILTIN_MAPPINGS)
    .filter(([k]) => mapped.has(k))
    .map(([k, m]) => ({ xsd: k, as: m.as, reden: m.reden }));
  return { schema: { namespace: ns, roots, types: sortedTypes }, stats, mappings };
}
