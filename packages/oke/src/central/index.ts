/**
 * OKE's derivation from the central AMIGO models (issue #18): the derivation data, the resolved
 * table over every schema property, conversions of OOAPI persons and organisations to and from the
 * central forms, and the cross-context payload builder.
 *
 * Layering: oke may not import oso (nor oso oke). The cross-context mapping "OKE person for a
 * leerling from an OSO dossier" is therefore split at the central form: `osoToCentral` (in
 * `@edustandaard/oso`) gives the central Onderwijsdeelnemer, and {@link okePersonPayload} here
 * takes any central Onderwijsdeelnemer — from OSO, RIO or a SIS — and builds the OKE payload with a
 * report. Nothing here knows OSO; the composition of the two is one line for the caller (the CLI or
 * an application) and is tested in the cli package, which depends on both.
 */
import {
  fromCentral,
  memoResolved,
  resolveDerivations,
  toCentral,
  type DerivationAnchor,
  type DerivationData,
  type Finding,
  type MappingResult,
  type NotCarried,
  type Onderwijsaanbieder,
  type Onderwijsdeelnemer,
  type Onderwijsmedewerker,
  type ResolvedDerivations,
} from '@edustandaard/core';
import { check } from '../check.js';
import type { AssociationRole, Organization, Person } from '../generated/ooapi.js';
import { OKE_VERSION } from '../version.js';
import {
  OKE_ADDRESS,
  OKE_ASSOCIATION_ROLE,
  OKE_TESTADMIN_PERSON,
  OKE_TESTADMIN_RESULT,
  OKE_COMPONENT,
  OKE_ORGANIZATION,
  OKE_RESULT,
  OKE_STAFF,
  OKE_STAFF_ROLES,
  OKE_STUDENT,
} from './mappings.js';
import { OKE_RULES } from './rules.js';
import { OKE_SCHEMA_ELEMENTS } from './schema-elements.js';

export {
  OKE_ADDRESS,
  OKE_ASSOCIATION_ROLE,
  OKE_TESTADMIN_PERSON,
  OKE_TESTADMIN_RESULT,
  OKE_COMPONENT,
  OKE_ORGANIZATION,
  OKE_RESULT,
  OKE_STAFF,
  OKE_STAFF_ROLES,
  OKE_STUDENT,
  OKE_RULES,
  OKE_SCHEMA_ELEMENTS,
};
export { schemaElements } from './elements.js';

const ANCHORS: DerivationAnchor[] = [
  { at: '/PersonProperties', mapping: OKE_STUDENT },
  { at: '/Address', mapping: OKE_ADDRESS },
  { at: '/Organization', mapping: OKE_ORGANIZATION },
  { at: '/Component', mapping: OKE_COMPONENT },
  { at: '/Result', mapping: OKE_RESULT },
  { at: '/NlTestAdminResult', mapping: OKE_TESTADMIN_RESULT },
  { at: '/NlTestAdminPerson', mapping: OKE_TESTADMIN_PERSON },
  { at: '/AssociationProperties', mapping: OKE_ASSOCIATION_ROLE },
  // References to the mapped objects from other definitions:
  { at: '/*/address', mapping: OKE_ADDRESS },
  { at: '/*/addresses', mapping: OKE_ADDRESS },
  { at: '/*/result', mapping: OKE_RESULT },
  { at: '/*Association*/person', mapping: OKE_STUDENT },
];

/** OKE: how its schema properties derive from the central models (data). */
export const OKE_DERIVATION_DATA: DerivationData = {
  afsprakenset: 'OKE',
  version: OKE_VERSION,
  anchors: ANCHORS,
  rules: OKE_RULES,
};

/**
 * The direction views of a definition in the bundle (generated from the NED-OOAPI OpenAPI files):
 * `request.<Name>` is `<Name>` as a client sends it (readOnly properties left out, writeOnly kept)
 * and `patch.<Name>` its JSON merge patch (RFC 7396: every property optional, `null` removes). Both
 * carry the same data as `<Name>`, so their properties derive as the base definition's.
 */
const VIEW = /^\/(request|patch)\.([^/]+)/;
const VIEW_NOTE = {
  request: (base: string) => `Verzoekvorm (request view) van ${base}.`,
  patch: (base: string) => `JSON merge patch van ${base}.`,
} as const;

/**
 * Resolves the derivation data against a list of schema properties; the direction views
 * `request.<Name>` and `patch.<Name>` resolve as their base definition `<Name>`, with a note
 * naming the base element.
 * @param elements - schema property paths (default: the shipped bundle's, {@link OKE_SCHEMA_ELEMENTS})
 */
export function resolveOkeDerivations(
  elements: readonly string[] = OKE_SCHEMA_ELEMENTS,
): ResolvedDerivations {
  const base = elements.map((e) => e.replace(VIEW, '/$2'));
  const r = resolveDerivations(OKE_DERIVATION_DATA, base);
  // a path resolves the same wherever it occurs: rows follow the covered elements in order
  const missing = new Set(r.uncovered);
  const rows = r.elements;
  let j = 0;
  r.elements = [];
  r.uncovered = [];
  elements.forEach((element, i) => {
    if (missing.has(base[i]!)) return void r.uncovered.push(element);
    const row = rows[j++]!;
    const view = VIEW.exec(element)?.[1] as keyof typeof VIEW_NOTE | undefined;
    if (!view) return void r.elements.push(row);
    const note = VIEW_NOTE[view](row.element);
    r.elements.push(
      row.status === 'afgeleid'
        ? { ...row, element, note: row.note ? `${note} ${row.note}` : note }
        : { ...row, element },
    );
  });
  return r;
}

