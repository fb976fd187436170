/**
 * Collects the SIS side of the synchronisation (guide §4 "vergaren gegevens uit het SIS"): OOAPI v5
 * education specifications (→ opleidingseenheid), programs and courses (→ aangeboden opleiding) and
 * their offerings (→ cohort), from an OOAPI v5 JSON export or a CSV.
 *
 * Where the SIS already knows the RIO code of an item we read it from, in this order (our convention,
 * documented in the README): the `rio` consumer (`consumers[consumerKey=rio].opleidingseenheidcode` /
 * `.aangebodenOpleidingCode` / `.cohortcode`), then `otherCodes` with `codeType` `opleidingseenheidcode`,
 * `aangebodenOpleidingCode` or `rioCode` (optionally `x-` prefixed).
 */
import type { RioErrorCode } from '../errors.js';
import { readFile, stat } from 'node:fs/promises';
import { EdustandaardError, readJson } from '@edustandaard/core';
import { isIsoDate } from './iso-date.js';
import { scanCsv } from './csv.js';

/** One SIS item. */
export interface SisItem {
  entiteit: 'opleidingseenheid' | 'aangebodenOpleiding';
  /** The SIS's own key: educationSpecificationId, programId or courseId. */
  sleutel: string;
  /** OOAPI resource type the link job needs. */
  ooapiType: 'education-specifications' | 'programs' | 'courses';
  /** The RIO code the SIS already carries, `''` when none. */
  rioCode: string;
  /** The SIS's own code (primaryCode), compared with the RIO opleidingscode. */
  code: string;
  naam: string;
  begindatum: string;
  einddatum: string;
  /** For an aangeboden opleiding: the education specification's key. */
  ouder: string;
  cohorten: SisCohort[];
}

/** An offering of a program/course (→ RIO cohort). */
export interface SisCohort {
  cohortcode: string;
  /**
   * True when `cohortcode` is a RIO cohortcode the SIS stores for this offering (the `rio` consumer's
   * `cohortcode`, or `otherCodes`), not the SIS's own code: RIO must then have that cohort.
   */
  uitRio: boolean;
  offeringId: string;
  begindatum: string;
}

/** Maximum SIS export size read into memory (the SIS side covers one bestuur). */
export const SIS_MAX_BYTES = 512 * 1024 * 1024;

/** Default SIS CSV header per logical column. */
export const SIS_CSV_COLUMNS = {
  type: 'TYPE',
  sleutel: 'SLEUTEL',
  rioCode: 'RIOCODE',
  code: 'CODE',
  naam: 'NAAM',
  begindatum: 'BEGINDATUM',
  einddatum: 'EINDDATUM',
  ouder: 'OUDER',
} as const;
type SisColumn = keyof typeof SIS_CSV_COLUMNS;

/**
 * Reads a SIS export: `.json` as OOAPI v5, anything else as CSV.
 * Throws `E_CSV_DUPLICATE_KEY` when two items share a key: a link job from such data would be ambiguous.
 * @param path - the export
 * @param columns - CSV header overrides
 */
export async function readSisSide(
  path: string,
  columns: Partial<Record<SisColumn, string>> = {},
): Promise<SisItem[]> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new EdustandaardError<RioErrorCode>(
      'E_IO',
      `SIS-export kan niet worden gelezen: ${(e as Error).message}`,
      { file: path },
      { cause: e },
    );
  }
  if (size > SIS_MAX_BYTES)
    throw new EdustandaardError<RioErrorCode>(
      'E_JSON_TOO_LARGE',
      `SIS-export is groter dan ${SIS_MAX_BYTES} bytes.`,
      { file: path },
    );
  const items = /\.json$/i.test(path)
    ? await readOoapi(path)
    : await readSisCsv(path, { ...SIS_CSV_COLUMNS, ...columns });
  const seen = new Map<string, SisItem>();
  for (const it of items) {
    const k = `${it.entiteit}:${it.sleutel}`;
    if (seen.has(k)) {
      throw new EdustandaardError<RioErrorCode>(
        'E_CSV_DUPLICATE_KEY',
        `Eigen sleutel ${it.sleutel} komt twee keer voor in de SIS-export (${it.entiteit}).`,
        {
          file: path,
          path: `/${it.ooapiType}/${it.sleutel}`,
        },
      );
    }
    seen.set(k, it);
  }
  return items;
}

