/**
 * Test-time only: a 2025 XSD derived from DUO's 2022 XSD text by the same data the codec derives its
 * 2025 descriptor from ({@link RIO_CONTRACT_2025}), so xmllint can check messages of the 2025 build.
 * The result is marked in a comment as derived — it is not DUO's 14-07-2025 XSD, which is not
 * available here — and is never written into the repository.
 */
import { inScope, type ContractChange } from '../../src/index.js';

const TYPE = /<xsd:complexType name="([^"]+)"[^>]*>[\s\S]*?<\/xsd:complexType>/g;
const element = (name: string) =>
  new RegExp(`<xsd:element [^>]*\\bname="${name}"[^>]*/>\\r?\\n?`, 'g');

/**
 * Applies contract changes to the text of one of DUO's generated XSDs (one particle per line).
 * @param xsd - the 2022 XSD text
 * @param changes - the changes (scoped by complex type name)
 * @param note - what the comment at the top says about the derivation
 */
export function deriveXsd(xsd: string, changes: readonly ContractChange[], note: string): string {
  let applied = 0;
  const out = xsd.replace(TYPE, (block, name: string) => {
    let b = block;
    for (const c of changes) {
      if (!inScope(c.in, name)) continue;
      const before = b;
      if (c.op === 'remove') b = b.replace(element(c.element), '');
      else if (c.op === 'maxOccurs')
        b = b.replace(element(c.element), (l) =>
          l.replace(/maxOccurs="[^"]*"/, `maxOccurs="${c.maxOccurs}"`),
        );
      else
        b = b.replace(
          element(c.after),
          (l) =>
            `${l}<xsd:element maxOccurs="${c.element.maxOccurs}" minOccurs="${c.element.minOccurs}" name="${c.element.name}" type="${c.element.type}"/>\n`,
        );
      if (b !== before) applied++;
    }
    return b;
  });
  if (!applied) throw new Error('no change of the derivation applied: XSD layout changed?');
  return out.replace(/(<xsd:schema[^>]*>)/, `$1\n<!-- AFGELEID, niet van DUO: ${note} -->`);
}
