/**
 * `check(interaction, direction, message)`: validates one message of an OKE interaction against
 * its OOAPI contract and returns the one report shape (afsprakenset `OKE`) with JSON-pointer paths.
 */
import {
  createFinding,
  createReport,
  EdustandaardError,
  type Finding,
  type ValidationReport,
} from '@edustandaard/core';
import { interactionById, type OkeInteraction } from './flows/index.js';
import { operationById, successStatuses } from './operations.js';
import { readJsonBounded, type JsonLimits } from './json.js';
import { validateSchema } from './schemas.js';
import { checkDuties } from './duties/evaluate.js';
import { AFSPRAKENSET, OKE_VERSION, SPEC_SOURCE } from './version.js';
import { OKE_MESSAGES } from './messages.js';

/** Which message of the interaction: what the consumer sends, or what the provider answers. */
export type Direction = 'request' | 'response';

/** Options of {@link check}. */
export interface CheckOptions {
  /** HTTP status of a response (default: the operation's first 2xx). 4xx/5xx responses are Problems. */
  status?: number;
  /** Name of the input in the report (default: the interaction id). */
  file?: string;
}

/** The body contract of one message of an interaction. */
export interface BodyContract {
  /** Schema type name, or null when the message has no JSON body (GET request, PUT 200/201, a document download). */
  type: string | null;
  /** Expected content type, or null without body. */
  contentType: string | null;
  /** The response status this contract is for (responses only). */
  status?: number;
}

const resolve = (i: string | OkeInteraction): OkeInteraction =>
  typeof i === 'string' ? interactionById(i) : i;

/**
 * @param interaction - interaction id (`2.zitting-aanmaken`) or object
 * @param direction - `request` or `response`
 * @param status - response status (default: the first 2xx the operation lists)
 * @returns the body type and content type the specification prescribes
 */
export function bodyContract(
  interaction: string | OkeInteraction,
  direction: Direction,
  status?: number,
): BodyContract {
  const op = operationById(resolve(interaction).operationId);
  if (direction === 'request')
    return { type: op.requestBody?.type ?? null, contentType: op.requestBody?.contentType ?? null };
  const st = status ?? successStatuses(op)[0] ?? 200;
  const r = op.responses[String(st)];
  if (r) return { type: r.type, contentType: r.contentType, status: st };
  // A status the operation does not list: errors are Problems (ErrorHandling.md), others have no contract.
  return st >= 400
    ? { type: 'Problem', contentType: 'application/problem+json', status: st }
    : { type: null, contentType: null, status: st };
}

/**
 * Validates a parsed message.
 * @param interaction - interaction id (`2.zitting-aanmaken`) or object
 * @param direction - `request` (what the consumer sends) or `response` (what the provider answers)
 * @param message - the parsed JSON body (`undefined` for no body)
 * @param options - response status and the input's name
 * @returns the report; content problems are findings, never exceptions
 */
export function check(
  interaction: string | OkeInteraction,
  direction: Direction,
  message: unknown,
  options: CheckOptions = {},
): ValidationReport {
  const i = resolve(interaction);
  const op = operationById(i.operationId);
  const contract = bodyContract(i, direction, options.status);
  const issues: Finding[] = [];
  // An error status the operation does not list is allowed as long as it carries a Problem
  // (ErrorHandling.md: "200 for a successful request, xxx for a unsuccessful request"); an
  // unlisted success status is not.
  if (
    direction === 'response' &&
    options.status !== undefined &&
    !(String(options.status) in op.responses) &&
    options.status < 400
  )
    issues.push(
      createFinding(OKE_MESSAGES, 'OKE.HTTP.status', {
        path: '/',
        source: { ...SPEC_SOURCE, section: `${op.operationId} responses` },
        params: {
          status: options.status,
          allowed: Object.keys(op.responses),
          method: op.method,
          endpoint: op.path,
        },
      }),
    );
  if (contract.type) {
    if (message === undefined)
      issues.push(
        createFinding(OKE_MESSAGES, 'OKE.BODY.missing', {
          path: '/',
          source: SPEC_SOURCE,
          params: { type: contract.type },
        }),
      );
    else issues.push(...validateSchema(contract.type, message, '', direction));
    // The flow duties the schemas cannot say (duties/data.ts), on every message with a body.
    if (message !== undefined && (direction === 'request' || (contract.status ?? 200) < 400))
      issues.push(...checkDuties(i.id, direction, message));
  } else if (
    message !== undefined &&
    message !== null &&
    message !== '' &&
    contract.contentType !== 'application/octet-stream'
  ) {
    issues.push(
      createFinding(
        OKE_MESSAGES,
        direction === 'request' ? 'OKE.BODY.unexpected' : 'OKE.BODY.unexpected#response',
        {
          severity: 'waarschuwing',
          path: '/',
          source: SPEC_SOURCE,
          params: { method: op.method, endpoint: op.path, direction, status: contract.status },
        },
      ),
    );
  }
  return createReport({
    file: options.file ?? i.id,
    afsprakenset: AFSPRAKENSET,
    version: OKE_VERSION,
    profile: i.id,
    issues,
  });
}

/**
 * Validates a message given as JSON text or bytes. Unreadable input (not JSON, too large, too deep)
 * throws an {@link EdustandaardError} (`E_JSON_MALFORMED`, `E_JSON_TOO_LARGE`, `E_JSON_TOO_DEEP`).
 * @param interaction - interaction id or object
 * @param direction - `request` or `response`
 * @param text - JSON text or UTF-8 bytes
 * @param options - response status, input name and JSON limits
 */
export function checkJson(
  interaction: string | OkeInteraction,
  direction: Direction,
  text: string | Uint8Array,
  options: CheckOptions & JsonLimits = {},
): ValidationReport {
  if (!['request', 'response'].includes(direction))
    throw new EdustandaardError(
      'E_USAGE',
      `richting moet 'request' of 'response' zijn, niet '${String(direction)}'`,
    );
  const value = readJsonBounded(text, options);
  return check(interaction, direction, value, options);
}