type Json = Record<string, unknown>;

async function readOoapi(path: string): Promise<SisItem[]> {
  // core's hardened reader: size and depth limits, duplicate keys and invalid UTF-8 are errors with line/column.
  const doc = readJson(await readFile(path), { file: path, maxBytes: SIS_MAX_BYTES });
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new EdustandaardError<RioErrorCode>(
      'E_JSON_MALFORMED',
      'SIS-export moet een JSON-object zijn met educationSpecifications, programs, courses en offerings.',
      {
        file: path,
      },
    );
  }
  const d = doc as Json;
  const list = (k: string): Json[] => {
    const v = d[k];
    const arr = Array.isArray(v)
      ? v
      : v && typeof v === 'object' && Array.isArray((v as Json).items)
        ? ((v as Json).items as unknown[])
        : [];
    return arr.filter((x): x is Json => !!x && typeof x === 'object');
  };
  const out: SisItem[] = [];
  const byAo = new Map<string, SisItem>();
  for (const es of list('educationSpecifications')) {
    const sleutel = str(es.educationSpecificationId);
    if (!sleutel) throw missing(path, '/educationSpecifications', 'educationSpecificationId');
    out.push({
      entiteit: 'opleidingseenheid',
      sleutel,
      ooapiType: 'education-specifications',
      rioCode: rioCode(es, 'opleidingseenheidcode'),
      code: primaryCode(es),
      naam: name(es.name),
      begindatum: date(es.validFrom, path, `/educationSpecifications/${sleutel}/validFrom`),
      einddatum: date(es.validTo, path, `/educationSpecifications/${sleutel}/validTo`),
      ouder: '',
      cohorten: [],
    });
  }
  for (const [k, idField, type] of [
    ['programs', 'programId', 'programs'],
    ['courses', 'courseId', 'courses'],
  ] as const) {
    for (const p of list(k)) {
      const sleutel = str(p[idField]);
      if (!sleutel) throw missing(path, `/${k}`, idField);
      const es = p.educationSpecification;
      const it: SisItem = {
        entiteit: 'aangebodenOpleiding',
        sleutel,
        ooapiType: type,
        rioCode: rioCode(p, 'aangebodenOpleidingCode'),
        code: primaryCode(p),
        naam: name(p.name),
        begindatum: date(p.validFrom, path, `/${k}/${sleutel}/validFrom`),
        einddatum: date(p.validTo, path, `/${k}/${sleutel}/validTo`),
        ouder:
          typeof es === 'string'
            ? es
            : es && typeof es === 'object'
              ? str((es as Json).educationSpecificationId)
              : '',
        cohorten: [],
      };
      out.push(it);
      byAo.set(sleutel, it);
    }
  }
  for (const o of list('offerings')) {
    const parentRef = o.program ?? o.programId ?? o.course ?? o.courseId;
    const parent =
      typeof parentRef === 'string'
        ? parentRef
        : parentRef && typeof parentRef === 'object'
          ? str((parentRef as Json).programId ?? (parentRef as Json).courseId)
          : '';
    const ao = byAo.get(parent);
    const offeringId = str(o.offeringId);
    if (!ao) continue;
    const rioCohort = rioCode(o, 'cohortcode');
    ao.cohorten.push({
      offeringId,
      cohortcode: rioCohort || primaryCode(o) || offeringId,
      uitRio: rioCohort !== '',
      begindatum: date(o.startDate, path, `/offerings/${offeringId}/startDate`),
    });
  }
  return out;
}

