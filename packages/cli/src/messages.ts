/**
 * Dutch wording for the XML parser's (saxes) English well-formedness messages (issue #13: no
 * English such as "text data outside of root node" reaches the user). The core reader reports
 * them as `Geen goedgevormde XML: <saxes message>`; the CLI maps the saxes part here, and drops
 * any part it does not know rather than show English. Kept as data: one row per saxes message.
 */
const SAXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^text data outside of root node\.?$/, 'tekst buiten het hoofdelement'],
  [/^document must contain a root element\.?$/, 'het document heeft geen hoofdelement'],
  [/^documents may contain only one root\.?$/, 'het document heeft meer dan één hoofdelement'],
  [/^unclosed tag: (.+)$/, 'element <$1> is niet gesloten'],
  [/^unmatched closing tag: (.+?)\.?$/, 'sluittag </$1> hoort bij geen open element'],
  [/^unexpected close tag\.?$/, 'onverwachte sluittag'],
  [/^unexpected end\.?$/, 'het document houdt onverwacht op'],
  [/^duplicate attribute: (.+?)\.?$/, 'attribuut $1 komt twee keer voor'],
  [/^unbound namespace prefix: "(.+)"\.?$/, "namespace-prefix '$1' is niet gedeclareerd"],
  [/^malformed name: (.+?)\.?$/, 'ongeldige naam $1'],
  [/^disallowed character.*$/, 'niet-toegestaan teken'],
  [
    /^the string "\]\]>" is disallowed in char data\.?$/,
    "de tekenreeks ']]>' is niet toegestaan in tekst",
  ],
  [/^malformed character entity\.?$/, 'ongeldige tekenverwijzing'],
  [/^malformed comment\.?$/, 'ongeldig commentaar'],
  [/^unquoted attribute value\.?$/, 'attribuutwaarde zonder aanhalingstekens'],
  [/^value must be quoted\.?$/, 'attribuutwaarde zonder aanhalingstekens'],
  [/^attribute without value\.?$/, 'attribuut zonder waarde'],
  [/^no whitespace between attributes\.?$/, 'geen spatie tussen attributen'],
  [
    /^(an XML declaration|the XML declaration) must (be|appear) at the start of the document\.?$/,
    'de XML-declaratie moet aan het begin van het document staan',
  ],
  [/^XML declaration is incomplete\.?$/, 'de XML-declaratie is onvolledig'],
  [/^XML declaration must contain a version\.?$/, 'de XML-declaratie heeft geen versie'],
  [
    /^processing instructions are not allowed before root\.?$/,
    'een verwerkingsinstructie vóór het hoofdelement is niet toegestaan',
  ],
  [
    /^inappropriately located doctype declaration\.?$/,
    'een DOCTYPE-declaratie op een ongeldige plaats',
  ],
  [/^forward-slash in opening tag not followed by >\.?$/, "'/' in een openingstag zonder '>' erna"],
];

/**
 * The Dutch form of a core XML error message; a message without English parser text is
 * returned unchanged.
 * @param message - the error's message
 */
export function dutchMessage(message: string): string {
  const m = /^(Geen goedgevormde XML: )(.*)$/s.exec(message);
  if (!m) return message;
  const raw = (m[2] ?? '').trim();
  for (const [re, nl] of SAXES) if (re.test(raw)) return `${m[1]}${raw.replace(re, nl)}.`;
  return 'Geen goedgevormde XML.';
}
