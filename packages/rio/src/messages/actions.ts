/**
 * The DUO RIO V4 webservice actions as data: which service, which request and response element, what
 * model input each takes, and how that input maps onto the request's sequence after the
 * `Bedrijfsdocument` header. Beheren: DUO_RIO_Beheren_OnderwijsOrganisatie_V4 (aanleveren_*, verwijderen_*);
 * Raadplegen: DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4 (opvragen_*).
 */
import type { RioErrorCode } from '../errors.js';
import { EdustandaardError } from '@edustandaard/core';
import {
  AANGEBODEN_KINDS,
  NS_BEHEREN,
  NS_RAADPLEGEN,
  OPLEIDINGSEENHEID_KINDS,
  type Particle,
} from './schema.js';

type Obj = Record<string, unknown>;

export type RioService = 'beheren' | 'raadplegen';

/** One action. */
export interface RioActionDef {
  action: string;
  service: RioService;
  namespace: string;
  requestElement: string;
  responseElement: string;
  /** The model type the action takes (TypeScript name; JSON Schema in `schema/`). */
  input: string;
  /** Dutch description (from the XSD documentation where it has one). */
  omschrijving: string;
  /** False for `opvragen_opleidingseenheid`: in the Raadplegen XSD (33288) but not in its older WSDL (30157). */
  inWsdl: boolean;
  /** The request's sequence after the header, and the object it reads from. */
  body(input: Obj): { particles: Particle[]; obj: Obj };
}

const t = (el: string, min = 1, max = 1): Particle => ({ el, t: 'text', min, max });
const d = (el: string, min = 1): Particle => ({ el, t: 'date', min, max: 1 });
const flat =
  (...particles: Particle[]) =>
  (input: Obj) => ({ particles, obj: input });

function kind<K extends string>(input: Obj, kinds: readonly K[]): K {
  const k = input.type;
  if (typeof k !== 'string' || !(kinds as readonly string[]).includes(k)) {
    throw new EdustandaardError<RioErrorCode>(
      'E_RIO_MODEL',
      `type moet een van ${kinds.join(', ')} zijn.`,
      {
        path: '/type',
      },
    );
  }
  return k as K;
}

const beheren = (
  action: string,
  input: string,
  omschrijving: string,
  body: RioActionDef['body'],
): RioActionDef => ({
  action,
  service: 'beheren',
  namespace: NS_BEHEREN,
  requestElement: `${action}_request`,
  responseElement: `${action}_response`,
  input,
  omschrijving,
  inWsdl: true,
  body,
});
const raadplegen = (
  action: string,
  input: string,
  omschrijving: string,
  body: RioActionDef['body'],
  inWsdl = true,
): RioActionDef => ({
  action,
  service: 'raadplegen',
  namespace: NS_RAADPLEGEN,
  requestElement: `${action}_request`,
  responseElement: `${action}_response`,
  input,
  omschrijving,
  inWsdl,
  body,
});