async function readSisCsv(path: string, columns: Record<SisColumn, string>): Promise<SisItem[]> {
  const out: SisItem[] = [];
  const byAo = new Map<string, SisItem>();
  const cohortRows: { ouder: string; c: SisCohort }[] = [];
  await scanCsv<SisColumn>(path, {
    columns,
    required: ['type', 'sleutel', 'naam'],
    dates: ['begindatum', 'einddatum'],
    onRow: (r, line) => {
      const t = r.type.toLowerCase();
      if (t === 'cohort') {
        cohortRows.push({
          ouder: r.ouder,
          c: {
            cohortcode: r.rioCode || r.sleutel,
            uitRio: r.rioCode !== '',
            offeringId: r.sleutel,
            begindatum: r.begindatum,
          },
        });
        return;
      }
      const entiteit =
        t === 'opleidingseenheid'
          ? 'opleidingseenheid'
          : t === 'aangebodenopleiding'
            ? 'aangebodenOpleiding'
            : undefined;
      if (!entiteit) {
        throw new EdustandaardError<RioErrorCode>(
          'E_CSV_MALFORMED',
          `Onbekend TYPE '${r.type}' (verwacht opleidingseenheid, aangebodenOpleiding of cohort).`,
          {
            file: path,
            line,
          },
        );
      }
      const it: SisItem = {
        entiteit,
        sleutel: r.sleutel,
        ooapiType: entiteit === 'opleidingseenheid' ? 'education-specifications' : 'programs',
        rioCode: r.rioCode,
        code: r.code,
        naam: r.naam,
        begindatum: r.begindatum,
        einddatum: r.einddatum,
        ouder: r.ouder,
        cohorten: [],
      };
      out.push(it);
      if (entiteit === 'aangebodenOpleiding') byAo.set(it.sleutel, it);
    },
  });
  for (const { ouder, c } of cohortRows) byAo.get(ouder)?.cohorten.push(c);
  return out;
}

/**
 * An OOAPI date (`yyyy-mm-dd`, or a date-time whose date part is used) as `yyyy-mm-dd`; `''` when
 * absent. Anything else is `E_JSON_MALFORMED` with its path: dates are compared, never guessed.
 */
function date(v: unknown, file: string, path: string): string {
  const s = str(v);
  if (!s) return '';
  const d = s.slice(0, 10);
  if (!isIsoDate(d) || (s.length > 10 && s[10] !== 'T'))
    throw new EdustandaardError<RioErrorCode>(
      'E_JSON_MALFORMED',
      `'${s.slice(0, 40)}' is geen datum JJJJ-MM-DD.`,
      { file, path },
    );
  return d;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** OOAPI LanguageTypedString[] → the Dutch value, else the first. */
function name(v: unknown): string {
  if (typeof v === 'string') return v;
  if (!Array.isArray(v)) return '';
  const nl = v.find((x) => x && typeof x === 'object' && /^nl/i.test(str((x as Json).language)));
  const pick = (nl ?? v[0]) as Json | undefined;
  return pick ? str(pick.value) : '';
}

function primaryCode(o: Json): string {
  const pc = o.primaryCode;
  return pc && typeof pc === 'object' ? str((pc as Json).code) : '';
}

const RIO_CODE_TYPES = /^(x-)?(opleidingseenheidcode|aangebodenopleidingcode|cohortcode|riocode)$/i;

function rioCode(o: Json, consumerField: string): string {
  const consumers = Array.isArray(o.consumers) ? (o.consumers as unknown[]) : [];
  for (const c of consumers) {
    if (c && typeof c === 'object' && str((c as Json).consumerKey).toLowerCase() === 'rio') {
      const v = str((c as Json)[consumerField]);
      if (v) return v;
    }
  }
  const other = Array.isArray(o.otherCodes) ? (o.otherCodes as unknown[]) : [];
  for (const c of other) {
    if (c && typeof c === 'object' && RIO_CODE_TYPES.test(str((c as Json).codeType))) {
      const t = str((c as Json).codeType)
        .toLowerCase()
        .replace(/^x-/, '');
      if (t === 'riocode' || t === consumerField.toLowerCase()) return str((c as Json).code);
    }
  }
  return '';
}

function missing(file: string, path: string, field: string): EdustandaardError<RioErrorCode> {
  return new EdustandaardError<RioErrorCode>(
    'E_JSON_MALFORMED',
    `Verplicht veld ${field} ontbreekt.`,
    {
      file,
      path,
    },
  );
}
