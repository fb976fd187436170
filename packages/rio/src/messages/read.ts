/**
 * Reads DUO RIO V4 responses (a SOAP envelope or the bare `*_response` element) into typed results,
 * including every `Foutmelding` (XSD type: foutcode, fouttekst, 1..5 sleutelgegeven). Parsing uses
 * core's hardened reader (no DTD, no external entities, bounded size, depth and node count).
 */
import type { RioErrorCode } from '../errors.js';
import {
  EdustandaardError,
  createFinding,
  createReport,
  parseXmlTree,
  type Finding,
  type RawElement,
  type ValidationReport,
  type XmlInput,
} from '@edustandaard/core';
import { redactNumbers } from '../redact.js';
import { RIO_MESSAGES } from '../catalogue.js';
import { RIO_ACTIONS } from './actions.js';
import { readMessage } from './codec.js';
import { NS_BEHEREN, NS_RAADPLEGEN } from './schema.js';

const SOAP_NS = [
  'http://schemas.xmlsoap.org/soap/envelope/',
  'http://www.w3.org/2003/05/soap-envelope',
];
const HEADER = new Set([
  'identificatiecodeBedrijfsdocument',
  'verzendendeInstantie',
  'ontvangendeInstantie',
  'datumTijdBedrijfsdocument',
]);

/** One error RIO reports (`Foutmelding`). */
export interface Foutmelding {
  foutcode: string;
  fouttekst: string;
  /** The functional key of the object the error is about (1..5). */
  sleutelgegeven: { sleutelnaam: string; sleutelwaarde: string }[];
}

/** A decoded response. */
export interface RioResponse {
  /** e.g. `aanleveren_opleidingseenheid`. */
  action: string;
  service: 'beheren' | 'raadplegen';
  /** `requestGoedgekeurd`. */
  goedgekeurd: boolean;
  foutmeldingen: Foutmelding[];
  header: Partial<
    Record<
      | 'identificatiecodeBedrijfsdocument'
      | 'verzendendeInstantie'
      | 'ontvangendeInstantie'
      | 'datumTijdBedrijfsdocument',
      string
    >
  >;
  /** The RIO code the response returns, where it has one (opleidingseenheidcode, onderwijsaanbiedercode, onderwijslocatiecode, aangebodenOpleidingCode). */
  code?: string;
  /** Every other child, decoded generically: text → string, repeated elements → arrays. */
  data: Record<string, unknown>;
  /**
   * The whole response element read by the schema-driven codec ({@link readMessage}): values typed
   * as the XSD says, repeatable elements always arrays, XSD findings listed. `value` is what
   * `buildMessage(element, value)` accepts.
   */
  bericht: { element: string; value: Record<string, unknown>; issues: Finding[] };
}

/**
 * Reads a response.
 * Throws `E_XML_*` for unreadable XML, `E_XML_ROOT` when it is no RIO V4 response, `E_RIO_FAULT` for a SOAP fault.
 * @param input - the response XML (text or bytes)
 * @param options - `file` for error locations
 */
