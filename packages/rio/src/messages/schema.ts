/**
 * The element order of the DUO RIO V4 request messages, as data, transcribed from
 * DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd (commit-versie 30157) and
 * DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd (commit-versie 33288). Extensions append their
 * sequence after the base type's sequence, so e.g. a HoOpleiding carries `waardedocumentsoort`,
 * `niveau`, `ISCED` after its periods. The generic builder (build.ts) walks these tables; the xmllint
 * test over every action proves the transcription against the XSD.
 */

export const NS_BEHEREN = 'http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4';
export const NS_RAADPLEGEN = 'http://duo.nl/schema/DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4';

/** Lexical kinds of simple content. */
export type SimpleKind = 'text' | 'date' | 'dateTime' | 'boolean' | 'integer' | 'decimal';

/** How a typed model attribute is written as a `Kenmerk` (by the XSD type of the kenmerkwaardenbereik entry). */
export type KenmerkWaarde = 'Tekst' | 'Enumeratiewaarde' | 'Getal' | 'Boolean' | 'Datum';

export interface KenmerkDef {
  /** Model property (and kenmerknaam). */
  naam: string;
  waarde: KenmerkWaarde;
  /** Repeats (e.g. `categorie`, `samenwerkendeOnderwijsaanbiedercode`). */
  lijst?: boolean;
  /** Required for this kind. */
  verplicht?: boolean;
  /** Most values a list may have (from the build's kenmerkwaardenbereik). */
  max?: number;
}

/** One particle of a sequence. */
export type Particle =
  | {
      /** Element name. */
      el: string;
      /** Model property; defaults to `el`. */
      key?: string;
      /** Simple kind, or the name of a complex type in {@link TYPES}. */
      t: SimpleKind | string;
      /** minOccurs (default 1). */
      min?: number;
      /** maxOccurs (default 1). */
      max?: number;
    }
  | { choice: Particle[]; min?: number }
  | {
      kenmerken: readonly KenmerkDef[];
      /** The `Kenmerkwaardenbereik_*` type that documents them (read per build: kenmerken.ts). */
      bereik?: string;
    };

const opt = (el: string, t: SimpleKind | string, max = 1): Particle => ({ el, t, min: 0, max });
const req = (el: string, t: SimpleKind | string, max = 1, min = 1): Particle => ({
  el,
  t,
  min,
  max,
});
const kenmerken = (...defs: KenmerkDef[]): Particle => ({ kenmerken: defs });
/** Kenmerken with the kenmerkwaardenbereik type of an object (`hoOpleiding` → `Kenmerkwaardenbereik_HoOpleiding`). */
const kenmerkenVan = (object: string, ...defs: KenmerkDef[]): Particle => ({
  kenmerken: defs,
  bereik: `Kenmerkwaardenbereik_${object[0]!.toUpperCase()}${object.slice(1)}`,
});
const tekst = (naam: string, verplicht = false): KenmerkDef => ({
  naam,
  waarde: 'Tekst',
  ...(verplicht ? { verplicht } : {}),
});
const enumw = (naam: string, verplicht = false, lijst = false): KenmerkDef => ({
  naam,
  waarde: 'Enumeratiewaarde',
  ...(verplicht ? { verplicht } : {}),
  ...(lijst ? { lijst } : {}),
});

/** `Bedrijfsdocument`: the header every request starts with. */
export const BEDRIJFSDOCUMENT: Particle[] = [
  req('identificatiecodeBedrijfsdocument', 'text'),
  req('verzendendeInstantie', 'text'),
  req('ontvangendeInstantie', 'text'),
  req('datumTijdBedrijfsdocument', 'dateTime'),
];

/** Opleidingseenheid kinds: element name → kind-specific data. */
export const OPLEIDINGSEENHEID_KINDS = {
  hoOpleiding: {
    periode: 'hoOpleidingPeriode',
    kenmerken: [enumw('soort', true)],
    periodeExtra: ['studielast', 'studielasteenheid'],
    extra: 'opleiding',
  },
  hoOnderwijseenheid: {
    periode: 'hoOnderwijseenheidPeriode',
    kenmerken: [],
    periodeExtra: ['waardedocumentsoort', 'studielast', 'studielasteenheid'],
    extra: 'hoOpleidingsonderdeel',
  },
  hoOnderwijseenhedencluster: {
    periode: 'hoOnderwijseenhedenclusterPeriode',
    kenmerken: [enumw('soort', true)],
    periodeExtra: ['waardedocumentsoort', 'studielast', 'studielasteenheid'],
    extra: 'hoOpleidingsonderdeel',
  },
  particuliereOpleiding: {
    periode: 'particuliereOpleidingPeriode',
    kenmerken: [enumw('categorie', false, true)],
    periodeExtra: ['studielast', 'studielasteenheid'],
    extra: 'particuliereOpleiding',
  },
} as const;

