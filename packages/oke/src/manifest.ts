/**
 * The OKE afsprakenset manifest (DESIGN.md §7): chain, roles, flows, transport (OOAPI v5 over
 * HTTPS with OAuth2 client credentials) and security, in the one manifest shape of @edustandaard/core.
 */
import type { AfsprakensetManifest } from '@edustandaard/core';
import { FLOWS } from './flows/index.js';
import { operationById } from './operations.js';
import { ROLES } from './roles.js';
import {
  ERROR_HANDLING_SOURCE,
  OKE_VERSION,
  SEED_SOURCE,
  SPEC_SOURCE,
  flowSource,
} from './version.js';

const actorId = (r: string) => r.toLowerCase();

/** The manifest of OKE 1.1. */
export const OKE_MANIFEST: AfsprakensetManifest = {
  id: 'OKE',
  naam: 'Onderwijs Koppelvlakken Examinering (OKE) MBO-toetsafname',
  version: OKE_VERSION,
  status: 'implementatie',
  beheerder: 'Programma OKE (Npuls / mbo Digitaal), Netwerk Examinering en Digitalisering',
  sources: [SEED_SOURCE, SPEC_SOURCE, ERROR_HANDLING_SOURCE],
  context: {
    toepassingsdomein: 'Examinering in het mbo',
    beschrijving:
      'OKE beschrijft de automatische gegevensuitwisseling tussen de applicaties binnen een mbo-instelling die een rol spelen in het (digitaal) examineren: deelnemerregistratie, toetsplanning & logistiek en toetsafname. De keten moet per afname volledig doorlopen worden; resultaten worden alleen uitgewisseld voor examens die conform OKE zijn ingepland.',
    scenarios: [
      {
        id: 'kennisexamen',
        naam: 'Kennisexamens',
        beschrijving:
          'Centraal geplande digitale kennisexamens: catalogus, planning, zittingsplan, resultaten, zittingsverslag en studentresultaat (OKE 1.0).',
      },
      {
        id: 'praktijkexamen',
        naam: 'Praktijkexamens',
        beschrijving:
          'Individuele, vaak niet vooraf planbare examens in de praktijk; het TPL-functiegebied kan door de examenleverancier of het SIS worden ingevuld.',
      },
      {
        id: 'analyse',
        naam: 'Analyse en normering',
        beschrijving:
          'De examenleverancier haalt opleidingsinschrijvingen op voor normeringsonderzoek (flow 6, optioneel vanaf OKE 1.1).',
      },
    ],
    sources: [SEED_SOURCE],
  },
  actors: ROLES.map((r) => ({
    id: actorId(r.id),
    naam: r.naam,
    beschrijving: r.omschrijving,
    rollen: [r.id],
  })),
  process: {
    beschrijving:
      'Van toetscatalogus tot studentresultaat: de zeven informatiestromen in ketenvolgorde.',
    stappen: FLOWS.map((f) => ({
      id: `flow-${f.nummer}`,
      naam: `${f.nummer}. ${f.naam}`,
      actor: actorId(f.consumers[0]!),
      beschrijving: f.context,
    })),
    sources: [SEED_SOURCE],
  },
  data: {
    gegevensset: { id: 'OOAPI', version: '5.0.0' },
    profielen: ['NED-OOAPI MBO-toetsafname (consumer nl-test-admin V1)'],
    sources: [SPEC_SOURCE],
  },
  interactions: FLOWS.flatMap((f) =>
    f.interactions.flatMap((i) =>
      [i.consumer].flat().map((c) => {
        const op = operationById(i.operationId);
        const push = i.pattern === 'push';
        return {
          flow: String(f.nummer),
          naam: i.naam,
          van: actorId(push ? c : i.provider),
          naar: actorId(push ? i.provider : c),
          patroon: i.pattern,
          bericht: `${op.method} ${op.path}`,
          beschrijving: i.id,
        };
      }),
    ),
  ),
  transport: {
    standaarden: [
      'REST (OOAPI v5, NED-OOAPI-profiel)',
      'HTTPS (minimaal TLS 1.3)',
      'OAuth2 client credentials',
    ],
    beschrijving:
      'Elke rol biedt de OOAPI-endpoints van de interacties die hij levert; de afnemer roept ze aan met een bearertoken (client-credentials grant) met de scope van de flow: nl-test-admin-flow-0, nl-test-admin-flow-1-5, nl-test-admin-flow-2-3-4, nl-test-admin-flow-6. Documenten gaan altijd via GET /documents/{documentId}. Fouten zijn HTTP-statuscodes met een Problem-bericht (application/problem+json).',
    sources: [ERROR_HANDLING_SOURCE, SPEC_SOURCE],
  },
  security: {
    classificatie: 'Persoonsgegevens van studenten (naam, studentnummer, resultaten); geen BSN',
    beschrijving:
      'Al het verkeer is versleuteld met minimaal TLS 1.3; certificaten moeten geldig en herleidbaar naar de leverancier zijn. Toegang per flow via OAuth2-scopes, zodat per MORA-referentiecomponent fijnmazig toestemming gegeven kan worden. Persoonsgegevens die niet nodig zijn worden niet gevuld (flow 2.2: mail "not mandatory filled, avg/gdpr").',
    sources: [ERROR_HANDLING_SOURCE, flowSource(2, 'Flow 2.2, Remarks: Person attributes')],
  },
  // No source of OKE (the seed, the NED-OOAPI flow documents, ErrorHandling.md) names a legal
  // ground: the grounds below are our assumption, flagged in OKE_MANIFEST_ASSUMPTIONS, and the
  // layer cites no source for them (#14).
  legal: {
    doel: 'Het plannen en afnemen van examens en het vastleggen van examenresultaten in het mbo.',
    grondslagen: [
      {
        naam: 'Wet educatie en beroepsonderwijs (WEB)',
        beschrijving:
          'Aanname (niet in de bronnen van OKE): de instelling examineert en legt de uitslag vast; de gegevensuitwisseling in de keten dient die taak.',
      },
      {
        naam: 'Algemene verordening gegevensbescherming (AVG)',
        artikel: 'artikel 6 lid 1 sub e',
        beschrijving:
          'Aanname (niet in de bronnen van OKE): verwerking noodzakelijk voor de vervulling van een taak van algemeen belang.',
      },
    ],
  },
};

