/** fast-check arbitraries of RIO message models, drawn from a schema descriptor (test support). */
import fc from 'fast-check';
import {
  compileSimple,
  type ComplexTypeDef,
  type Particle,
  type SimpleTypeDef,
  type XmlSchema,
} from '@edustandaard/core';

/** Text that tests `xs:string` fidelity: markup characters, entity look-alikes, spaces at the ends. */
const TEXT_CHARS = [...'abcXYZ09 é&<>"\'', '&amp;', ' ', '\t', '€'];

/** An arbitrary of a simple type's model value, valid for core's check of that type. */
function simpleArb(def: SimpleTypeDef): fc.Arbitrary<unknown> {
  const c = compileSimple(def);
  const valid = (v: string) => c.check(v) === null;
  let lexical: fc.Arbitrary<string>;
  if (def.enumeration) lexical = fc.constantFrom(...def.enumeration);
  else if (def.pattern?.some((x) => x.includes('T([01][0-9]|2[0-3])')))
    lexical = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  else if (def.pattern?.length && def.base === 'string')
    // the most derived pattern (the others are the base types', e.g. xs:token's)
    lexical = fc.stringMatching(
      new RegExp(`^(?:${def.pattern[def.pattern.length - 1]!.replace(/\\d/g, '[0-9]')})$`),
    );
  else if (def.base === 'boolean') lexical = fc.constantFrom('true', 'false');
  else if (def.base === 'int' || def.base === 'integer')
    lexical = fc
      .integer({
        min: Math.max(
          def.minInclusive ?? -99999,
          def.minExclusive !== undefined ? def.minExclusive + 1 : -99999,
        ),
        max: Math.min(
          def.maxInclusive ?? 99999,
          def.maxExclusive !== undefined ? def.maxExclusive - 1 : 99999,
        ),
      })
      .map(String);
  else if (def.base === 'decimal')
    lexical = fc
      .tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom('', '.5', '.25', '.10', '.0'))
      .map(([i, f]) => `${i}${f}`);
  else if (def.base === 'date')
    lexical = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  else
    lexical = fc
      .array(fc.constantFrom(...TEXT_CHARS), {
        minLength: def.minLength ?? def.length ?? 1,
        maxLength: Math.min(def.maxLength ?? def.length ?? 12, 12),
      })
      .map((a) => a.join('').slice(0, def.maxLength ?? def.length ?? 12));
  return lexical.filter(valid).map((v) => c.toValue(v));
}

/** An arbitrary of an element's content. */
export function contentArb(schema: XmlSchema, typeName: string, depth = 0): fc.Arbitrary<unknown> {
  const t =
    schema.types[typeName] ??
    ({ kind: 'simple', base: typeName.replace(/^xs:/, '') } as SimpleTypeDef);
  if (t.kind === 'simple') return simpleArb(t);
  const ct = t as ComplexTypeDef;
  if (!ct.content) return fc.constant({});
  return particleArb(schema, ct.content, depth).map((parts) => Object.assign({}, ...parts));
}

/** Parts (objects to merge) for a particle occurring once. */
function particleArb(schema: XmlSchema, p: Particle, depth: number): fc.Arbitrary<object[]> {
  if (p.maxOccurs === 0) return fc.constant([]); // a prohibited particle (maxOccurs="0")
  if (p.kind === 'element') {
    const max = p.maxOccurs === 'unbounded' ? 2 : Math.min(p.maxOccurs, 2);
    const min = p.minOccurs;
    const one = contentArb(schema, p.type, depth + 1);
    if (p.maxOccurs === 1) {
      return min === 1
        ? one.map((v) => [{ [p.name]: v }])
        : fc
            .option(one, { nil: undefined, freq: 2 })
            .map((v) => (v === undefined ? [] : [{ [p.name]: v }]));
    }
    return fc
      .array(one, { minLength: min, maxLength: Math.max(min, max) })
      .map((vs) => (vs.length ? [{ [p.name]: vs }] : []));
  }
  const once: fc.Arbitrary<object[]> =
    p.kind === 'sequence'
      ? fc.tuple(...p.particles.map((c) => particleArb(schema, c, depth))).map((xs) => xs.flat())
      : fc.oneof(...p.particles.map((c) => particleArb(schema, c, depth)));
  return p.minOccurs === 0
    ? fc.option(once, { nil: undefined, freq: 3 }).map((v) => v ?? [])
    : once;
}
