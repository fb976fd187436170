/**
 * The profile engine's catalogue (#10 item 4): templates of its own `PROFILE.*` codes. Rules of the
 * standard carry their own template in their declaration (profile data, keyed by rule code).
 */
import { defineCatalogue } from '../messages/catalogue.js';

export { renderMessage } from '../messages/render.js';

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

/** {@link PROFILE_MESSAGES} as a catalogue (the shape every package's catalogue has). */
export const PROFILE_CATALOGUE = defineCatalogue(PROFILE_MESSAGES);

/** The engine's own finding codes. */
export type ProfileMessageCode = keyof typeof PROFILE_MESSAGES;
