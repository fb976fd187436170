import { describe, expect, it } from 'vitest';
import { buildDescriptor, parseXsd } from '../src/xsd.mjs';

const XSD = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
  <xsd:element name="cohort" type="Cohort" abstract="true"/>
  <xsd:element name="hoCohort" type="Cohort" substitutionGroup="cohort"/>
  <xsd:element name="mboCohort" type="Cohort" substitutionGroup="cohort"/>
  <xsd:complexType name="Cohort"><xsd:sequence>
    <xsd:element name="code" type="Code"/>
    <xsd:element name="bedrag" type="Bedrag" minOccurs="0"/>
    <xsd:element name="tijd" type="Tijd" minOccurs="0"/>
  </xsd:sequence></xsd:complexType>
  <xsd:element name="aanbod"><xsd:complexType><xsd:sequence>
    <xsd:element ref="cohort" minOccurs="0" maxOccurs="999"/>
  </xsd:sequence></xsd:complexType></xsd:element>
  <xsd:simpleType name="Code"><xsd:restriction base="xsd:token"><xsd:maxLength value="8"/></xsd:restriction></xsd:simpleType>
  <xsd:simpleType name="Bedrag"><xsd:restriction base="xsd:decimal"><xsd:fractionDigits value="2"/></xsd:restriction></xsd:simpleType>
  <xsd:simpleType name="Tijd"><xsd:restriction base="xsd:dateTime"/></xsd:simpleType>
</xsd:schema>`;

describe('buildDescriptor', () => {
  const { schema, mappings } = buildDescriptor(parseXsd(XSD));

  it('expands a reference to an abstract substitution group head into a choice of its members', () => {
    const aanbod = schema.types[(schema.roots.aanbod as { type: string }).type] as {
      content: { particles: { kind: string; maxOccurs: unknown; particles: { name: string }[] }[] };
    };
    const choice = aanbod.content.particles[0]!;
    expect(choice.kind).toBe('choice');
    expect(choice.maxOccurs).toBe(999);
    expect(choice.particles.map((p) => p.name)).toEqual(['hoCohort', 'mboCohort']);
    expect(choice.particles.map((p) => (p as unknown as { maxOccurs: number }).maxOccurs)).toEqual([
      999, 999,
    ]);
    expect(Object.keys(schema.roots)).not.toContain('cohort');
  });

  it('maps built-ins the codec lacks, and says so', () => {
    expect(schema.types.Code).toMatchObject({ base: 'string', maxLength: 8 });
    expect(schema.types.Bedrag).toMatchObject({ base: 'decimal' });
    expect(schema.types.Tijd).toMatchObject({ base: 'string' });
    expect(mappings.map((m) => m.xsd).sort()).toEqual(['dateTime', 'fractionDigits', 'token']);
    const re = new RegExp(`^(?:${(schema.types.Bedrag as { pattern: string[] }).pattern[0]})$`);
    expect(re.test('12.50')).toBe(true);
    expect(re.test('12.505')).toBe(false);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildDescriptor(parseXsd(XSD)))).toBe(
      JSON.stringify(buildDescriptor(parseXsd(XSD))),
    );
  });
});