/** Every action, Beheren first. */
export const RIO_ACTIONS: readonly RioActionDef[] = [
  beheren(
    'aanleveren_opleidingseenheid',
    'Opleidingseenheid',
    'Aanleveren van een nieuwe of gewijzigde Opleidingseenheid.',
    (input) => {
      const k = kind(input, Object.keys(OPLEIDINGSEENHEID_KINDS));
      return { particles: [{ el: k, key: 'self', t: `oe:${k}` }], obj: { self: input } };
    },
  ),
  beheren(
    'aanleveren_aangebodenOpleiding',
    'AangebodenOpleiding',
    'Aanleveren van een nieuwe of gewijzigde AangebodenOpleiding inclusief eventuele cohortgegevens (standlevering: niet meegeleverde cohorten worden in RIO verwijderd).',
    (input) => {
      const k = kind(input, Object.keys(AANGEBODEN_KINDS));
      return { particles: [{ el: k, key: 'self', t: `ao:${k}` }], obj: { self: input } };
    },
  ),
  beheren(
    'aanleveren_opleidingsrelatie',
    'Opleidingsrelatie',
    'Aanleveren van een nieuwe of gewijzigde Opleidingsrelatie.',
    (input) => ({
      particles: [{ el: 'opleidingsrelatie', key: 'self', t: 'Opleidingsrelatie' }],
      obj: { self: input },
    }),
  ),
  beheren(
    'aanleveren_onderwijsaanbieder',
    'AanleverenOnderwijsaanbieder',
    'Aanleveren van een nieuwe of gewijzigde Onderwijsaanbieder; zonder onderwijsaanbiedercode als nieuwe onderwijsaanbieder.',
    (input) => {
      const a = input.onderwijsaanbieder;
      if (!a || typeof a !== 'object')
        throw new EdustandaardError<RioErrorCode>(
          'E_RIO_MODEL',
          'onderwijsaanbieder is verplicht.',
          {
            path: '/onderwijsaanbieder',
          },
        );
      const nieuw = (a as Obj).onderwijsaanbiedercode === undefined;
      return {
        particles: [
          t('onderwijsbestuurcode'),
          nieuw
            ? { el: 'nieuweOnderwijsaanbieder', t: 'NieuweOnderwijsaanbieder' }
            : { el: 'onderwijsaanbieder', t: 'Onderwijsaanbieder' },
        ],
        obj: {
          onderwijsbestuurcode: input.onderwijsbestuurcode,
          [nieuw ? 'nieuweOnderwijsaanbieder' : 'onderwijsaanbieder']: a,
        },
      };
    },
  ),
  beheren(
    'aanleveren_onderwijslocatiegebruik',
    'Onderwijslocatiegebruik',
    'Aanleveren van een nieuw of gewijzigd Onderwijslocatiegebruik.',
    (input) => ({
      particles: [{ el: 'onderwijslocatiegebruik', key: 'self', t: 'Onderwijslocatiegebruik' }],
      obj: { self: input },
    }),
  ),
  beheren(
    'verwijderen_aangebodenOpleiding',
    'VerwijderenAangebodenOpleiding',
    'Verwijderen van een AangebodenOpleiding.',
    flat(t('aangebodenOpleidingCode')),
  ),
  beheren(
    'verwijderen_onderwijsaanbieder',
    'VerwijderenOnderwijsaanbieder',
    'Verwijderen van een Onderwijsaanbieder.',
    flat(t('onderwijsaanbiedercode')),
  ),
  beheren(
    'verwijderen_onderwijslocatiegebruik',
    'VerwijderenOnderwijslocatiegebruik',
    'Verwijderen van een Onderwijslocatiegebruik.',
    flat(t('onderwijsbestuurcode'), t('onderwijslocatiecode')),
  ),
  beheren(
    'verwijderen_opleidingseenheid',
    'VerwijderenOpleidingseenheid',
    'Verwijderen van een Opleidingseenheid.',
    flat(t('opleidingseenheidcode')),
  ),
  beheren(
    'verwijderen_opleidingsrelatie',
    'VerwijderenOpleidingsrelatie',
    'Verwijderen van een Opleidingsrelatie.',
    flat(t('opleidingseenheidcode', 2, 2), d('begindatum')),
  ),
  raadplegen(
    'opvragen_aangebodenOpleiding',
    'OpvragenAangebodenOpleiding',
    'Opvragen van één aangeboden opleiding.',
    flat(t('aangebodenOpleidingCode')),
  ),
  raadplegen(
    'opvragen_aangebodenOpleidingenVanOrganisatie',
    'OpvragenAangebodenOpleidingenVanOrganisatie',
    'Opvragen (per pagina) van de aangeboden opleidingen van een onderwijsaanbieder of erkende vestiging.',
    flat(
      { choice: [t('onderwijsaanbiedercode'), t('erkendeVestigingCode')] },
      t('onderwijslocatiecode', 0),
      d('peildatum', 0),
      { el: 'pagina', t: 'integer' },
    ),
  ),
  raadplegen(
    'opvragen_gewijzigdeAangebodenOpleidingen',
    'OpvragenGewijzigdeAangebodenOpleidingen',
    'Opvragen van de sinds een tijdstip gewijzigde aangeboden opleidingen van een onderwijsaanbieder.',
    flat({ el: 'peildatumtijdMutaties', t: 'dateTime' }, t('onderwijsaanbiederCode'), {
      el: 'pagina',
      t: 'integer',
    }),
  ),
  raadplegen(
    'opvragen_gewijzigdeOnderwijsaanbieders',
    'OpvragenGewijzigdeOnderwijsaanbieders',
    'Opvragen van de sinds een tijdstip gewijzigde onderwijsaanbieders.',
    flat(
      { el: 'peildatumtijdMutaties', t: 'dateTime' },
      { el: 'pagina', t: 'integer' },
      t('onderwijsbestuurcode', 0),
    ),
  ),
  raadplegen(
    'opvragen_gewijzigdOnderwijslocatiegebruik',
    'OpvragenGewijzigdOnderwijslocatiegebruik',
    'Opvragen van het sinds een tijdstip gewijzigde onderwijslocatiegebruik.',
    flat({ el: 'peildatumtijdMutaties', t: 'dateTime' }, { el: 'pagina', t: 'integer' }),
  ),
  raadplegen(
    'opvragen_instellingsstructuur',
    'OpvragenInstellingsstructuur',
    'Opvragen van de instellingsstructuur bij een bevoegd-gezagnummer.',
    flat(t('bevoegdGezagNummer'), d('peildatum', 0)),
  ),
  raadplegen(
    'opvragen_onderwijsaanbiedersVanOrganisatie',
    'OpvragenOnderwijsaanbiedersVanOrganisatie',
    'Opvragen van de onderwijsaanbieders van een onderwijsbestuur of bevoegd gezag.',
    flat({ choice: [t('bevoegdGezagNummer'), t('onderwijsbestuurCode')] }),
  ),
  raadplegen(
    'opvragen_onderwijsaanbieder',
    'OpvragenOnderwijsaanbieder',
    'Opvragen van één onderwijsaanbieder.',
    flat(t('onderwijsaanbiedercode')),
  ),
  raadplegen(
    'opvragen_onderwijslocatiegebruikVanOrganisatie',
    'OpvragenOnderwijslocatiegebruikVanOrganisatie',
    'Opvragen van het onderwijslocatiegebruik van een onderwijsbestuur.',
    flat(t('onderwijsbestuurCode')),
  ),
  raadplegen(
    'opvragen_onderwijslocatiegebruik',
    'OpvragenOnderwijslocatiegebruik',
    'Opvragen van één onderwijslocatiegebruik.',
    flat(t('onderwijsbestuurCode'), t('onderwijslocatieCode')),
  ),
  raadplegen(
    'opvragen_onderwijslocatie',
    'OpvragenOnderwijslocatie',
    'Opvragen van één onderwijslocatie.',
    flat(t('onderwijslocatieCode')),
  ),
  raadplegen(
    'opvragen_opleidingseenhedenVanOrganisatie',
    'OpvragenOpleidingseenhedenVanOrganisatie',
    'Opvragen (per pagina) van de opleidingseenheden van een onderwijsbestuur.',
    flat(t('onderwijsbestuurcode'), { el: 'pagina', t: 'integer' }),
  ),
  raadplegen(
    'opvragen_opleidingseenheid',
    'OpvragenOpleidingseenheid',
    'Opvragen van één opleidingseenheid.',
    flat(t('opleidingseenheidcode')),
    false,
  ),
  raadplegen(
    'opvragen_opleidingsrelatiesBijOpleidingseenheid',
    'OpvragenOpleidingsrelatiesBijOpleidingseenheid',
    'Opvragen van de opleidingsrelaties van een opleidingseenheid.',
    flat(t('opleidingseenheidcode')),
  ),
  raadplegen(
    'opvragen_rioIdentificatiecode',
    'OpvragenRioIdentificatiecode',
    'Opvragen van de RIO-code bij een eigen sleutel (of locatie): zo vindt de koppeling het RIO-object bij een SIS-sleutel.',
    flat({
      choice: [
        t('eigenAangebodenOpleidingSleutel'),
        t('eigenOnderwijsaanbiederSleutel'),
        t('eigenOpleidingseenheidSleutel'),
        t('kadasterPlaatscode'),
        { el: 'aanduidingAdres', t: 'AanduidingAdres' },
      ],
    }),
  ),
];

/** Action names. */
export type RioAction = (typeof RIO_ACTIONS)[number]['action'];
