/**
 * Framework-neutral request handlers for the interactions a role provides: they route by the
 * OOAPI path templates, check content type, size and nesting of the body, validate the request
 * against its contract, call the implementation and validate its answer before sending it.
 * Errors are Problem responses (ErrorHandling.md).
 */
import { isEdustandaardError } from '@edustandaard/core';
import { INTERACTIONS } from '../flows/index.js';
import { OPERATIONS } from '../generated/operations.js';
import { DEFAULT_MAX_DEPTH, readJsonBounded } from '../json.js';
import type { OkeRoleId } from '../roles.js';
import { validateSchema } from '../schemas.js';
import { checkDuties, interactionFor } from '../duties/evaluate.js';
import { decide, requiredScopes, type TokenInfo } from './scopes.js';
import { problemResponse, PROBLEM_CONTENT_TYPE } from './problem.js';
import { compileRoute, matchRoutes, type Route } from './routes.js';
import { checkQuery } from './query.js';
import type { OkeImplementation, OkeRequest, OkeResponse, OperationResult } from './types.js';

/** Default body limit of the handlers: 1 MiB (OKE messages are a few kB). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Options of {@link createOkeHandler}. */
export interface OkeHandlerOptions {
  /** The role whose provided interactions are served (plus GET / service metadata). */
  role: OkeRoleId;
  implementation: OkeImplementation;
  /** Path prefix before the OOAPI paths, e.g. `/ooapi` (default none). */
  basePath?: string;
  maxBodyBytes?: number;
  maxDepth?: number;
  /** Checks the bearer token of every request (OAuth2 client credentials); false: 401. Omitted: no check. */
  authorize?: (token: string | undefined, scopes: readonly string[]) => boolean | Promise<boolean>;
  /**
   * Introspects the bearer token of every request: its granted scopes, or null when it is
   * missing, unknown or expired. With it the handler enforces the scope of each call's flow
   * (ErrorHandling.md): 401 without a valid token, 403 without the scope, both with
   * `WWW-Authenticate` (RFC 6750 §3).
   */
  introspect?: (token: string | undefined) => TokenInfo | null | Promise<TokenInfo | null>;
  /** Check the flow duties (duties/data.ts) of each request: a `fout` is a 400 (default true). */
  duties?: boolean;
  /**
   * Called with every error an implementation (or the handler itself) throws; the caller still
   * gets a Problem 500 without the error's text. Use it to log.
   */
  onError?: (
    error: unknown,
    context: { operationId?: string; phase: 'implementation' | 'handler' },
  ) => void;
}

/** A handler: request in, response out; never throws. */
export type OkeHandler = (req: OkeRequest) => Promise<OkeResponse>;

/**
 * The operationIds a role serves: those of every interaction it provides, and GET /.
 * @param role - the role
 */
export function providedOperations(role: OkeRoleId): string[] {
  const ids = new Set(INTERACTIONS.filter((i) => i.provider === role).map((i) => i.operationId));
  ids.add('listServiceMetaData');
  return OPERATIONS.filter((o) => ids.has(o.operationId)).map((o) => o.operationId);
}

