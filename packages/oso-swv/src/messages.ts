/**
 * oso-swv's catalogue (#10 item 4): templates of the findings this package emits under its own
 * codes. The rules of the SWV profiles (PaO.*) carry their template in their declaration
 * (`data/rules-*.ts`, as Tabel 2 words them); the profile engine's and the gegevensset's codes are
 * in core's and oso's catalogues.
 */
import { defineCatalogue, type MessageId } from '@edustandaard/core';

/** Templates of `SWV.*` findings: the privacy guard of selective export (§2.5, PaO.LL10–LL12). */
export const SWV_MESSAGES = defineCatalogue({
  'SWV.SELECT.forbiddenName':
    'Inhoud buiten het schema draagt de naam van een gegeven dat in een SWV-dossier verboden is ({naam}); er wordt geen dossier uitgeleverd, tenzij dat uitdrukkelijk wordt gevraagd.',
  'SWV.SELECT.pgnValue':
    'Een waarde bevat een nummer van negen cijfers dat de elfproef van een BSN of onderwijsnummer doorstaat; er wordt geen dossier uitgeleverd, tenzij dat uitdrukkelijk wordt gevraagd.',
});

/** A code of oso-swv's own findings. */
export type SwvMessageId = MessageId<typeof SWV_MESSAGES>;