/** A statement of the manifest that no source of OKE contains: our assumption, overridable. */
export interface ManifestAssumption {
  /** JSON pointer into {@link OKE_MANIFEST}. */
  path: string;
  assumption: true;
  /** Why it is an assumption and what the sources do say. */
  reden: string;
}

/** The manifest's assumptions (DESIGN.md: never present an assumption as the standard). */
export const OKE_MANIFEST_ASSUMPTIONS: readonly ManifestAssumption[] = [
  {
    path: '/legal/grondslagen/0',
    assumption: true,
    reden:
      'De WEB als grondslag staat niet in "OKE uitgelegd vanuit SI perspectief", de NED-OOAPI-flowdocumenten of ErrorHandling.md.',
  },
  {
    path: '/legal/grondslagen/1',
    assumption: true,
    reden:
      'AVG artikel 6 lid 1 sub e staat niet in de bronnen van OKE; flow 2.2 noemt de AVG alleen bij het niet vullen van mail.',
  },
  {
    path: '/legal/doel',
    assumption: true,
    reden:
      'Samengevat uit het seeddocument (Toelichting OKE Informatiestromen: OKE automatiseert de gegevensuitwisseling tussen deelnemerregistratie, toetsplanning en toetsafname); het document noemt geen doel in juridische zin.',
  },
  {
    path: '/security/classificatie',
    assumption: true,
    reden:
      'De bronnen geven geen classificatie; "geen BSN" volgt uit de specificatie (geen codeType voor het BSN) en de afspraak Identiteiten, zie de plicht OKE.ID.bsn.',
  },
];
