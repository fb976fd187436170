/**
 * Derivation maps (DESIGN.md §6): a domain model declares, per element, the central concept (and
 * attribute) it derives from, so the site can show where a concept appears across OSO, RIO and
 * OKE (AMIGO stand van zaken §1.2: "zaken ... die over verschillende contexten heen worden gebruikt
 * aan elkaar te relateren door ze van dezelfde bovenliggende modellen af te leiden").
 */
import { createFinding, type Finding } from '../report.js';
import { DERIVATION_MESSAGES } from '../messages/core.js';
import {
  CENTRAL_CONCEPTS,
  conceptAttributes,
  getConcept,
  type CentralConceptId,
} from './concepts.js';

/** One element of a domain model and the central concept it derives from. */
export interface Derivation {
  /** Path of the element in the domain model, e.g. `/dossier/huidigeschool/leerling/geboortedatum`. */
  element: string;
  /** The central concept. */
  concept: CentralConceptId;
  /** The concept's attribute the element carries, e.g. `geboortedatum`. */
  attribute?: string;
  /** Dutch remark, e.g. how the value is narrowed or coded. */
  note?: string;
  /** The conversion (an id of `CONVERSIONS`, `object`, `lijst` or a Dutch description). */
  conversie?: string;
  /** Whether domain → central → domain gives the value back. */
  omkeerbaar?: boolean;
}

/** All derivations of one afsprakenset version. */
export interface DerivationMap {
  /** e.g. `OSO`, `RIO`, `OKE`. */
  afsprakenset: string;
  /** e.g. `2024.1`. */
  version: string;
  derivations: readonly Derivation[];
}

/** One column of the matrix: an afsprakenset version. */
export interface DerivationColumn {
  afsprakenset: string;
  version: string;
}

/** Where a concept (attribute) appears in one afsprakenset version. */
export interface DerivationCell {
  element: string;
  attribute?: string;
  note?: string;
}

/** One row of the matrix: a central concept and, per column, the elements derived from it. */
export interface DerivationRow {
  concept: CentralConceptId;
  naam: string;
  /** `cells[i]` belongs to `columns[i]`; an empty list means the concept does not appear there. */
  cells: DerivationCell[][];
}

/** The cross-afsprakenset matrix the site renders. */
export interface DerivationMatrix {
  columns: DerivationColumn[];
  /** One row per central concept, in {@link CENTRAL_CONCEPTS} order (also concepts that appear nowhere). */
  rows: DerivationRow[];
  /** Problems in the maps (unknown concept or attribute, duplicate element, duplicate column); nothing is dropped silently. */
  issues: Finding[];
}

/**
 * Checks one derivation map: every concept exists, every attribute belongs to the concept (or a
 * concept it specialises), no element is listed twice.
 * @param map - a domain model's derivation map
 * @returns findings with codes `DERIVATION.concept.unknown`, `DERIVATION.attribute.unknown`, `DERIVATION.element.duplicate`
 */
export function checkDerivationMap(map: DerivationMap): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const d of map.derivations) {
    const key = `${d.element}\u0000${d.attribute ?? ''}`;
    if (seen.has(key)) {
      out.push(
        createFinding(DERIVATION_MESSAGES, 'DERIVATION.element.duplicate', {
          path: d.element,
          params: { element: d.element, afsprakenset: map.afsprakenset, version: map.version },
        }),
      );
    }
    seen.add(key);
    const concept = getConcept(d.concept);
    if (!concept) {
      out.push(
        createFinding(DERIVATION_MESSAGES, 'DERIVATION.concept.unknown', {
          path: d.element,
          params: {
            element: d.element,
            concept: d.concept,
            afsprakenset: map.afsprakenset,
            version: map.version,
          },
        }),
      );
    } else if (
      d.attribute !== undefined &&
      !conceptAttributes(d.concept).some((a) => a.naam === d.attribute)
    ) {
      out.push(
        createFinding(DERIVATION_MESSAGES, 'DERIVATION.attribute.unknown', {
          path: d.element,
          params: {
            element: d.element,
            concept: d.concept,
            attribute: d.attribute,
            afsprakenset: map.afsprakenset,
            version: map.version,
          },
        }),
      );
    }
  }
  return out;
}

/**
 * Builds the concept × afsprakenset matrix from several derivation maps (one column per map, in
 * the order given). Derivations that name an unknown concept are reported in `issues` and not
 * placed in a row.
 * @param maps - derivation maps of OSO, RIO, OKE, … (any order; columns follow it)
 * @returns columns, one row per central concept, and the issues found in the maps
 */
export function buildDerivationMatrix(maps: readonly DerivationMap[]): DerivationMatrix {
  const columns: DerivationColumn[] = [];
  const issues: Finding[] = [];
  const rows: DerivationRow[] = CENTRAL_CONCEPTS.map((c) => ({
    concept: c.id,
    naam: c.naam,
    cells: [],
  }));
  const index = new Map(rows.map((r, i) => [r.concept as string, i]));
  const columnKeys = new Set<string>();
  for (const map of maps) {
    const key = `${map.afsprakenset}\u0000${map.version}`;
    if (columnKeys.has(key)) {
      issues.push(
        createFinding(DERIVATION_MESSAGES, 'DERIVATION.map.duplicate', {
          path: '/',
          params: { afsprakenset: map.afsprakenset, version: map.version },
        }),
      );
    }
    columnKeys.add(key);
    columns.push({ afsprakenset: map.afsprakenset, version: map.version });
    for (const r of rows) r.cells.push([]);
    issues.push(...checkDerivationMap(map));
    for (const d of map.derivations) {
      const i = index.get(d.concept);
      if (i === undefined) continue;
      const cell: DerivationCell = { element: d.element };
      if (d.attribute !== undefined) cell.attribute = d.attribute;
      if (d.note !== undefined) cell.note = d.note;
      rows[i]!.cells[columns.length - 1]!.push(cell);
    }
  }
  return { columns, rows, issues };
}
