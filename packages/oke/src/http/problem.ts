/**
 * Problem responses (`application/problem+json`, schema Problem of ooapiv5_MBO.yaml: status as a
 * string, title, detail), as NED-OOAPI doc/ErrorHandling.md prescribes for every unsuccessful request.
 */
import type { Finding } from '@edustandaard/core';
import type { OkeResponse } from './types.js';

/** The Problem media type. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * @param status - HTTP status
 * @param title - short Dutch summary
 * @param detail - Dutch explanation of this occurrence
 * @param issues - findings behind the problem (an extension member; Problem is an open object)
 */
export function problemResponse(
  status: number,
  title: string,
  detail?: string,
  issues?: readonly Finding[],
): OkeResponse {
  const body = {
    status: String(status),
    title,
    ...(detail ? { detail } : {}),
    ...(issues?.length ? { issues } : {}),
  };
  return { status, headers: { 'content-type': PROBLEM_CONTENT_TYPE }, body: JSON.stringify(body) };
}
