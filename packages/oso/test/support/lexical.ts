/**
 * Lexical variants and comments for round-trip tests (issue #10 item 6): typed values written in
 * another valid lexical form (`01`, ` 1 `, boolean `1`/`0`, padded dates), and comments and
 * processing instructions at every kind of place. Deterministic for a seed.
 */
import type { CComplex, CElement, CompiledSchema, RawElement } from '@edustandaard/core';

/**
 * Rewrites typed leaf values of a tree in place into other lexical forms with the same value.
 * @returns the number of values rewritten
 */
export function lexicalVariants(
  tree: RawElement,
  schema: CompiledSchema,
  root: string,
  r: () => number,
  p = 0.5,
): number {
  let n = 0;
  const visit = (raw: RawElement, el: CElement): void => {
    const t = el.type;
    const simple = t.kind === 'simple' ? t.simple : (t as CComplex).simpleContent;
    if (simple) {
      const text = raw.children.length === 1 ? raw.children[0] : undefined;
      if (typeof text !== 'string' || r() >= p) return;
      const v = variant(simple.def.base, text, r);
      if (
        v !== undefined &&
        simple.check(v) === null &&
        simple.toValue(v) === simple.toValue(text)
      ) {
        raw.children = [v];
        n++;
      }
      return;
    }
    const ct = t as CComplex;
    for (const c of raw.children) {
      if (typeof c === 'string' || c.ns !== schema.namespace) continue;
      const child = ct.childByName.get(c.name.slice(c.name.indexOf(':') + 1));
      if (child) visit(c, child);
    }
  };
  visit(tree, schema.roots.get(root)!);
  return n;
}

function variant(base: string, text: string, r: () => number): string | undefined {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  switch (base) {
    case 'boolean':
      return pick([
        text === 'true' ? '1' : text === 'false' ? '0' : text,
        ` ${text} `,
        `\n${text}\t`,
      ]);
    // libxml2 (2.9.14) rejects whitespace around xs:int and xs:date, although XSD 1.0 Part 2 §4.3.6
    // collapses it (core/src/xml/README.md, "Known differences"): those variants are left out here, so
    // the comparison with xmllint stays about what both should agree on.
    case 'int':
      if (!/^\d+$/.test(text)) return undefined;
      return pick([`0${text}`, `00${text}`, `+${text}`]);
    case 'integer':
      if (!/^\d+$/.test(text)) return undefined;
      return pick([`0${text}`, `00${text}`, ` ${text} `, `+${text}`]);
    case 'decimal':
      return ` ${text}\n`;
    default:
      return undefined;
  }
}

/**
 * Inserts comments and processing instructions into serialised XML: in the prolog, after the root,
 * after every k-th end tag (between siblings, between repeated elements) and inside a simple element.
 */
export function withMisc(xml: string, r: () => number, every = 5): string {
  let k = 0;
  const body = xml.replace(/<\/([\w:.-]+)>/g, (m, name: string) => {
    k++;
    if (k % every === 0) return `${m}<!-- na ${name} ${k} -->`;
    if (k % every === 2 && r() < 0.5) return `<!--in ${name}-->${m}`;
    if (k % every === 3 && r() < 0.3) return `${m}<?verwerk stap="${k}"?>`;
    return m;
  });
  const decl = body.startsWith('<?xml') ? body.indexOf('?>') + 2 : 0;
  return `${body.slice(0, decl)}\n<?xml-stylesheet type="text/xsl" href="dossier.xsl"?>\n<!-- prolog -->\n${body.slice(decl).trimStart()}\n<!-- epilog -->\n`;
}
