/**
 * Builds DUO RIO V4 request messages from the model (the friendly shape of src/model: `type`,
 * `periodes`, `cohorten`, named kenmerken), in XSD order (schema.ts maps it onto the elements). The
 * XML itself is written by core's schema-driven codec with the descriptor generated from DUO's XSD
 * (codec.ts): one XML writer, so `A&amp;B` stays `A&amp;B`; every element is checked against the
 * XSD (an MBO request without its required elements is refused, not written); and input the model
 * does not know is an error naming its path, never silently dropped (issue #12).
 * The result is the SOAP body content (the request element); {@link toSoapEnvelope} wraps it.
 */
import type { RioErrorCode } from '../errors.js';
import { EdustandaardError } from '@edustandaard/core';
import { buildMessage, readMessage, type RioContractBuild } from './codec.js';
import { kenmerkDefs } from './kenmerken.js';
import type { Bedrijfsdocument } from '../model/common.js';
import { RIO_ACTIONS, type RioAction, type RioActionDef } from './actions.js';
import {
  BEDRIJFSDOCUMENT,
  resolveType,
  type KenmerkDef,
  type Particle,
  type SimpleKind,
} from './schema.js';

const SIMPLE = new Set<string>(['text', 'date', 'dateTime', 'boolean', 'integer', 'decimal']);

type Obj = Record<string, unknown>;

/** Options for {@link buildRequest}. */
export interface BuildOptions {
  /** The message header; `datumTijdBedrijfsdocument` defaults to now, `identificatiecodeBedrijfsdocument` to a random UUID. */
  header: Partial<Bedrijfsdocument> &
    Pick<Bedrijfsdocument, 'verzendendeInstantie' | 'ontvangendeInstantie'>;
  /** Pretty-print (default true). */
  pretty?: boolean;
  /** Contract build (default `2022`). */
  build?: RioContractBuild;
}

/**
 * Builds the request element of `action` from the model `input`.
 * Throws `E_RIO_MODEL` (with the JSON path) when the input misses a required element or breaks a cardinality,
 * and `E_USAGE` for an unknown action.
 * @param action - e.g. `aanleveren_opleidingseenheid`, `verwijderen_aangebodenOpleiding`, `opvragen_rioIdentificatiecode`
 * @param input - the model object the action takes (see {@link RIO_ACTIONS})
 * @param options - header and formatting
 */
export function buildRequest(
  action: RioAction | string,
  input: unknown,
  options: BuildOptions,
): string {
  const def = RIO_ACTIONS.find((a) => a.action === action);
  if (!def) {
    throw new EdustandaardError<RioErrorCode>(
      'E_USAGE',
      `Onbekende RIO-actie '${action}' (zie 'edustandaard rio request --list').`,
      { path: 'action' },
    );
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new EdustandaardError<RioErrorCode>(
      'E_RIO_MODEL',
      `Invoer voor ${action} moet een object zijn.`,
      {
        path: '/',
      },
    );
  }
  const root = new TreeNode(def.requestElement);
  const header: Obj = {
    identificatiecodeBedrijfsdocument:
      options.header.identificatiecodeBedrijfsdocument ?? globalThis.crypto.randomUUID(),
    verzendendeInstantie: options.header.verzendendeInstantie,
    ontvangendeInstantie: options.header.ontvangendeInstantie,
    datumTijdBedrijfsdocument: options.header.datumTijdBedrijfsdocument ?? new Date().toISOString(),
  };
  const build = options.build ?? '2022';
  writeParticles(root, BEDRIJFSDOCUMENT, header, '/header', build);
  const used = new WeakMap<object, Set<string>>();
  const body = def.body(tracked(input as Obj, used));
  writeParticles(root, body.particles, body.obj, '', build);
  const unknown = unusedKeys(input, used, '');
  if (unknown.length) {
    throw new EdustandaardError<RioErrorCode>(
      'E_RIO_MODEL',
      `Onbekend veld voor ${action}: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` (en ${unknown.length - 5} meer)` : ''}; niets wordt stilzwijgend weggelaten.`,
      { path: unknown[0]! },
    );
  }
  // The tree is handed to core's codec: typed by the generated descriptor, checked against the XSD,
  // and written by core's one XML writer.
  const read = readMessage(
    `<${def.requestElement} xmlns="${def.namespace}">${root.inner()}</${def.requestElement}>`,
    {
      build,
    },
  );
  const built = read.issues.length
    ? { xml: undefined, issues: read.issues }
    : buildMessage(def.requestElement, read.value, {
        build,
        service: def.service,
        pretty: options.pretty ?? true,
      });
  if (!built.xml) {
    const f = built.issues[0]!;
    throw new EdustandaardError<RioErrorCode>(
      'E_RIO_MODEL',
      `Het bericht voldoet niet aan de XSD (${built.issues.length} bevinding(en)); eerste: ${f.message}`,
      { path: f.path },
    );
  }
  return built.xml;
}