const PERIODE_EXTRA_KIND: Record<string, SimpleKind> = {
  studielast: 'integer',
  studielasteenheid: 'text',
  waardedocumentsoort: 'text',
};

/**
 * The full particle list of one opleidingseenheid kind (base `Opleidingseenheid` + extensions).
 * @param kind - element name of the kind
 */
export function opleidingseenheidParticles(kind: keyof typeof OPLEIDINGSEENHEID_KINDS): Particle[] {
  const k = OPLEIDINGSEENHEID_KINDS[kind];
  const extra: Particle[] =
    k.extra === 'opleiding'
      ? [req('waardedocumentsoort', 'text'), req('niveau', 'text'), opt('ISCED', 'integer')]
      : k.extra === 'hoOpleidingsonderdeel'
        ? [opt('ISCED', 'integer')]
        : [
            opt('waardedocumentsoort', 'text'),
            opt('niveau', 'text'),
            opt('eqf', 'text'),
            opt('nlqf', 'text'),
          ];
  return [
    opt('opleidingseenheidcode', 'text'),
    req('begindatum', 'date'),
    opt('einddatum', 'date'),
    kenmerkenVan(kind, tekst('eigenOpleidingseenheidSleutel'), ...k.kenmerken),
    { el: k.periode, key: 'periodes', t: `periode:${kind}`, min: 1, max: 999 },
    ...extra,
  ];
}

/**
 * The period of an opleidingseenheid kind.
 * @param kind - element name of the kind
 */
export function opleidingseenheidPeriodeParticles(
  kind: keyof typeof OPLEIDINGSEENHEID_KINDS,
): Particle[] {
  return [
    req('begindatum', 'date'),
    req('naamLang', 'text'),
    opt('naamKort', 'text'),
    opt('internationaleNaam', 'text'),
    opt('omschrijving', 'text'),
    kenmerken(),
    ...OPLEIDINGSEENHEID_KINDS[kind].periodeExtra.map((e) => opt(e, PERIODE_EXTRA_KIND[e]!)),
  ];
}

/**
 * AangebodenOpleiding kinds: element name → period/cohort element names and the kind's kenmerken
 * (Kenmerkwaardenbereik_Aangeboden*). Kinds without cohorts have `cohort: null`.
 */
export const AANGEBODEN_KINDS: Record<
  string,
  {
    periode: string;
    cohort: string | null;
    kenmerken: KenmerkDef[];
    periodeKenmerken: KenmerkDef[];
    cohortKenmerken: KenmerkDef[];
  }
> = {
  aangebodenBOOpleiding: {
    periode: 'aangebodenBOOpleidingPeriode',
    cohort: null,
    kenmerken: [],
    periodeKenmerken: [],
    cohortKenmerken: [],
  },
  aangebodenHOOpleiding: {
    periode: 'aangebodenHOOpleidingPeriode',
    cohort: 'aangebodenHOOpleidingCohort',
    kenmerken: [enumw('toestemmingDeelnameSTAP', true), enumw('vorm', true), enumw('voertaal')],
    periodeKenmerken: [
      tekst('eigenNaamKort'),
      enumw('propedeutischeFase', true),
      enumw('studiekeuzecheck', true),
      tekst('website'),
    ],
    cohortKenmerken: [enumw('opleidingsvorm', true)],
  },
  aangebodenHOOpleidingsonderdeel: {
    periode: 'aangebodenHOOpleidingsonderdeelPeriode',
    cohort: 'aangebodenHOOpleidingsonderdeelCohort',
    kenmerken: [enumw('toestemmingDeelnameSTAP', true), enumw('vorm'), enumw('voertaal')],
    periodeKenmerken: [tekst('eigenNaamKort'), tekst('website')],
    cohortKenmerken: [enumw('opleidingsvorm', true)],
  },
  aangebodenMboOpleiding: {
    periode: 'aangebodenMboOpleidingPeriode',
    cohort: 'aangebodenMboOpleidingCohort',
    kenmerken: [enumw('toestemmingDeelnameSTAP', true), enumw('voertaal')],
    periodeKenmerken: [tekst('website')],
    cohortKenmerken: [enumw('opleidingsvorm', true)],
  },
  aangebodenMboOpleidingsonderdeel: {
    periode: 'aangebodenMboOpleidingsonderdeelPeriode',
    cohort: 'aangebodenMboOpleidingsonderdeelCohort',
    kenmerken: [enumw('toestemmingDeelnameSTAP', true), enumw('voertaal')],
    periodeKenmerken: [tekst('website')],
    cohortKenmerken: [enumw('opleidingsvorm', true)],
  },
  aangebodenParticuliereOpleiding: {
    periode: 'aangebodenParticuliereOpleidingPeriode',
    cohort: 'aangebodenParticuliereOpleidingCohort',
    kenmerken: [enumw('toestemmingDeelnameSTAP', true), enumw('voertaal')],
    periodeKenmerken: [tekst('website')],
    cohortKenmerken: [enumw('opleidingsvorm', true)],
  },
  aangebodenSOOpleiding: {
    periode: 'aangebodenSOOpleidingPeriode',
    cohort: null,
    kenmerken: [],
    periodeKenmerken: [],
    cohortKenmerken: [],
  },
  aangebodenVavoOpleiding: {
    periode: 'aangebodenVavoOpleidingPeriode',
    cohort: 'aangebodenVavoOpleidingCohort',
    kenmerken: [],
    periodeKenmerken: [],
    cohortKenmerken: [],
  },
  aangebodenVOOpleiding: {
    periode: 'aangebodenVOOpleidingPeriode',
    cohort: null,
    kenmerken: [],
    periodeKenmerken: [],
    cohortKenmerken: [],
  },
  aangebodenVSOOpleiding: {
    periode: 'aangebodenVSOOpleidingPeriode',
    cohort: null,
    kenmerken: [],
    periodeKenmerken: [],
    cohortKenmerken: [],
  },
};