export function readResponse(input: XmlInput, options: { file?: string } = {}): RioResponse {
  const file = options.file;
  let el = parseXmlTree(input, file ? { file } : {});
  if (SOAP_NS.includes(el.ns) && el.name === 'Envelope') {
    const body = elements(el).find((c) => c.name === 'Body');
    const first = body ? elements(body)[0] : undefined;
    if (!first)
      throw new EdustandaardError<RioErrorCode>(
        'E_XML_ROOT',
        'SOAP-envelop zonder inhoud in Body.',
        {
          ...(file ? { file } : {}),
          path: '/Envelope/Body',
        },
      );
    if (first.name === 'Fault') {
      const fs = elements(first).find((c) => c.name === 'faultstring' || c.name === 'Reason');
      throw new EdustandaardError<RioErrorCode>(
        'E_RIO_FAULT',
        `SOAP-fout van RIO: ${fs ? redactNumbers(textOf(fs).trim()).slice(0, 500) : 'onbekend'}`,
        { ...(file ? { file } : {}), path: '/Envelope/Body/Fault' },
      );
    }
    el = first;
  }
  const m = /^(.*)_response$/.exec(el.name);
  if (!m || (el.ns !== NS_BEHEREN && el.ns !== NS_RAADPLEGEN)) {
    throw new EdustandaardError<RioErrorCode>(
      'E_XML_ROOT',
      `Geen DUO RIO V4-antwoord: {${el.ns}}${el.name}.`,
      {
        ...(file ? { file } : {}),
        path: `/${el.name}`,
      },
    );
  }
  const action = m[1]!;
  const def = RIO_ACTIONS.find((a) => a.action === action);
  const service = def?.service ?? (el.ns === NS_BEHEREN ? 'beheren' : 'raadplegen');
  const header: RioResponse['header'] = {};
  const data = record();
  const foutmeldingen: Foutmelding[] = [];
  let goedgekeurd: boolean | undefined;
  for (const c of elements(el)) {
    if (HEADER.has(c.name)) header[c.name as keyof RioResponse['header']] = textOf(c).trim();
    else if (c.name === 'requestGoedgekeurd') {
      const t = textOf(c).trim();
      if (!['true', 'false', '1', '0'].includes(t)) {
        throw new EdustandaardError<RioErrorCode>(
          'E_XML_MALFORMED',
          `requestGoedgekeurd '${t}' is geen boolean.`,
          { ...(file ? { file } : {}), path: `/${el.name}/requestGoedgekeurd` },
        );
      }
      goedgekeurd = t === 'true' || t === '1';
    } else if (c.name === 'foutmelding') {
      const base = `/${el.name}/foutmelding[${foutmeldingen.length + 1}]`;
      const kids = elements(c);
      const text = (name: string, parent: RawElement[] = kids, at = base): string => {
        const e = parent.find((k) => k.name === name);
        if (!e) return '';
        // Foutmelding's members are simple types (XSD): an element inside is no RIO answer.
        if (elements(e).length)
          throw new EdustandaardError<RioErrorCode>(
            'E_XML_MALFORMED',
            `${name} moet tekst zijn, geen element.`,
            {
              ...(file ? { file } : {}),
              path: `${at}/${name}`,
            },
          );
        return textOf(e).trim();
      };
      foutmeldingen.push({
        foutcode: text('foutcode'),
        fouttekst: text('fouttekst'),
        sleutelgegeven: kids
          .filter((k) => k.name === 'sleutelgegeven')
          .map((k, i) => ({
            sleutelnaam: text('sleutelnaam', elements(k), `${base}/sleutelgegeven[${i + 1}]`),
            sleutelwaarde: text('sleutelwaarde', elements(k), `${base}/sleutelgegeven[${i + 1}]`),
          })),
      });
    } else add(data, c.name, decode(c));
  }
  if (goedgekeurd === undefined) {
    throw new EdustandaardError<RioErrorCode>('E_XML_MALFORMED', 'requestGoedgekeurd ontbreekt.', {
      ...(file ? { file } : {}),
      path: `/${el.name}`,
    });
  }
  const codeKey = [
    'opleidingseenheidcode',
    'onderwijsaanbiedercode',
    'onderwijslocatiecode',
    'aangebodenOpleidingCode',
  ].find((k) => typeof data[k] === 'string');
  let typed: { element: string; value: Record<string, unknown>; issues: Finding[] };
  try {
    typed = readMessage(serialise(el, ''), file ? { file } : {});
  } catch (e) {
    if (!(e instanceof EdustandaardError)) throw e;
    // e.g. a *_response element the 2022 contracts do not have: the generic reading above stands
    typed = {
      element: el.name.slice(el.name.indexOf(':') + 1),
      value: {},
      issues: [
        createFinding(RIO_MESSAGES, 'RIO.XSD.root', {
          path: `/${el.name}`,
          params: { error: e.message, errorCode: e.code },
        }),
      ],
    };
  }
  return {
    action,
    service,
    goedgekeurd,
    foutmeldingen,
    header,
    ...(codeKey ? { code: data[codeKey] as string } : {}),
    data,
    bericht: { element: typed.element, value: typed.value, issues: typed.issues },
  };
}

const esc = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/**
 * An element read from the envelope as standalone XML (local names, a default namespace where it
 * changes), so the codec can read the response element on its own.
 */
function serialise(el: RawElement, parentNs: string): string {
  const local = el.name.slice(el.name.indexOf(':') + 1);
  const attrs = Object.entries(el.attributes)
    .filter(([k]) => !k.startsWith('xmlns') && !k.includes(':'))
    .map(([k, v]) => ` ${k}="${esc(v).replace(/"/g, '&quot;')}"`)
    .join('');
  const ns = el.ns !== parentNs ? ` xmlns="${esc(el.ns)}"` : '';
  const inner = el.children
    .map((c) => (typeof c === 'string' ? esc(c) : serialise(c, el.ns)))
    .join('');
  return `<${local}${ns}${attrs}>${inner}</${local}>`;
}

/**
 * The response as a validation report: one `fout` per Foutmelding, code `RIO.<foutcode>`.
 * @param r - a decoded response
 * @param file - report label
 */
export function responseToReport(r: RioResponse, file = '-'): ValidationReport {
  const issues: Finding[] = r.foutmeldingen.map((f) =>
    createFinding(RIO_MESSAGES, 'RIO.*', {
      code: `RIO.${f.foutcode}`,
      path: `/${r.action}_response/${f.sleutelgegeven.map((s) => `${s.sleutelnaam}=${redactNumbers(s.sleutelwaarde)}`).join('/')}`,
      params: {
        foutcode: f.foutcode,
        sleutelgegeven: f.sleutelgegeven,
        fouttekst: redactNumbers(f.fouttekst),
      },
      source: {
        document: `DUO_RIO_${r.service === 'beheren' ? 'Beheren' : 'Raadplegen'}_OnderwijsOrganisatie_V4`,
      },
    }),
  );
  if (!r.goedgekeurd && issues.length === 0)
    issues.push(
      createFinding(RIO_MESSAGES, 'RIO.AFGEKEURD', {
        path: `/${r.action}_response/requestGoedgekeurd`,
      }),
    );
  return createReport({ file, afsprakenset: 'RIO', version: 'V4', profile: null, issues });
}

function elements(el: RawElement): RawElement[] {
  return el.children.filter((c): c is RawElement => typeof c !== 'string');
}

function textOf(el: RawElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** An object without prototype: element names such as `constructor`, `toString` or `__proto__` are plain keys. */
function record(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

function decode(el: RawElement): unknown {
  const kids = elements(el);
  if (kids.length === 0) return textOf(el).trim();
  const out = record();
  for (const k of kids) add(out, k.name, decode(k));
  return out;
}

function add(o: Record<string, unknown>, k: string, v: unknown): void {
  if (!Object.hasOwn(o, k)) o[k] = v;
  else {
    const prev = o[k];
    if (Array.isArray(prev)) prev.push(v);
    else o[k] = [prev, v];
  }
}
