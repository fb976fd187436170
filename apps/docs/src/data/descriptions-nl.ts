/**
 * Dutch descriptions of the packages, for the Dutch site (issue #16 part 3: no English on Dutch pages).
 * The packages' own `description` fields are English (npm); these say the same in Dutch. A package
 * missing here shows its own description until a Dutch text is added.
 */
export const DESCRIPTIONS_NL: Readonly<Record<string, string>> = {
  '@edustandaard/identifiers':
    'Identificatoren uit de Edu-V-afspraken: ECK iD en secundaire persoonsidentificatoren, RIO- en BRIN-codes van organisaties, de keuze van een identificator, controles op BSN en onderwijsnummer en het hashen van een PGN. Zonder runtime-afhankelijkheden.',
  '@edustandaard/core':
    'Centrale AMIGO-modellen, de profiel- en bedrijfsregelengine, één vorm voor het validatierapport, een geharde XML-codec en de manifesten van de afsprakensets.',
  '@edustandaard/oso':
    'De OSO gegevensset 2019.1 en 2024.1: typen, JSON Schema’s, XML lezen en schrijven, validatie, codelijsten, categorieën van selectief uitleveren en de migratie 2019.1 → 2024.1.',
  '@edustandaard/oso-swv':
    'De SWV-profielen PO-SWV en VO-SWV op de OSO gegevensset: kardinaliteiten, elke PaO-bedrijfsregel, selectief uitleveren en de dossierweergave.',
  '@edustandaard/oso-overstap':
    'De overstapprofielen POPO, POVO, VOVO en BB (overdracht binnen brin) op de OSO gegevensset, 2019.1 en 2024.1: profielen en regels als data, validatie, selectief uitleveren en de dossierweergave.',
  '@edustandaard/rio':
    'Het RIO-registermodel, de berichten van de DUO RIO V4-webservice en het synchronisatieplan SIS–RIO voordat een OOAPI-koppeling live gaat.',
  '@edustandaard/oke':
    'De flowcontracten van de examenketen OKE (flows 0–6 op OOAPI v5): getypeerde payloads, validators, een client, handlers en een conformiteitskit.',
  '@edustandaard/cli':
    'Het commando `edustandaard`: valideren, selectief uitleveren, weergeven en migreren vanaf de opdrachtregel.',
};
