/**
 * Checks the query parameters of a request against the operation's parameter definitions in
 * ooapiv5_MBO.yaml (integers, booleans, enumerations, comma-separated lists with `explode: false`,
 * dates). Unknown parameters are ignored, as OOAPI prescribes nothing for them.
 */
import { createFinding, type Finding } from '@edustandaard/core';
import type { OoapiOperation } from '../operation.js';
import { SPEC_SOURCE } from '../version.js';
import { OKE_MESSAGES } from '../messages.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @param op - the operation
 * @param query - the request's query
 * @returns findings with code `OKE.QUERY.invalid` and path `?<name>`
 */
export function checkQuery(op: OoapiOperation, query: URLSearchParams): Finding[] {
  const out: Finding[] = [];
  for (const p of op.parameters) {
    if (p.in !== 'query') continue;
    const raw = query.get(p.name);
    if (raw === null) continue;
    const values = p.type === 'array' ? raw.split(',') : [raw];
    const bad = values.filter((v) => {
      if (p.type === 'integer')
        return !/^-?\d{1,15}$/.test(v) || (p.enum !== undefined && !p.enum.includes(Number(v)));
      if (p.type === 'boolean') return v !== 'true' && v !== 'false';
      if (p.enum) return !p.enum.includes(v);
      if (p.format === 'date') return !DATE.test(v);
      return false;
    });
    if (bad.length)
      out.push(
        createFinding(
          OKE_MESSAGES,
          p.enum
            ? 'OKE.QUERY.invalid#allowed'
            : p.type === 'integer' || p.type === 'boolean' || p.format
              ? 'OKE.QUERY.invalid#expected'
              : 'OKE.QUERY.invalid',
          {
            path: `?${p.name}`,
            source: { ...SPEC_SOURCE, section: `${op.operationId} parameters` },
            params: {
              parameter: p.name,
              ...(p.enum ? { allowed: p.enum } : {}),
              ...(!p.enum && (p.type === 'integer' || p.type === 'boolean')
                ? { expected: p.type }
                : !p.enum && p.format
                  ? { expected: p.format }
                  : {}),
            },
          },
        ),
      );
  }
  return out;
}
