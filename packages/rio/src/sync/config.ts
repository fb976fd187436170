/**
 * Checks the override file of the synchronisation before anything is read (issue #17 item 5:
 * `separator: 5` gave `E_INTERNAL`; `handmatig: "1000O0004"` became a set of characters). Every
 * problem is `E_USAGE` with the JSON path of the offending member.
 */
import { rioError } from '../errors.js';
import {
  RIO_EXPORTS,
  SYNC_SEPARATORS,
  type RioColumn,
  type RioExportSpec,
  type SyncConfig,
} from './exports.js';
import { isIsoDate } from './iso-date.js';

export { isIsoDate };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates an override file's content and returns it typed. Throws `E_USAGE` naming the member.
 * @param value - the parsed JSON (or a caller's object)
 * @param file - the file name, for the error location
 */
export function validateSyncConfig(value: unknown, file?: string): SyncConfig {
  const fail = (path: string, message: string): never => {
    throw rioError('E_USAGE', `Override-bestand: ${message}`, { ...(file ? { file } : {}), path });
  };
  if (value === undefined) return {};
  if (!isObject(value)) fail('/', 'moet een JSON-object zijn.');
  const c = value as Record<string, unknown>;
  const allowed = new Set([
    'columns',
    'separator',
    'expected',
    'handmatig',
    'peildatum',
    'ontbrekendeVerwijzingen',
  ]);
  for (const k of Object.keys(c)) if (!allowed.has(k)) fail(`/${k}`, `onbekend veld '${k}'.`);
  const exportNames = new Set(RIO_EXPORTS.map((e) => e.name));
  if (c.separator !== undefined && !(SYNC_SEPARATORS as readonly unknown[]).includes(c.separator))
    fail(
      '/separator',
      `scheidingsteken moet een van ${SYNC_SEPARATORS.map((s) => JSON.stringify(s)).join(', ')} zijn.`,
    );
  if (c.peildatum !== undefined && (typeof c.peildatum !== 'string' || !isIsoDate(c.peildatum)))
    fail('/peildatum', 'peildatum moet een datum JJJJ-MM-DD zijn.');
  if (
    c.ontbrekendeVerwijzingen !== undefined &&
    c.ontbrekendeVerwijzingen !== 'fout' &&
    c.ontbrekendeVerwijzingen !== 'waarschuwing'
  )
    fail('/ontbrekendeVerwijzingen', "moet 'fout' of 'waarschuwing' zijn.");
  if (c.handmatig !== undefined) {
    if (!Array.isArray(c.handmatig))
      fail('/handmatig', 'handmatig moet een lijst van RIO-codes zijn, bv. ["1000O0004"].');
    (c.handmatig as unknown[]).forEach((h, i) => {
      if (typeof h !== 'string' || h.trim() === '')
        fail(`/handmatig/${i}`, 'moet een RIO-code (tekst) zijn.');
    });
  }
  if (c.columns !== undefined) {
    if (!isObject(c.columns)) fail('/columns', 'moet een object per export zijn.');
    for (const [name, cols] of Object.entries(c.columns as Record<string, unknown>)) {
      const spec = RIO_EXPORTS.find((e) => e.name === name);
      if (!spec)
        fail(
          `/columns/${name}`,
          `onbekende export '${name}' (bekend: ${[...exportNames].join(', ')}).`,
        );
      if (!isObject(cols)) fail(`/columns/${name}`, 'moet een object kolom → kopnaam zijn.');
      for (const [k, h] of Object.entries(cols as Record<string, unknown>)) {
        if (!(k in spec!.columns))
          fail(`/columns/${name}/${k}`, `export ${name} kent geen kolom '${k}'.`);
        if (typeof h !== 'string' || h.trim() === '')
          fail(`/columns/${name}/${k}`, 'kopnaam moet tekst zijn.');
      }
    }
  }
  if (c.expected !== undefined) {
    if (!isObject(c.expected)) fail('/expected', 'moet een object per export zijn.');
    for (const [name, ex] of Object.entries(c.expected as Record<string, unknown>)) {
      if (!exportNames.has(name)) fail(`/expected/${name}`, `onbekende export '${name}'.`);
      if (!isObject(ex)) fail(`/expected/${name}`, 'moet een object zijn.');
      for (const [k, v] of Object.entries(ex as Record<string, unknown>)) {
        if (k === 'sha256') {
          if (typeof v !== 'string' || !/^[0-9a-fA-F]{64}$/.test(v))
            fail(`/expected/${name}/sha256`, 'moet 64 hexadecimale tekens zijn.');
        } else if (k === 'rows' || k === 'bytes' || k === 'minBytes') {
          if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
            fail(`/expected/${name}/${k}`, 'moet een geheel getal ≥ 0 zijn.');
        } else
          fail(`/expected/${name}/${k}`, `onbekend veld '${k}' (rows, bytes, minBytes, sha256).`);
      }
    }
  }
  return c as SyncConfig;
}

/** The headers one run looks for in one export, and which of them are assumptions. */
export interface ResolvedColumns {
  headers: Record<RioColumn, string>;
  /** Logical columns whose header is an assumption that the user did not override. */
  assumed: RioColumn[];
  /** Logical columns the user overrode (an overridden column is required in the file). */
  overridden: RioColumn[];
}

/**
 * The headers of one export after the override file; refuses an override that covers only part of a
 * column group and two logical columns on one header.
 * @param spec - the export
 * @param config - the validated override file
 */
export function resolveColumns(spec: RioExportSpec, config: SyncConfig): ResolvedColumns {
  const over = config.columns?.[spec.name] ?? {};
  const headers = {} as Record<RioColumn, string>;
  const assumed: RioColumn[] = [];
  for (const [k, col] of Object.entries(spec.columns) as [
    RioColumn,
    { header: string; assumption: boolean },
  ][]) {
    const o = over[k];
    headers[k] = o ?? col.header;
    if (o === undefined && col.assumption) assumed.push(k);
  }
  const overridden = Object.keys(over) as RioColumn[];
  for (const g of spec.groups ?? []) {
    const hit = g.filter((k) => overridden.includes(k));
    if (hit.length && hit.length < g.length)
      throw rioError(
        'E_USAGE',
        `Override-bestand: kolommen ${g.join(', ')} van ${spec.name} horen bij elkaar; geef ze alle ${g.length} op (nu alleen ${hit.join(', ')}), anders komt een waarde uit de verkeerde kolom.`,
        { path: `/columns/${spec.name}` },
      );
  }
  const seen = new Map<string, RioColumn>();
  for (const [k, h] of Object.entries(headers) as [RioColumn, string][]) {
    const key = headerKey(h);
    const prev = seen.get(key);
    if (prev)
      throw rioError(
        'E_USAGE',
        `Override-bestand: kolommen ${prev} en ${k} van ${spec.name} wijzen allebei naar kop '${h}'.`,
        { path: `/columns/${spec.name}/${k}` },
      );
    seen.set(key, k);
  }
  return { headers, assumed, overridden };
}

/**
 * The form in which a CSV header is compared with a configured column name: upper case, letters and
 * digits only (`Eigen_Opleidingseenheid-Sleutel` and `EIGENOPLEIDINGSEENHEIDSLEUTEL` are one column).
 * @param name - a header or configured column name
 */
export function headerKey(name: string): string {
  return name
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}
