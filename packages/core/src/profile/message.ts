/**
 * Message templates (STYLE.md "Worth absorbing" 4: text is rendered from code and params at the
 * edge). A template is Dutch text with `{name}` placeholders filled from a finding's `params`.
 */

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.map(show).join(', ');
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/**
 * Fills `{name}` placeholders from `params`; unknown placeholders stay as they are, so a missing
 * parameter is visible rather than silently blank. Arrays render as `a, b, c`.
 * @param template - e.g. `Element {element} is verboden.`
 * @param params - values for the placeholders
 */
export function renderMessage(
  template: string,
  params: Readonly<Record<string, unknown>> = {},
): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) && params[name] !== undefined
      ? show(params[name])
      : whole,
  );
}

/** Dutch templates of the engine's own finding codes (used when a row links no rule of the standard). */
export const PROFILE_MESSAGES = {
  'PROFILE.CARDINALITY.forbidden': 'Element {element} is verboden in profiel {profile}.',
  'PROFILE.CARDINALITY.missing':
    'Element {element} is verplicht in profiel {profile}: minimaal {min} keer, aangetroffen {count} keer.',
  'PROFILE.CARDINALITY.repeated':
    'Element {element} mag in profiel {profile} hoogstens {max} keer voorkomen, aangetroffen {count} keer.',
  'PROFILE.VALUE.notAllowed':
    "Waarde '{value}' is niet toegestaan voor {element}; toegestaan: {allowed}.",
  'PROFILE.CODELIST.unknownCode':
    "Waarde '{value}' van {element} komt niet voor in codelijst {codelist}.",
  'PROFILE.RULE.error': 'Business rule {rule} kon niet worden geëvalueerd ({error}).',
  'PROFILE.NARROWING.widens':
    'Profiel verruimt de cardinaliteit van {element}: basis {base}, profiel {requested}; een profiel mag alleen inperken.',
  'PROFILE.NARROWING.valuesWiden':
    'Profiel staat voor {element} waarden toe die de basis niet toestaat: {values}.',
  'PROFILE.NARROWING.codelistChanged':
    'Profiel bindt {element} aan codelijst {requested}, de basis aan {base}.',
  'PROFILE.ELEMENT.unknown': 'Element {element} ({path}) komt niet voor in de basis {base}.',
  'PROFILE.ELEMENT.duplicate': 'Element {path} staat meer dan eens in het profiel.',
  'PROFILE.ELEMENT.ruleUnknown': 'Element {path} verwijst naar onbekende business rule {rule}.',
  'PROFILE.CARDINALITY.invalid': "Ongeldige cardinaliteit '{cardinality}' voor {path}.",
  'PROFILE.RULE.duplicate': 'Business rule {rule} is meer dan eens gedefinieerd.',
  'PROFILE.RULE.pathUnknown':
    'Business rule {rule} verwijst naar pad {path} dat niet in de basis {base} voorkomt.',
  'PROFILE.RULE.contextUnknown':
    'Business rule {rule} heeft context {path} die niet in de basis {base} voorkomt.',
  'PROFILE.RULE.noPaths': 'Business rule {rule} noemt geen enkel pad.',
  'PROFILE.BASE.mismatch':
    'Profiel is gedefinieerd op {expected}, maar gecontroleerd tegen {actual}.',
} as const satisfies Record<string, string>;

/** The engine's own finding codes. */
export type ProfileMessageCode = keyof typeof PROFILE_MESSAGES;