/** A minimal element tree: what the particle walk writes before core's codec takes over. */
class TreeNode {
  private readonly kids: (TreeNode | string)[] = [];
  constructor(readonly name: string) {}
  ele(name: string): TreeNode {
    const n = new TreeNode(name);
    this.kids.push(n);
    return n;
  }
  txt(v: string): this {
    this.kids.push(v);
    return this;
  }
  inner(): string {
    return this.kids
      .map((k) =>
        typeof k === 'string'
          ? k
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;')
              .replace(/>/g, '&gt;')
              .replace(/\r/g, '&#13;')
          : `<${k.name}>${k.inner()}</${k.name}>`,
      )
      .join('');
  }
}

/** A read-only view of the input that records which keys the builder reads. */
function tracked<T extends object>(o: T, used: WeakMap<object, Set<string>>): T {
  return new Proxy(o, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof key === 'string') {
        let set = used.get(target);
        if (!set) used.set(target, (set = new Set()));
        set.add(key);
      }
      return v && typeof v === 'object' ? tracked(v as object, used) : v;
    },
  });
}

/** JSON paths of input members the builder never read (misspelt or not in the model). */
function unusedKeys(v: unknown, used: WeakMap<object, Set<string>>, path: string): string[] {
  if (!v || typeof v !== 'object') return [];
  if (Array.isArray(v)) return v.flatMap((x, i) => unusedKeys(x, used, `${path}/${i}`));
  const seen = used.get(v);
  const out: string[] = [];
  for (const [k, x] of Object.entries(v as Obj)) {
    if (x === undefined) continue;
    if (!seen?.has(k)) out.push(`${path}/${k}`);
    else out.push(...unusedKeys(x, used, `${path}/${k}`));
  }
  return out;
}

/**
 * Wraps a request element in a SOAP 1.1 envelope.
 * @param requestXml - output of {@link buildRequest}
 */
