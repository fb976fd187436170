/**
 * RIO's catalogue (#10 item 4): templates of the findings RIO emits under its own codes (the sync
 * plan's `RIO.SYNC.*`, a response's `RIO.AFGEKEURD`). `RIO.XSD.<kind>` findings use core's codec
 * catalogue (`XSD_MESSAGES`); a Foutmelding of RIO itself (`RIO.<foutcode>`) keeps RIO's own text,
 * with numbers redacted (`RIO.*`).
 */
import { defineCatalogue, type MessageId } from '@edustandaard/core';

/** RIO's templates (Dutch). */
export const RIO_MESSAGES = defineCatalogue({
  'RIO.SYNC.SECTOR_OVERGESLAGEN': 'Niet-HO/NFO-entiteiten overgeslagen: {overgeslagen}.',
  'RIO.SYNC.BRON_WEBSERVICE':
    'RIO-gegevens opgehaald via de Raadplegen-service ({aanbieders} onderwijsaanbieder(s)), niet uit DUO-exports.',
  'RIO.SYNC.OVERZICHT_OVERGESLAGEN':
    'ho_opleidingsoverzicht.csv is niet gelezen: de losse HO-exports staan er ook en gaan voor.',
  'RIO.SYNC.EXPORT_ONTBREEKT':
    'Export {export} niet gevonden in {dir}; de gegevens daaruit ontbreken in het plan.',
  'RIO.SYNC.EXPORT_ONTBREEKT#cohort':
    'Export {export} niet gevonden in {dir}; de cohorten daaruit ontbreken in het plan.',
  'RIO.SYNC.CODERING':
    'Export {export} is gelezen als {encoding} (geen geldige UTF-8); DUO levert UTF-8.',
  'RIO.SYNC.SLEUTEL_ONBEKEND':
    'Export {export} heeft geen kolom {column}: EDU-DEX-beheer en bestaande koppelingen van opleidingseenheden zijn niet te zien; zij worden als ongekoppeld gepland.',
  'RIO.SYNC.VERWIJZING_ONTBREEKT':
    '{count} opleidingseenhe(i)d(en) waarnaar {partner} verwijst staan niet in {export} (bv. {voorbeelden}): onvolledige of niet bij elkaar horende downloads (handreiking §4.1 Let op 6).',
  'RIO.SYNC.AANNAME':
    'Kolomnamen gelezen op aanname (geen openbare DUO-beschrijving): {kolommen}. Wijkt DUO af, geef de kolom op in het override-bestand.',
  'RIO.SYNC.OMVANG':
    "Export {export} is {mib} MB; de handreiking noemde {indicatieMib} MB als indicatie van DUO's landelijke bestand ten tijde van haar testen. Controleer de omvang op DUO's datasetpagina, of geef het aantal rijen, de grootte of de sha256 op in het override-bestand (expected).",
  'RIO.SYNC.SIS_RIOCODE_ONBEKEND':
    '{count} SIS-item(s) dragen een RIO-code die niet bij onderwijsbestuur {bestuur} in de exports staat (bv. {voorbeelden}): de RIO-exports zijn waarschijnlijk onvolledig gedownload ({exports}), of de code hoort bij een ander bestuur of is uit RIO verwijderd (handreiking §4.1 Let op 5).',
  'RIO.XSD.root': '{error}',
  'RIO.AFGEKEURD': 'RIO heeft het verzoek afgekeurd zonder foutmelding.',
  'RIO.*': '{fouttekst}',
});

/** A message id of RIO's catalogue. */
export type RioMessageId = MessageId<typeof RIO_MESSAGES>;
