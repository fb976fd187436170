/** The in-memory store of a reference implementation: one Map per OOAPI collection. */
import {
  SAMPLE_IDS,
  sampleAssociation,
  sampleComponent,
  sampleGroup,
  sampleMembership,
  sampleOffering,
  sampleOrganization,
  samplePerson,
  sampleProgramAssociation,
} from './sample-data.js';

/** Collections of the store. */
export interface OkeStore {
  components: Map<string, Record<string, unknown>>;
  offerings: Map<string, Record<string, unknown>>;
  associations: Map<string, Record<string, unknown>>;
  persons: Map<string, Record<string, unknown>>;
  groups: Map<string, Record<string, unknown>>;
  members: Map<string, Map<string, Record<string, unknown>>>;
  organizations: Map<string, Record<string, unknown>>;
  documents: Map<string, { contentType: string; data: Uint8Array }>;
}

/** An empty store. */
export function emptyStore(): OkeStore {
  return {
    components: new Map(),
    offerings: new Map(),
    associations: new Map(),
    persons: new Map(),
    groups: new Map(),
    members: new Map(),
    organizations: new Map(),
    documents: new Map(),
  };
}

const rec = (x: unknown) => x as Record<string, unknown>;

/**
 * A store with the sample data: a catalogue (TA), a plannable test with one enrolment, a person,
 * a group, the organization and a programme enrolment (DR), a result document (TA).
 */
export function seededStore(): OkeStore {
  const s = emptyStore();
  s.components.set(SAMPLE_IDS.component, rec(sampleComponent()));
  s.components.set(
    SAMPLE_IDS.component2,
    rec({
      ...sampleComponent(SAMPLE_IDS.component2, '6'),
      name: [{ language: 'nl-NL', value: 'Nederlands 2F lezen' }],
      abbreviation: 'NED2F-L',
    }),
  );
  s.offerings.set(SAMPLE_IDS.offering, rec(sampleOffering()));
  s.persons.set(SAMPLE_IDS.person, rec(samplePerson()));
  s.persons.set(SAMPLE_IDS.person2, rec(samplePerson(SAMPLE_IDS.person2, 2)));
  s.associations.set(
    SAMPLE_IDS.association,
    rec(sampleAssociation(SAMPLE_IDS.association, SAMPLE_IDS.offering, SAMPLE_IDS.person)),
  );
  s.associations.set(SAMPLE_IDS.programAssociation, rec(sampleProgramAssociation()));
  s.organizations.set(SAMPLE_IDS.organization, rec(sampleOrganization()));
  s.groups.set(SAMPLE_IDS.group, rec(sampleGroup()));
  s.members.set(SAMPLE_IDS.group, new Map([[SAMPLE_IDS.person, rec(sampleMembership())]]));
  s.documents.set(SAMPLE_IDS.document, {
    contentType: 'application/pdf',
    data: new TextEncoder().encode('%PDF-1.4\n% voorbeelddocument\n'),
  });
  return s;
}
