/**
 * Every section of the seed documents a reader should see, with where the site shows it (issue #16
 * part 2: "every section … has a page or a section, linked from the sidebar; a test lists them").
 * `heading` is the heading as it appears in the seed text (test/agreement.test.ts checks it is there);
 * `route` is the page (optionally `#anchor`) whose page is linked from the sidebar.
 */
import { route } from '../site/urls.ts';

export interface SeedSection {
  /** File name in ../shared/seeds/. */
  seed: string;
  /** The heading line as the seed has it (start of the line). */
  heading: string;
  /** Where the site shows it: a route without the base path, optionally with `#anchor`. */
  at: string;
}

const SWV = 'oso-swv-profielen-2024.1.txt';
const EDUV = 'edu-v-identiteiten.txt';
const AMIGO = 'amigo-stand-van-zaken.txt';

export const SEED_SECTIONS: SeedSection[] = [
  { seed: SWV, heading: '2.1 Inleiding', at: route.swvAgreement('inleiding') },
  {
    seed: SWV,
    heading: '2.2 Use case van SWV PaO uitwisseling via OSO infrastructuur',
    at: route.swvAgreement('use-case'),
  },
  {
    seed: SWV,
    heading: '2.3 Principes uitwisseling volgens SWV-profielen',
    at: route.swvAgreement('principes'),
  },
  {
    seed: SWV,
    heading: '2.4 Beveiligingseisen transport van SWV-dossiers',
    at: route.swvAgreement('beveiliging'),
  },
  {
    seed: SWV,
    heading: '2.5 Juridische gronden voor uitwisseling van SWV-dossiers',
    at: route.swvAgreement('juridisch'),
  },
  // §2.6 is the profile itself: Tabel 1–3, Figuur 4 and every business rule, from the package's data.
  { seed: SWV, heading: '2.6 Dossier volgens SWV-profielen', at: route.swvVersion('2024.1') },
  {
    seed: SWV,
    heading: '2.7 Conformiteit aan SWV-profielen',
    at: route.swvAgreement('conformiteit'),
  },

  {
    seed: EDUV,
    heading: 'Digitale identiteit voor Onderwijsdeelnemers',
    at: `${route.identifiers()}#niveau-onderwijsdeelnemer`,
  },
  { seed: EDUV, heading: 'Wanneer geen ECK iD?', at: `${route.identifiers()}#wanneer-geen-eck-id` },
  {
    seed: EDUV,
    heading: 'Digitale identiteit voor Onderwijsmedewerkers',
    at: `${route.identifiers()}#niveau-onderwijsmedewerker`,
  },
  {
    seed: EDUV,
    heading: 'Digitale identiteit voor Onderwijsorganisaties',
    at: route.eduv('onderwijsorganisaties'),
  },
  {
    seed: EDUV,
    heading: 'Uitgangspunt: Register Instellingen en Opleidingen',
    at: route.eduv('onderwijsorganisaties'),
  },
  { seed: EDUV, heading: 'Onderwijsaanbiedersgroep', at: route.eduv('onderwijsorganisaties') },
  {
    seed: EDUV,
    heading: 'Primaire en secundaire identifiers',
    at: `${route.identifiers()}#niveau-onderwijsbestuur`,
  },
  {
    seed: EDUV,
    heading: 'Onderwijsinrichting versus Onderwijserkenningen (BRIN)',
    at: route.eduv('onderwijsorganisaties'),
  },
  {
    seed: EDUV,
    heading: 'Eisen aan het Register onderwijsorganisaties',
    at: route.eduv('eisen-register'),
  },
  { seed: EDUV, heading: 'Hybride situatie', at: route.eduv('hybride-situatie') },
  {
    seed: EDUV,
    heading: 'Wet: Regeling pseudonimisering persoonsgegevens',
    at: `${route.eduv('eck-id')}#wet`,
  },
  {
    seed: EDUV,
    heading: 'ketenId: implementatie ketenpseudoniem in het ECK iD',
    at: `${route.eduv('eck-id')}#variabelen`,
  },
  {
    seed: EDUV,
    heading: 'Stap 1. Inschrijving onderwijsdeelnemer op onderwijsorganisatie',
    at: route.eduv('eck-id-proces'),
  },
  { seed: EDUV, heading: 'Stap 2. BSN check', at: route.eduv('eck-id-proces') },
  { seed: EDUV, heading: 'Stap 3. ECK iD ophalen', at: route.eduv('eck-id-proces') },
  {
    seed: EDUV,
    heading: 'Stap 4. ECK iD beschikbaar stellen aan andere partijen',
    at: route.eduv('eck-id-proces'),
  },

  { seed: AMIGO, heading: '1.1 Wat is AMIGO?', at: route.amigo('methode') },
  { seed: AMIGO, heading: '1.2 De aanleiding voor AMIGO', at: route.amigo('aanleiding') },
  { seed: AMIGO, heading: '1.3 AMIGO in relatie tot', at: route.amigo('uwlr') },
  { seed: AMIGO, heading: '1.4 Het beproeven van AMIGO', at: route.amigo('trajecten') },
  { seed: AMIGO, heading: '1.4.1 Centrale examens VO', at: route.amigo('trajecten') },
  { seed: AMIGO, heading: '1.4.2 Eindtoets PO', at: route.amigo('trajecten') },
  {
    seed: AMIGO,
    heading: '1.4.3 Verkenning AMIGO-methodiek in het UWLR-domein PO',
    at: route.amigo('trajecten'),
  },
  {
    seed: AMIGO,
    heading: '1.5 Update review commentaren op AMIGO-versie 0.9',
    at: route.amigo('planning'),
  },
];

/**
 * The numbered section headings of a seed that must be covered: §2.x of the SWV document and §1.x(.y)
 * of the AMIGO memo (the Edu-V document has no numbers; its headings are the list above).
 * @param seed - file name
 * @param text - the seed's text
 */
export function numberedHeadings(seed: string, text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (seed === SWV)
    // The body's headings (the table of contents repeats them with a page number and a tab).
    return [...new Set(lines.filter((l) => /^2\.\d+ \S/.test(l) && !/\t\d+$/.test(l)))];
  if (seed === AMIGO) return [...new Set(lines.filter((l) => /^1\.\d+(\.\d+)? \S/.test(l)))];
  return [];
}