/**
 * `AangebodenOpleiding` for one kind.
 * @param kind - element name of the kind
 */
export function aangebodenParticles(kind: string): Particle[] {
  const k = AANGEBODEN_KINDS[kind]!;
  return [
    req('aangebodenOpleidingCode', 'text'),
    req('onderwijsaanbiedercode', 'text'),
    opt('onderwijslocatiecode', 'text'),
    req('begindatum', 'date'),
    opt('eersteInstroomDatum', 'date'),
    opt('einddatum', 'date'),
    {
      choice: [
        { el: 'voVakerkenningSleutel', t: 'VoVakerkenningSleutel' },
        { el: 'opleidingserkenningSleutel', t: 'OpleidingserkenningSleutel' },
        { el: 'opleidingseenheidSleutel', t: 'text' },
      ],
    },
    { el: k.periode, key: 'periodes', t: `aoPeriode:${kind}`, min: 1, max: 999 },
    ...(k.cohort
      ? [{ el: k.cohort, key: 'cohorten', t: `aoCohort:${kind}`, min: 0, max: 999 }]
      : []),
    opt('afwijkendeOpleidingsduur', 'AfwijkendeOpleidingsduur'),
    kenmerkenVan(kind, tekst('eigenAangebodenOpleidingSleutel'), ...k.kenmerken),
  ];
}

/**
 * `AangebodenOpleidingPeriode` for one kind.
 * @param kind - element name of the kind
 */
export function aangebodenPeriodeParticles(kind: string): Particle[] {
  return [
    req('begindatum', 'date'),
    opt('eigenNaamAangebodenOpleiding', 'text'),
    opt('eigenNaamInternationaal', 'text'),
    opt('eigenOmschrijving', 'text'),
    kenmerkenVan(
      `${kind}Periode`,
      { naam: 'samenwerkendeOnderwijsaanbiedercode', waarde: 'Tekst', lijst: true },
      ...AANGEBODEN_KINDS[kind]!.periodeKenmerken,
    ),
  ];
}

/**
 * `AangebodenOpleidingCohort` for one kind.
 * @param kind - element name of the kind
 */
export function aangebodenCohortParticles(kind: string): Particle[] {
  return [
    req('cohortcode', 'text'),
    req('cohortstatus', 'text'),
    kenmerkenVan(
      `${kind}Cohort`,
      { naam: 'deelnemersplaatsen', waarde: 'Getal' },
      ...AANGEBODEN_KINDS[kind]!.cohortKenmerken,
    ),
    req('beginAanmeldperiode', 'date'),
    {
      choice: [
        { el: 'vastInstroommoment', t: 'VastInstroommoment' },
        { el: 'flexibeleInstroom', t: 'FlexibeleInstroom' },
      ],
    },
    opt('eindeAanmeldperiode', 'date'),
    req('toestemmingVereistVoorAanmelding', 'text'),
    opt('toelichtingVereisteToestemming', 'text'),
    opt('bedrijfsopleiding', 'Bedrijfsopleiding'),
    opt('einddatum', 'date'),
    opt('prijs', 'Prijs', 99),
  ];
}