/**
 * The resolved derivation table of OKE over every property of the shipped schema bundle, built on
 * the first call (importing costs nothing).
 */
export const okeResolvedDerivations: () => ResolvedDerivations = memoResolved(() =>
  resolveOkeDerivations(),
);

const STAFF_ROLES = new Set<string>(OKE_STAFF_ROLES.map(([r]) => r));

/** The central form of an OKE person: a deelnemer (student role) or a medewerker (staff role). */
export type OkeCentralPerson =
  | { concept: 'Onderwijsdeelnemer'; value: Onderwijsdeelnemer; nietOvergedragen: NotCarried[] }
  | { concept: 'Onderwijsmedewerker'; value: Onderwijsmedewerker; nietOvergedragen: NotCarried[] };

/**
 * An OOAPI person → its central form. The role decides the concept: `student` (or no role and
 * affiliation student) → Onderwijsdeelnemer; a staff role (invigilator = surveillant, assessor =
 * beoordelaar, coordinator, lecturer, teaching assistant) or affiliation employee →
 * Onderwijsmedewerker with that functie.
 * @param person - the OOAPI Person
 * @param role - the person's role in the association (`ComponentOfferingAssociation.role`)
 */
export function okePersonToCentral(person: Person, role?: AssociationRole): OkeCentralPerson {
  const staff =
    (role !== undefined && STAFF_ROLES.has(role)) ||
    (role === undefined &&
      !person.affiliations?.includes('student') &&
      person.affiliations?.includes('employee'));
  if (staff) {
    const r = toCentral(OKE_STAFF, role === undefined ? person : { ...person, role });
    return { concept: 'Onderwijsmedewerker', ...r };
  }
  return { concept: 'Onderwijsdeelnemer', ...toCentral(OKE_STUDENT, person) };
}

/**
 * A central Onderwijsdeelnemer or Onderwijsmedewerker → the OOAPI Person fields it carries.
 * @param central - the central form
 * @param concept - which concept it is (decides affiliations and the mapping)
 * @param personId - the OOAPI resource id to use
 */
export function okePersonFromCentral(
  central: Onderwijsdeelnemer | Onderwijsmedewerker,
  concept: 'Onderwijsdeelnemer' | 'Onderwijsmedewerker',
  personId: string,
): MappingResult<Partial<Person> & { role?: AssociationRole }> {
  const r = fromCentral<Partial<Person> & { role?: AssociationRole }>(
    concept === 'Onderwijsdeelnemer' ? OKE_STUDENT : OKE_STAFF,
    central,
  );
  return { value: { personId, ...r.value }, nietOvergedragen: r.nietOvergedragen };
}

/**
 * An OOAPI organisation → its central Onderwijsaanbieder.
 * @param org - the OOAPI Organization
 */
export function okeOrganizationToCentral(org: Organization): MappingResult<Onderwijsaanbieder> {
  return toCentral(OKE_ORGANIZATION, org);
}

/**
 * A central Onderwijsaanbieder → the OOAPI Organization fields it carries.
 * @param org - the central form
 * @param organizationId - the OOAPI resource id to use
 */
export function okeOrganizationFromCentral(
  org: Onderwijsaanbieder,
  organizationId: string,
): MappingResult<Partial<Organization>> {
  const r = fromCentral<Partial<Organization>>(OKE_ORGANIZATION, org);
  return { value: { organizationId, ...r.value }, nietOvergedragen: r.nietOvergedragen };
}

/** The outcome of {@link okePersonPayload}. */
export interface OkePersonPayload {
  /** The OOAPI Person payload (for `1.persoonsinformatie-aanleveren`). */
  payload: Partial<Person>;
  /** True when `check` accepts the payload. */
  ok: boolean;
  /** OOAPI fields the payload needs but the central form could not fill (e.g. `mail`). */
  ontbrekend: string[];
  /** Central attributes (and values) that OKE has no element for or could not convert. */
  nietOvergedragen: NotCarried[];
  /** The findings of `check('1.persoonsinformatie-aanleveren', 'request', payload)`. */
  findings: Finding[];
}

/**
 * The OKE person payload for a central Onderwijsdeelnemer (from an OSO dossier, RIO, a SIS, …),
 * checked with the OKE contract of interaction `1.persoonsinformatie-aanleveren`. Nothing is
 * invented: a field the central form cannot fill is named in `ontbrekend`, never defaulted.
 * @param deelnemer - the central form
 * @param personId - the OOAPI resource id (uuid) the receiving system knows the person by
 */
export function okePersonPayload(
  deelnemer: Onderwijsdeelnemer,
  personId: string,
): OkePersonPayload {
  const r = okePersonFromCentral(deelnemer, 'Onderwijsdeelnemer', personId);
  const report = check('1.persoonsinformatie-aanleveren', 'request', r.value);
  const ontbrekend = report.issues
    .filter((f) => f.params?.keyword === 'required')
    // the finding's path already ends in the missing property (`/mail`)
    .map((f) => f.path.replace(/^\//, ''));
  return {
    payload: r.value,
    ok: report.valid,
    ontbrekend,
    nietOvergedragen: r.nietOvergedragen,
    findings: report.issues,
  };
}
