/**
 * Writes an XSD from a core XmlSchema descriptor (used for the derived 2024.1 XSD, for which no
 * official XSD is published, and for the 2019.1 round trip check). Anonymous types of the
 * descriptor become named types with NCName-safe names; `ref`s were resolved into local elements
 * (equivalent with elementFormDefault="qualified"). Deterministic output.
 */
const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** NCName-safe type name. */
export function xsdTypeName(name) {
  if (name.startsWith('xs:')) return name;
  return name.replace(/^@/, 'global.').replace(/\//g, '.').replace(/~/g, '_');
}

function doc(d, ind) {
  if (!d || (!d.semantiek && !d.implementatie)) return '';
  const lines = [`${ind}<xs:annotation>`];
  if (d.semantiek)
    lines.push(
      `${ind}  <xs:documentation source="semantiek">${esc(d.semantiek)}</xs:documentation>`,
    );
  if (d.implementatie)
    lines.push(
      `${ind}  <xs:documentation source="implementatie">${esc(d.implementatie)}</xs:documentation>`,
    );
  lines.push(`${ind}</xs:annotation>`);
  return `${lines.join('\n')}\n`;
}

const occ = (p) =>
  `${p.minOccurs !== 1 ? ` minOccurs="${p.minOccurs}"` : ''}${p.maxOccurs !== 1 ? ` maxOccurs="${p.maxOccurs}"` : ''}`;

function particle(p, ind) {
  if (p.kind === 'element') {
    const d = doc(p.doc, `${ind}  `);
    const open = `${ind}<xs:element name="${p.name}" type="${xsdTypeName(p.type)}"${occ(p)}`;
    return d ? `${open}>\n${d}${ind}</xs:element>\n` : `${open}/>\n`;
  }
  const kids = p.particles.map((c) => particle(c, `${ind}  `)).join('');
  return `${ind}<xs:${p.kind}${occ(p)}>\n${kids}${ind}</xs:${p.kind}>\n`;
}

function simpleType(name, t) {
  // Patterns of the descriptor are AND-ed; in XSD only across derivation steps: chain one step per pattern.
  const pats = t.pattern ?? [];
  const steps = [];
  const facets = [];
  for (const k of [
    'length',
    'minLength',
    'maxLength',
    'minInclusive',
    'maxInclusive',
    'minExclusive',
    'maxExclusive',
  ]) {
    if (t[k] !== undefined) facets.push(`      <xs:${k} value="${t[k]}"/>`);
  }
  for (const e of t.enumeration ?? []) facets.push(`      <xs:enumeration value="${esc(e)}"/>`);
  let base = `xs:${t.base}`;
  pats.slice(0, -1).forEach((p, i) => {
    const n = `${xsdTypeName(name)}.p${i + 1}`;
    steps.push(
      `  <xs:simpleType name="${n}">\n    <xs:restriction base="${base}">\n      <xs:pattern value="${esc(p)}"/>\n    </xs:restriction>\n  </xs:simpleType>\n`,
    );
    base = n;
  });
  const last = pats.length ? [`      <xs:pattern value="${esc(pats[pats.length - 1])}"/>`] : [];
  const body = [...facets, ...last].join('\n');
  steps.push(
    `  <xs:simpleType name="${xsdTypeName(name)}">\n${doc(t.doc, '    ')}    <xs:restriction base="${base}"${body ? `>\n${body}\n    </xs:restriction>` : '/>'}\n  </xs:simpleType>\n`,
  );
  return steps.join('');
}

function complexType(name, t) {
  const d = doc(t.doc, '    ');
  if (t.simpleContent) {
    const attrs = (t.attributes ?? [])
      .map(
        (a) =>
          `        <xs:attribute name="${a.name}" type="${xsdTypeName(a.type)}" use="${a.use}"/>`,
      )
      .join('\n');
    return `  <xs:complexType name="${xsdTypeName(name)}">\n${d}    <xs:simpleContent>\n      <xs:extension base="${xsdTypeName(t.simpleContent)}"${attrs ? `>\n${attrs}\n      </xs:extension>` : '/>'}\n    </xs:simpleContent>\n  </xs:complexType>\n`;
  }
  if (!t.content)
    return `  <xs:complexType name="${xsdTypeName(name)}"${d ? `>\n${d}  </xs:complexType>` : '/>'}\n`;
  const c =
    t.content.kind === 'element'
      ? { kind: 'sequence', minOccurs: 1, maxOccurs: 1, particles: [t.content] }
      : t.content;
  return `  <xs:complexType name="${xsdTypeName(name)}">\n${d}${particle(c, '    ')}  </xs:complexType>\n`;
}

/**
 * @param schema - the descriptor
 * @param header - a comment placed at the top (source, generation)
 * @returns XSD text
 */
export function writeXsd(schema, header) {
  const ns = esc(schema.namespace);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<!-- ${header.replace(/--/g, '- -')} -->\n`,
    `<xs:schema xmlns="${ns}" xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${ns}" elementFormDefault="qualified" attributeFormDefault="unqualified">\n`,
  ];
  for (const [name, el] of Object.entries(schema.roots)) {
    const d = doc(el.doc, '    ');
    out.push(
      d
        ? `  <xs:element name="${name}" type="${xsdTypeName(el.type)}">\n${d}  </xs:element>\n`
        : `  <xs:element name="${name}" type="${xsdTypeName(el.type)}"/>\n`,
    );
  }
  for (const [name, t] of Object.entries(schema.types))
    out.push(t.kind === 'simple' ? simpleType(name, t) : complexType(name, t));
  out.push('</xs:schema>\n');
  return out.join('');
}