const header = (h: OkeRequest['headers'], name: string): string | undefined => {
  const v = h[name] ?? h[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : (v as string | undefined);
};
const mediaType = (ct: string | undefined) => ct?.split(';')[0]?.trim().toLowerCase();

/**
 * @param options - role, implementation, limits and authorisation
 * @returns the handler
 */
export function createOkeHandler(options: OkeHandlerOptions): OkeHandler {
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const base = (options.basePath ?? '').replace(/\/$/, '');
  const served = new Set(providedOperations(options.role));
  const routes: Route[] = [];
  for (const op of OPERATIONS) {
    if (!served.has(op.operationId)) continue;
    routes.push(compileRoute(op));
    // ooapiv5_MBO.yaml puts replacePersoninGroupById on /groups/{groupId}/members with a personId
    // path parameter; flow1.md uses /groups/{groupId}/members/{personId}. Accept both.
    if (op.operationId === 'replacePersoninGroupById')
      routes.push(compileRoute(op, `${op.path}/{personId}`));
  }

  return async (req) => {
    let operationId: string | undefined;
    const report = (e: unknown, phase: 'implementation' | 'handler') => {
      try {
        options.onError?.(e, { ...(operationId ? { operationId } : {}), phase });
      } catch {
        // A failing hook must not turn a Problem answer into a crash.
      }
    };
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = url.pathname;
      if (base) {
        if (!path.startsWith(base))
          return problemResponse(404, 'Niet gevonden', 'Geen OKE-endpoint op dit pad');
        path = path.slice(base.length) || '/';
      }
      const matches = matchRoutes(routes, path);
      if (!matches.length)
        return problemResponse(
          404,
          'Niet gevonden',
          `Geen OKE-endpoint voor rol ${options.role} op dit pad`,
        );
      const hit = matches.find((m) => m.route.operation.method === req.method.toUpperCase());
      if (!hit) {
        const allow = [...new Set(matches.map((m) => m.route.operation.method))].join(', ');
        return {
          ...problemResponse(
            405,
            'Methode niet toegestaan',
            `${req.method.slice(0, 10)} is niet toegestaan op dit pad; wel: ${allow}`,
          ),
          headers: { 'content-type': PROBLEM_CONTENT_TYPE, allow },
        };
      }
      const op = hit.route.operation;
      operationId = op.operationId;
      if (options.authorize || options.introspect) {
        const auth = header(req.headers, 'authorization');
        const token = /^Bearer /i.test(auth ?? '') ? auth!.slice(7).trim() : undefined;
        const required = requiredScopes(options.role, op.operationId);
        const d = options.introspect
          ? decide(await options.introspect(token), required)
          : (await options.authorize!(token, op.scopes))
            ? ({ ok: true } as const)
            : decide(null, required);
        if (!d.ok)
          return withHeader(
            problemResponse(
              d.status,
              d.status === 401 ? 'Niet geauthenticeerd' : 'Geen toegang',
              d.detail,
            ),
            'www-authenticate',
            d.wwwAuthenticate,
          );
      }
      const queryIssues = checkQuery(op, url.searchParams);
      if (queryIssues.length)
        return problemResponse(
          400,
          'Ongeldige queryparameter',
          queryIssues.map((i) => i.message).join(' '),
          queryIssues,
        );
      let body: unknown;
      if (op.requestBody) {
        const ct = mediaType(header(req.headers, 'content-type'));
        if (ct !== op.requestBody.contentType)
          return problemResponse(
            415,
            'Verkeerd content-type',
            `${op.method} ${op.path} verwacht ${op.requestBody.contentType}, niet ${ct ?? '(geen)'}`,
          );
        const raw = req.body ?? '';
        if ((typeof raw === 'string' ? raw.length : raw.byteLength) === 0)
          return problemResponse(400, 'Ongeldig verzoek', 'Het verzoek heeft geen inhoud');
        try {
          body = readJsonBounded(raw, { maxBytes, maxDepth });
        } catch (e) {
          if (isEdustandaardError(e))
            return problemResponse(
              e.code === 'E_JSON_TOO_LARGE' ? 413 : 400,
              e.code === 'E_JSON_TOO_LARGE' ? 'Verzoek te groot' : 'Ongeldige JSON',
              `${e.code}: ${e.message}`,
            );
          throw e;
        }
        if (hasProtoKey(body))
          return problemResponse(
            400,
            'Ongeldig verzoek',
            'Een attribuut met de naam "__proto__" wordt niet aangenomen',
          );
        const issues = op.requestBody.type
          ? validateSchema(op.requestBody.type, body, '', 'request')
          : [];
        if (!issues.length && options.duties !== false) {
          const interaction = interactionFor(options.role, op.operationId, body, INTERACTIONS);
          if (interaction)
            issues.push(
              ...checkDuties(interaction, 'request', body).filter((f) => f.severity === 'fout'),
            );
        }
        if (issues.length)
          return problemResponse(
            400,
            'Verzoek voldoet niet aan het OKE-contract',
            issues.map((i) => `${i.path}: ${i.message}`).join('; '),
            issues,
          );
      }
      const impl = options.implementation[op.operationId];
      if (!impl)
        return problemResponse(
          501,
          'Niet geïmplementeerd',
          `${op.operationId} is niet geïmplementeerd`,
        );
      let result: OperationResult;
      try {
        result = await impl({ operation: op, params: hit.params, query: url.searchParams, body });
      } catch (e) {
        report(e, 'implementation');
        return problemResponse(500, 'Interne fout', `${op.operationId} kon niet worden uitgevoerd`);
      }
      return respond(op.operationId, op.responses, result);
    } catch (e) {
      report(e, 'handler');
      return problemResponse(500, 'Interne fout');
    }
  };
}

function withHeader(r: OkeResponse, name: string, value: string): OkeResponse {
  return { ...r, headers: { ...r.headers, [name]: value } };
}

/** True when a parsed body has an own `__proto__` member anywhere (JSON.parse makes it a plain key). */
function hasProtoKey(v: unknown): boolean {
  const stack = [v];
  while (stack.length) {
    const x = stack.pop();
    if (Array.isArray(x)) stack.push(...(x as unknown[]));
    else if (x && typeof x === 'object') {
      if (Object.hasOwn(x, '__proto__')) return true;
      stack.push(...Object.values(x));
    }
  }
  return false;
}

function respond(
  operationId: string,
  responses: Readonly<Record<string, { type: string | null; contentType: string | null }>>,
  result: OperationResult,
): OkeResponse {
  // An error status the operation does not list is still a Problem (ErrorHandling.md: every
  // unsuccessful request gets a JSON body with the details).
  const contract =
    responses[String(result.status)] ??
    (result.status >= 400 && result.status < 600
      ? { type: 'Problem', contentType: PROBLEM_CONTENT_TYPE }
      : undefined);
  if (!contract)
    return problemResponse(
      500,
      'Antwoord voldoet niet aan het OKE-contract',
      `${operationId} gaf status ${result.status}, die de specificatie niet kent`,
    );
  if (contract.contentType === 'application/octet-stream' && result.body instanceof Uint8Array)
    return {
      status: result.status,
      headers: { 'content-type': result.contentType ?? 'application/octet-stream' },
      body: result.body,
    };
  if (contract.type) {
    const issues = validateSchema(contract.type, result.body);
    if (issues.length)
      return problemResponse(
        500,
        'Antwoord voldoet niet aan het OKE-contract',
        issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        issues,
      );
    return {
      status: result.status,
      headers: { 'content-type': contract.contentType ?? 'application/json' },
      body: JSON.stringify(result.body),
    };
  }
  return { status: result.status, headers: {} };
}