export function toSoapEnvelope(requestXml: string): string {
  const body = requestXml.replace(/^<\?xml[^>]*\?>\s*/, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n<soapenv:Header/>\n<soapenv:Body>\n${body}\n</soapenv:Body>\n</soapenv:Envelope>\n`;
}

function writeParticles(
  parent: TreeNode,
  particles: readonly Particle[],
  obj: Obj,
  path: string,
  build: RioContractBuild,
): void {
  for (const p of particles) {
    if ('kenmerken' in p) {
      const { defs, weg } = kenmerkDefs(p.kenmerken, p.bereik, build);
      for (const d of weg)
        if (obj[d.naam] !== undefined && obj[d.naam] !== null)
          throw new EdustandaardError<RioErrorCode>(
            'E_RIO_MODEL',
            `Kenmerk ${d.naam} bestaat niet in contractversie ${build} (${p.bereik}).`,
            { path: `${path}/${d.naam}` },
          );
      writeKenmerken(parent, defs, obj, path);
      continue;
    }
    if ('choice' in p) {
      const present = p.choice.filter((c) => 'el' in c && obj[c.key ?? c.el] !== undefined);
      if (present.length !== 1 && (p.min ?? 1) > 0) {
        const names = p.choice.map((c) => ('el' in c ? (c.key ?? c.el) : '?'));
        throw new EdustandaardError<RioErrorCode>(
          'E_RIO_MODEL',
          present.length === 0
            ? `Precies één van ${names.join(', ')} is verplicht.`
            : `Slechts één van ${names.join(', ')} is toegestaan.`,
          { path: path || '/' },
        );
      }
      writeParticles(parent, present, obj, path, build);
      continue;
    }
    const key = p.key ?? p.el;
    const min = p.min ?? 1;
    const max = p.max ?? 1;
    const v = obj[key];
    const values =
      v === undefined || v === null
        ? []
        : max > 1 || Array.isArray(v)
          ? Array.isArray(v)
            ? v
            : [v]
          : [v];
    if (values.length < min) {
      throw new EdustandaardError<RioErrorCode>(
        'E_RIO_MODEL',
        `${key} is verplicht${min > 1 ? ` (minstens ${min})` : ''}.`,
        { path: `${path}/${key}` },
      );
    }
    if (values.length > max) {
      throw new EdustandaardError<RioErrorCode>(
        'E_RIO_MODEL',
        `${key} mag hoogstens ${max} keer voorkomen.`,
        {
          path: `${path}/${key}`,
        },
      );
    }
    values.forEach((item, i) => {
      const itemPath = key === 'self' ? path : max > 1 ? `${path}/${key}/${i}` : `${path}/${key}`;
      if (SIMPLE.has(p.t)) parent.ele(p.el).txt(lexical(item, p.t as SimpleKind, itemPath));
      else {
        const sub = resolveType(p.t);
        if (!sub) throw new Error(`schema.ts: unknown type ${p.t}`);
        if (!item || typeof item !== 'object')
          throw new EdustandaardError<RioErrorCode>('E_RIO_MODEL', `${key} moet een object zijn.`, {
            path: itemPath,
          });
        writeParticles(parent.ele(p.el), sub, item as Obj, itemPath, build);
      }
    });
  }
}

function writeKenmerken(
  parent: TreeNode,
  defs: readonly KenmerkDef[],
  obj: Obj,
  path: string,
): void {
  for (const d of defs) {
    const v = obj[d.naam];
    if (v === undefined || v === null) {
      if (d.verplicht)
        throw new EdustandaardError<RioErrorCode>(
          'E_RIO_MODEL',
          `${d.naam} is verplicht (kenmerk).`,
          {
            path: `${path}/${d.naam}`,
          },
        );
      continue;
    }
    const values = d.lijst && Array.isArray(v) ? v : [v];
    if (d.max !== undefined && values.length > d.max)
      throw new EdustandaardError<RioErrorCode>(
        'E_RIO_MODEL',
        `${d.naam} mag hoogstens ${d.max} keer voorkomen (kenmerk).`,
        { path: `${path}/${d.naam}` },
      );
    values.forEach((x, i) => {
      const k = parent.ele('kenmerken');
      k.ele('kenmerknaam').txt(d.naam);
      const kind: SimpleKind =
        d.waarde === 'Getal'
          ? 'decimal'
          : d.waarde === 'Boolean'
            ? 'boolean'
            : d.waarde === 'Datum'
              ? 'date'
              : 'text';
      k.ele(`kenmerkwaarde${d.waarde}`).txt(
        lexical(x, kind, d.lijst ? `${path}/${d.naam}/${i}` : `${path}/${d.naam}`),
      );
    });
  }
  const raw = obj.kenmerken;
  if (raw === undefined) return;
  if (!Array.isArray(raw))
    throw new EdustandaardError<RioErrorCode>('E_RIO_MODEL', 'kenmerken moet een lijst zijn.', {
      path: `${path}/kenmerken`,
    });
  raw.forEach((r: unknown, i) => {
    const kp = `${path}/kenmerken/${i}`;
    if (!r || typeof r !== 'object')
      throw new EdustandaardError<RioErrorCode>(
        'E_RIO_MODEL',
        'Een kenmerk moet een object zijn.',
        { path: kp },
      );
    const o = r as Obj;
    const waarden = (['Datum', 'Tekst', 'Enumeratiewaarde', 'Getal', 'Boolean'] as const).filter(
      (w) => o[`kenmerkwaarde${w}`] !== undefined,
    );
    if (typeof o.kenmerknaam !== 'string' || waarden.length !== 1) {
      throw new EdustandaardError<RioErrorCode>(
        'E_RIO_MODEL',
        'Een kenmerk heeft een kenmerknaam en precies één kenmerkwaarde.',
        { path: kp },
      );
    }
    const w = waarden[0]!;
    const k = parent.ele('kenmerken');
    k.ele('kenmerknaam').txt(o.kenmerknaam);
    const kind: SimpleKind =
      w === 'Getal' ? 'decimal' : w === 'Boolean' ? 'boolean' : w === 'Datum' ? 'date' : 'text';
    k.ele(`kenmerkwaarde${w}`).txt(lexical(o[`kenmerkwaarde${w}`], kind, kp));
  });
}

function lexical(v: unknown, t: SimpleKind, path: string): string {
  const bad = (what: string): never => {
    throw new EdustandaardError<RioErrorCode>('E_RIO_MODEL', `Waarde moet ${what} zijn.`, { path });
  };
  switch (t) {
    case 'date':
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) bad('een datum JJJJ-MM-DD');
      return v as string;
    case 'dateTime':
      if (
        typeof v !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(v)
      )
        bad('een datum-tijd (ISO 8601)');
      return v as string;
    case 'boolean':
      if (typeof v !== 'boolean') bad('true of false');
      return String(v);
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) bad('een geheel getal');
      return String(v);
    case 'decimal':
      if (typeof v !== 'number' || !Number.isFinite(v)) bad('een getal');
      return String(v);
    default:
      if (typeof v !== 'string' && typeof v !== 'number') bad('tekst');
      return String(v);
  }
}

export type { RioActionDef };
