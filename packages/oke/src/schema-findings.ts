/**
 * Turns ajv errors of the precompiled validators into findings with JSON-pointer paths.
 *
 * anyOf (the spec's oneOf/anyOf, e.g. `person: personId | Person`, or a `consumers` entry that is
 * either the NL-TEST-ADMIN extension or another consumer's entry): the branch whose errors reach
 * deepest into the message is reported, so a wrong enum inside an `nl-test-admin` entry is
 * reported at `/consumers/0/offeringState`, not as "matches no alternative".
 */
import type { ErrorObject } from 'ajv';
import type { Finding, SourceRef } from '@edustandaard/core';

/** Code prefix of schema findings: `OKE.SCHEMA.required`, `OKE.SCHEMA.enum`, … */
export const SCHEMA_CODE = 'OKE.SCHEMA';

const OTHER_CONSUMER_PATTERN = '^(?!nl-test-admin$)';

interface Located {
  e: ErrorObject;
  path: string;
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const depth = (p: string) => (p === '' ? 0 : p.split('/').length - 1);

function locate(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return `${e.instancePath}/${escape(String(p.missingProperty))}`;
  if (e.keyword === 'additionalProperties')
    return `${e.instancePath}/${escape(String(p.additionalProperty))}`;
  return e.instancePath;
}

/** Dutch message per ajv keyword (rendered from params; the params stay in the finding). */
function message(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `Verplicht attribuut '${String(p.missingProperty)}' ontbreekt.`;
    case 'additionalProperties':
      return `Attribuut '${String(p.additionalProperty)}' is hier niet toegestaan (het object is gesloten).`;
    case 'type':
      return `Verkeerd type: verwacht ${String(p.type)}.`;
    case 'enum':
      return `Waarde is niet toegestaan; toegestaan: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'const':
      return `Waarde moet ${JSON.stringify(p.allowedValue)} zijn.`;
    case 'format':
      return `Waarde heeft niet het formaat '${String(p.format)}'.`;
    case 'pattern':
      return `Waarde voldoet niet aan het patroon ${String(p.pattern)}.`;
    case 'minItems':
      return `Lijst moet minimaal ${String(p.limit)} element(en) bevatten.`;
    case 'maxItems':
      return `Lijst mag maximaal ${String(p.limit)} element(en) bevatten.`;
    case 'minLength':
      return `Tekst moet minimaal ${String(p.limit)} teken(s) lang zijn.`;
    case 'maxLength':
      return `Tekst mag maximaal ${String(p.limit)} tekens lang zijn.`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `Waarde moet ${String(p.comparison)} ${String(p.limit)} zijn.`;
    case 'anyOf':
    case 'oneOf':
      return 'Waarde past in geen van de toegestane vormen.';
    default:
      return e.message ?? `Voldoet niet aan '${e.keyword}'.`;
  }
}

function prune(errors: readonly ErrorObject[]): Located[] {
  const out: Located[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') {
      out.push({ e, path: locate(e) });
      continue;
    }
    const P = e.instancePath;
    let start = out.length;
    while (start > 0) {
      const q = out[start - 1]!.path;
      if (q === P || q.startsWith(`${P}/`)) start--;
      else break;
    }
    // Not errors by themselves: the discriminator of another consumer's entry, and the `null`
    // alternative of a merge-patch value.
    const cands = out
      .splice(start)
      .filter(
        (c) =>
          !(
            c.e.keyword === 'pattern' &&
            (c.e.params as { pattern?: string }).pattern === OTHER_CONSUMER_PATTERN
          ),
      )
      .filter(
        (c) =>
          !(
            c.e.keyword === 'type' &&
            (c.e.params as { type?: string }).type === 'null' &&
            c.path === P
          ),
      );
    const best = Math.max(-1, ...cands.map((c) => depth(c.path)));
    if (cands.length === 1 || (cands.length && best > depth(P)))
      out.push(...cands.filter((c) => depth(c.path) === best));
    else out.push({ e, path: P });
  }
  // A value of the wrong type needs no further enum/format/pattern findings at the same place.
  const typed = new Set(out.filter((l) => l.e.keyword === 'type').map((l) => l.path));
  const pruned = out.filter(
    (l) =>
      l.e.keyword === 'type' ||
      !typed.has(l.path) ||
      !['enum', 'const', 'format', 'pattern'].includes(l.e.keyword),
  );
  const seen = new Set<string>();
  return pruned.filter((l) => {
    const k = `${l.path}\u0000${l.e.keyword}\u0000${JSON.stringify(l.e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * @param errors - ajv errors (allErrors mode)
 * @param source - where the schema comes from (document + schema name as section)
 * @param base - JSON pointer prefix for every path (default: the message root, `''`)
 * @returns findings with code `OKE.SCHEMA.<keyword>`, severity `fout`, JSON-pointer path
 */
export function findingsFromAjv(
  errors: readonly ErrorObject[] | null | undefined,
  source: SourceRef,
  base = '',
): Finding[] {
  if (!errors?.length) return [];
  return prune(errors).map(({ e, path }) => ({
    code: `${SCHEMA_CODE}.${e.keyword}`,
    severity: 'fout' as const,
    path: `${base}${path}` || '/',
    message: message(e),
    source,
    params: { ...(e.params as Record<string, unknown>), keyword: e.keyword },
  }));
}