/** Named complex types used by the tables above. */
export const TYPES: Record<string, Particle[]> = {
  VoVakerkenningSleutel: [
    req('opleidingsstelsel', 'text'),
    req('opleidingscode', 'text'),
    req('opleidingsniveau', 'text'),
  ],
  OpleidingserkenningSleutel: [req('opleidingsstelsel', 'text'), req('opleidingscode', 'text')],
  AfwijkendeOpleidingsduur: [
    req('opleidingsduurEenheid', 'text'),
    req('opleidingsduurOmvang', 'integer'),
  ],
  VastInstroommoment: [req('instroommoment', 'date')],
  FlexibeleInstroom: [req('beginInstroomperiode', 'date'), opt('eindeInstroomperiode', 'date')],
  Bedrijfsopleiding: [req('toegangscodeCohort', 'text')],
  Prijs: [req('soort', 'text'), req('bedrag', 'decimal')],
  Kenmerk: [],
  Opleidingsrelatie: [
    req('begindatum', 'date'),
    opt('einddatum', 'date'),
    req('opleidingseenheidcode', 'text', 2, 2),
  ],
  JuridischeRelatie: [
    req('instellingserkenningscode', 'text'),
    req('begindatum', 'date'),
    opt('einddatum', 'date'),
  ],
  OnderwijsaanbiederPeriode: [
    req('begindatum', 'date'),
    req('naam', 'text'),
    opt('internationaleNaam', 'text'),
    kenmerken(),
  ],
  Onderwijsaanbieder: [
    req('onderwijsaanbiedercode', 'text'),
    req('inBedrijfdatum', 'date'),
    opt('uitBedrijfdatum', 'date'),
    {
      el: 'onderwijsaanbiederPeriode',
      key: 'periodes',
      t: 'OnderwijsaanbiederPeriode',
      min: 1,
      max: 999,
    },
    req('juridischeRelatie', 'JuridischeRelatie', 99),
    kenmerken(tekst('eigenOnderwijsaanbiederSleutel')),
  ],
  NieuweOnderwijsaanbieder: [
    req('inBedrijfdatum', 'date'),
    opt('uitBedrijfdatum', 'date'),
    {
      el: 'onderwijsaanbiederPeriode',
      key: 'periodes',
      t: 'OnderwijsaanbiederPeriode',
      min: 1,
      max: 999,
    },
    req('juridischeRelatie', 'JuridischeRelatie', 99),
    kenmerken(tekst('eigenOnderwijsaanbiederSleutel')),
  ],
  JuridischeOnderwijslocatiegebruikRelatie: [
    req('instellingserkenningscode', 'text'),
    req('begindatum', 'date'),
    opt('einddatum', 'date'),
  ],
  AanduidingAdres: [
    req('postcode', 'text'),
    req('huisnummer', 'integer'),
    opt('huisnummertoevoeging', 'text'),
  ],
  AanduidingGPS: [req('gpsLatitude', 'decimal'), req('gpsLongitude', 'decimal')],
  AanduidingPlaats: [req('plaatsnaam', 'text'), opt('gemeentenaam', 'text')],
  Onderwijslocatiegebruik: [
    req('onderwijsbestuurcode', 'text'),
    req('inBedrijfdatum', 'date'),
    opt('uitBedrijfdatum', 'date'),
    opt('juridischeOnderwijslocatiegebruikRelatie', 'JuridischeOnderwijslocatiegebruikRelatie', 99),
    kenmerken(tekst('eigenOnderwijslocatiegebruikSleutel')),
    {
      choice: [
        { el: 'aanduidingAdres', t: 'AanduidingAdres' },
        { el: 'aanduidingGPS', t: 'AanduidingGPS' },
        { el: 'onderwijslocatieCode', t: 'text' },
        { el: 'aanduidingPlaats', t: 'AanduidingPlaats' },
      ],
    },
  ],
};

/**
 * Resolves a type reference of a particle (named types and the kind-specific generated ones).
 * @param t - a type name, or `oe:`/`ao:`/`periode:`/`aoPeriode:`/`aoCohort:` plus a kind
 */
export function resolveType(t: string): Particle[] | undefined {
  const [head, kind] = t.split(':');
  if (kind) {
    if (head === 'oe')
      return opleidingseenheidParticles(kind as keyof typeof OPLEIDINGSEENHEID_KINDS);
    if (head === 'ao') return aangebodenParticles(kind);
    if (head === 'periode')
      return opleidingseenheidPeriodeParticles(kind as keyof typeof OPLEIDINGSEENHEID_KINDS);
    if (head === 'aoPeriode') return aangebodenPeriodeParticles(kind);
    if (head === 'aoCohort') return aangebodenCohortParticles(kind);
  }
  return TYPES[t];
}
