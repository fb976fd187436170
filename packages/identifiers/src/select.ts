/**
 * `selectIdentifier`: which identifier to use for a person or organisation according to the Edu-V
 * agreement "Identiteiten": the primary identifier (eerste voorkeur) when known and valid, otherwise
 * the first known and valid secondary identifier in the order of the agreement's table, with a Dutch
 * explanation. The agreement itself does not rank the secondary identifiers; the table order is the
 * documented order and is the one used here.
 */
import { GEEN_ECK_ID_SITUATIES, tableFor } from './data/tables.js';
import { parseIdentifier } from './parse/index.js';
import { NIVEAUS, type IdentifierTerm, type Niveau, type Rang } from './types.js';

/** Identifier values known for one person or organisation, keyed by technical term. */
export type KnownIdentifiers = Partial<Record<IdentifierTerm, unknown>>;

/** A table row that was not chosen, and why. */
export interface SkippedIdentifier {
  term: IdentifierTerm;
  rang: Rang;
  /** `ontbreekt`: no value given; `ongeldig`: the value failed its parser. */
  status: 'ontbreekt' | 'ongeldig';
  /** The parser's Dutch reason when `ongeldig`. */
  reason?: string;
}

/** The outcome of {@link selectIdentifier}. */
export type IdentifierSelection =
  | {
      ok: true;
      niveau: Niveau;
      term: IdentifierTerm;
      rang: Rang;
      /** The "Type" column of the chosen row. */
      type: string;
      /** The normalised value. */
      value: string;
      /** Dutch explanation of the choice. */
      explanation: string;
      /** Rows before the chosen one that were passed over. */
      skipped: SkippedIdentifier[];
      /** Given terms that the agreement does not use at this level. */
      ignored: IdentifierTerm[];
    }
  | {
      ok: false;
      niveau: Niveau;
      explanation: string;
      skipped: SkippedIdentifier[];
      ignored: IdentifierTerm[];
    };

function present(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

function label(term: IdentifierTerm, type: string): string {
  return `${type} (${term})`;
}

/**
 * Chooses the identifier to use per the agreement.
 * @param niveau - `onderwijsdeelnemer`, `onderwijsmedewerker`, `onderwijsbestuur`, `onderwijsaanbieder` or `onderwijslocatie`
 * @param known - the identifier values known, keyed by technical term (absent, `null` or blank = unknown)
 * @throws RangeError for an unknown level (a programming error)
 */
export function selectIdentifier(niveau: Niveau, known: KnownIdentifiers): IdentifierSelection {
  if (!NIVEAUS.includes(niveau)) throw new RangeError(`onbekend niveau: ${String(niveau)}`);
  const table = tableFor(niveau);
  const terms = new Set(table.rows.map((r) => r.term));
  const ignored = (Object.keys(known ?? {}) as IdentifierTerm[]).filter(
    (t) => !terms.has(t) && present(known[t]),
  );
  const skipped: SkippedIdentifier[] = [];
  const primary = table.rows.find((r) => r.rang === 'primair');
  const order = table.rows
    .filter((r) => r.rang === 'secundair')
    .map((r) => r.term)
    .join(', ');

  for (const row of table.rows) {
    const v = known?.[row.term];
    if (!present(v)) {
      skipped.push({ term: row.term, rang: row.rang, status: 'ontbreekt' });
      continue;
    }
    const parsed = parseIdentifier(row.term, v);
    if (!parsed.ok) {
      skipped.push({ term: row.term, rang: row.rang, status: 'ongeldig', reason: parsed.reason });
      continue;
    }
    const ignoredText = ignored.length
      ? ` Niet gebruikt voor een ${niveau} volgens de afspraak: ${ignored.join(', ')}.`
      : '';
    let explanation: string;
    if (row.rang === 'primair') {
      explanation = `${label(row.term, row.type)} is de primaire identifier (eerste voorkeur) voor een ${niveau} volgens de afspraak Identiteiten.`;
    } else {
      const why = primary
        ? (() => {
            const s = skipped.find((x) => x.term === primary.term);
            const state = s?.status === 'ongeldig' ? `ongeldig (${s.reason ?? ''})` : 'niet bekend';
            return `De primaire identifier ${label(primary.term, primary.type)} is ${state}.`;
          })()
        : `Voor een ${niveau} kent de afspraak geen primaire identifier (een ECK iD voor medewerkers wordt in de praktijk niet eenduidig gegenereerd); alleen secundaire identifiers.`;
      const passed = skipped.filter((x) => x.rang === 'secundair');
      const passedText = passed.length
        ? ` Eerder in de volgorde: ${passed.map((x) => `${x.term} ${x.status === 'ongeldig' ? 'ongeldig' : 'ontbreekt'}`).join(', ')}.`
        : '';
      const situaties =
        niveau === 'onderwijsdeelnemer'
          ? ` Een ECK iD is onder meer niet te verkrijgen voor: ${GEEN_ECK_ID_SITUATIES.map((s) => s.omschrijving.charAt(0).toLowerCase() + s.omschrijving.slice(1)).join('; ')}.`
          : '';
      explanation =
        `${why} Daarom de secundaire identifier ${label(row.term, row.type)} (bij ontbreken van de eerste voorkeur): ` +
        `de eerste bekende en geldige in de volgorde van de tabel van de afspraak (${order}).${passedText}${situaties}`;
    }
    return {
      ok: true,
      niveau,
      term: row.term,
      rang: row.rang,
      type: row.type,
      value: parsed.value,
      explanation: explanation + ignoredText,
      skipped,
      ignored,
    };
  }

  const invalid = skipped.filter((s) => s.status === 'ongeldig').map((s) => s.term);
  return {
    ok: false,
    niveau,
    explanation:
      `Geen bruikbare identifier voor een ${niveau}: geen van ${table.rows.map((r) => r.term).join(', ')} is bekend en geldig` +
      (invalid.length ? ` (ongeldig: ${invalid.join(', ')})` : '') +
      '.',
    skipped,
    ignored,
  };
}
