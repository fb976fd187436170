/**
 * OKE's catalogue (#10 item 4): templates of the findings OKE emits under its own codes. The flow
 * duties (`OKE.F*`, `OKE.ID.*`, `OKE.KETEN.*`) carry their template in their declaration
 * (`duties/data.ts`); the schema findings `OKE.SCHEMA.<keyword>` use core's `SCHEMA_MESSAGES`.
 */
import { defineCatalogue, type MessageId } from '@edustandaard/core';

/** OKE's templates (Dutch). */
export const OKE_MESSAGES = defineCatalogue({
  'OKE.HTTP.status':
    'Statuscode {status} is niet toegestaan voor {method} {endpoint}; toegestaan: {allowed}.',
  'OKE.HTTP.body': 'Antwoord is geen leesbare JSON ({error}).',
  'OKE.HTTP.contentType': 'Content-type {actual} waar {expected} verwacht wordt.',
  'OKE.HTTP.contentType#none': 'Content-type (geen) waar {expected} verwacht wordt.',
  'OKE.BODY.missing': 'Bericht ontbreekt; verwacht {type}.',
  'OKE.BODY.unexpected':
    'Dit bericht heeft volgens de specificatie geen JSON-inhoud ({method} {endpoint} request).',
  'OKE.BODY.unexpected#response':
    'Dit bericht heeft volgens de specificatie geen JSON-inhoud ({method} {endpoint} response {status}).',
  'OKE.QUERY.invalid': "Ongeldige waarde voor queryparameter '{parameter}'.",
  'OKE.QUERY.invalid#allowed':
    "Ongeldige waarde voor queryparameter '{parameter}'; toegestaan: {allowed}.",
  'OKE.QUERY.invalid#expected':
    "Ongeldige waarde voor queryparameter '{parameter}'; verwacht {expected}.",
  'OKE.KETEN.offering':
    'De offering (zitting) van deze deelname is hier niet bekend; maak eerst de offering aan.',
  'OKE.CONFORM.auth':
    'Geen token met de scope van een andere stroom te krijgen: 403 niet getoetst.',
  'OKE.CONFORM.status': 'Status {actual} waar {verwacht} verwacht wordt.',
  'OKE.CONFORM.wwwAuthenticate': 'Een {status} zonder WWW-Authenticate: Bearer (RFC 6750 §3).',
  'OKE.CONFORM.timeout': 'geen antwoord binnen {timeoutMs} ms',
  'OKE.CONFORM.timeout#error': '{reason}',
  'OKE.CONFORM.transport': 'verbinding mislukt',
  'OKE.CONFORM.transport#error': '{reason}',
  'OKE.CONFORM.skipped':
    'Verplichte stap niet uitvoerbaar: {missing} niet gevonden in een eerder antwoord.',
  'OKE.CONFORM.skipped#optional': 'Overgeslagen: {missing} niet gevonden in een eerder antwoord.',
  'OKE.CONFORM.optional': 'Optionele interactie niet aangeboden (status {status}).',
  /** What the step's own check of the answer says (conformance steps). */
  'OKE.CONFORM.state': '{reason}',
  /** What a duty's finding adds to the duty's template when the check says why (`*`: any duty's code). */
  '*#detail': ' ({detail})',
});

/** A message id of OKE's catalogue. */
export type OkeMessageId = MessageId<typeof OKE_MESSAGES>;
