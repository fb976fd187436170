/**
 * A typed client for the OKE calls, over the platform's `fetch`: path and query from the
 * operation's template, optional OAuth2 client-credentials bearer token, a timeout per call, and
 * every response checked against the interaction's contract (status, content type, body).
 */
import {
  createFinding,
  createReport,
  EdustandaardError,
  type Finding,
  type ValidationReport,
} from '@edustandaard/core';
import { check } from '../check.js';
import { INTERACTIONS, interactionById, type OkeInteraction } from '../flows/index.js';
import type { OperationTypes } from '../generated/operations.js';
import type {
  InteractionId,
  InteractionsCalledBy,
  RequestOf,
  ResponseOf,
} from '../flows/interaction-map.js';
import { DEFAULT_MAX_DEPTH, readJsonBounded } from '../json.js';
import { operationById } from '../operations.js';
import type { OkeRoleId } from '../roles.js';
import { AFSPRAKENSET, OKE_VERSION, SPEC_SOURCE } from '../version.js';
import { OKE_MESSAGES } from '../messages.js';
import {
  clientCredentialsTokenProvider,
  type ClientCredentials,
  type TokenProvider,
} from './oauth.js';

/** Options of {@link createOkeClient}. */
export interface OkeClientOptions {
  /** Base URL of the counterpart, e.g. `https://toetsafname.example.org/ooapi`. */
  baseUrl: string;
  /** OAuth2 client credentials, or a ready token provider; omitted: no Authorization header. */
  auth?: ClientCredentials | TokenProvider;
  /** Timeout per call in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Largest response body accepted (default 5 MiB). */
  maxResponseBytes?: number;
  fetch?: typeof fetch;
  /** Extra headers on every call. */
  headers?: Readonly<Record<string, string>>;
  /** When set, only the interactions this role consumes may be called. */
  role?: OkeRoleId;
}

/** Arguments of one call. */
export interface CallArgs<Req = unknown> {
  /** Path parameters, e.g. `{ offeringId: '…' }`. */
  params?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
  body?: Req;
}

/** The outcome of one call. */
export interface CallResult<Res = unknown> {
  status: number;
  contentType: string | null;
  /** Parsed JSON, bytes (documents), or undefined without body. */
  body: Res | undefined;
  /** The response checked against the contract (status, content type, body) with JSON-pointer paths. */
  report: ValidationReport;
  durationMs: number;
  /** The URL called (without credentials). */
  url: string;
}

/** The client. */
export interface OkeClient {
  /**
   * Calls an interaction (`2.zitting-aanmaken`). Transport failures throw `E_TIMEOUT` / `E_HTTP`;
   * contract problems are findings in `report`.
   */
  interact<I extends InteractionId>(
    interaction: I,
    args?: CallArgs<RequestOf<I>>,
  ): Promise<CallResult<ResponseOf<I>>>;
  /** Calls an interaction given as object (e.g. from {@link INTERACTIONS}); untyped body. */
  interact(interaction: OkeInteraction, args?: CallArgs): Promise<CallResult>;
  /** Calls an operation by its operationId, typed by the specification. */
  call<Op extends keyof OperationTypes>(
    operationId: Op,
    args?: CallArgs<OperationTypes[Op]['request']>,
  ): Promise<CallResult<OperationTypes[Op]['response']>>;
}

/** The first interaction of each operation: its response contract serves direct operation calls. */
const INTERACTION_OF: ReadonlyMap<string, OkeInteraction> = new Map(
  [...INTERACTIONS].reverse().map((i) => [i.operationId, i]),
);

const isProvider = (x: ClientCredentials | TokenProvider): x is TokenProvider =>
  typeof (x as TokenProvider).token === 'function';

/**
 * @param options - base URL, auth, timeout, fetch
 * @returns the client
 */
export function createOkeClient(options: OkeClientOptions): OkeClient {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxResponseBytes ?? 5 * 1024 * 1024;
  const tokens = options.auth
    ? isProvider(options.auth)
      ? options.auth
      : clientCredentialsTokenProvider(options.auth, { fetch: doFetch, timeoutMs })
    : undefined;
  const base = options.baseUrl.replace(/\/$/, '');

  async function run(
    i: OkeInteraction | null,
    operationId: string,
    args: CallArgs = {},
  ): Promise<CallResult> {
    const op = operationById(operationId);
    if (i && options.role && ![i.consumer].flat().includes(options.role))
      throw new EdustandaardError(
        'E_USAGE',
        `rol ${options.role} roept interactie ${i.id} niet aan (consument: ${[i.consumer].flat().join('/')})`,
      );
    const path = op.path.replace(/\{(\w+)\}/g, (_, n: string) => {
      const v = args.params?.[n];
      if (v === undefined)
        throw new EdustandaardError(
          'E_USAGE',
          `padparameter ${n} ontbreekt voor ${op.method} ${op.path}`,
        );
      return encodeURIComponent(v);
    });
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(args.query ?? {})) if (v !== undefined) q.set(k, String(v));
    const url = `${base}${path}${q.size ? `?${q}` : ''}`;
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      ...options.headers,
    };
    if (op.requestBody) headers['content-type'] = op.requestBody.contentType;
    if (tokens) headers.authorization = `Bearer ${await tokens.token()}`;
    const started = performance.now();
    let res: Response;
    let bytes: Uint8Array;
    try {
      res = await doFetch(url, {
        method: op.method,
        headers,
        ...(op.requestBody && args.body !== undefined ? { body: JSON.stringify(args.body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      // The limit applies while reading (JSON and octet-stream alike): a body past it is not
      // buffered further and the connection is dropped.
      bytes = await readBounded(res, maxBytes, url);
    } catch (e) {
      if (e instanceof EdustandaardError) throw e;
      const name = (e as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError')
        throw new EdustandaardError(
          'E_TIMEOUT',
          `geen antwoord binnen ${timeoutMs} ms`,
          { file: url, path: i?.id ?? operationId },
          { cause: e },
        );
      throw new EdustandaardError(
        'E_HTTP',
        `verbinding mislukt (${(e as Error).message})`,
        { file: url, path: i?.id ?? operationId },
        { cause: e },
      );
    }
    const durationMs = Math.round(performance.now() - started);
    if (res.status === 401 && tokens && 'reset' in tokens) tokens.reset();
    const contentType = res.headers.get('content-type');
    const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? null;
    const contract = op.responses[String(res.status)];
    const expected = contract
      ? contract.contentType
      : res.status >= 400
        ? 'application/problem+json'
        : null;
    const issues: Finding[] = [];
    let body: unknown;
    const jsonExpected = expected === 'application/json' || expected === 'application/problem+json';
    const jsonSent =
      media === 'application/json' ||
      media === 'application/problem+json' ||
      media?.endsWith('+json') === true;
    if (bytes.byteLength > 0) {
      if (jsonSent || jsonExpected) {
        try {
          body = readJsonBounded(bytes, { maxBytes, maxDepth: DEFAULT_MAX_DEPTH });
        } catch (e) {
          body = undefined;
          issues.push(
            createFinding(OKE_MESSAGES, 'OKE.HTTP.body', {
              path: '/',
              source: SPEC_SOURCE,
              params: { error: (e as EdustandaardError).code ?? 'E_JSON_MALFORMED' },
            }),
          );
        }
      } else body = bytes;
    }
    if (
      expected &&
      media !== expected &&
      !(expected === 'application/problem+json' && media === 'application/json')
    )
      issues.push(
        createFinding(
          OKE_MESSAGES,
          media === null ? 'OKE.HTTP.contentType#none' : 'OKE.HTTP.contentType',
          {
            path: '/',
            source: { ...SPEC_SOURCE, section: `${op.operationId} responses ${res.status}` },
            params: { expected, actual: media },
          },
        ),
      );
    const target = i ?? INTERACTION_OF.get(operationId);
    const checked =
      target && !issues.some((f) => f.code === 'OKE.HTTP.body')
        ? check(target, 'response', body instanceof Uint8Array ? undefined : body, {
            status: res.status,
          }).issues
        : [];
    const report = createReport({
      file: url,
      afsprakenset: AFSPRAKENSET,
      version: OKE_VERSION,
      profile: target?.id ?? operationId,
      issues: [...issues, ...checked],
    });
    return { status: res.status, contentType, body, report, durationMs, url };
  }

  return {
    interact: ((interaction: string | OkeInteraction, args?: CallArgs) => {
      const i = typeof interaction === 'string' ? interactionById(interaction) : interaction;
      return run(i, i.operationId, args);
    }) as OkeClient['interact'],
    call: (operationId, args) =>
      run(null, operationId, args as CallArgs) as Promise<CallResult<never>>,
  };
}

/** A client for the calls one role makes: only the interactions it consumes type-check. */
export interface RoleClient<R extends OkeRoleId> {
  readonly role: R;
  interact<I extends InteractionsCalledBy<R>>(
    interaction: I,
    args?: CallArgs<RequestOf<I>>,
  ): Promise<CallResult<ResponseOf<I>>>;
}

/**
 * A client for one role: TPL calls TA (flow 2, reading 3/4) and DR (flow 1 reads, flow 5), TA calls
 * TPL (flows 3/4) and DR (flow 6), DR calls TPL (flow 1 pushes); DR and TPL call TA for flow 0.
 * @param role - the calling role
 * @param options - base URL of the counterpart, auth, timeout
 */
export function createRoleClient<R extends OkeRoleId>(
  role: R,
  options: Omit<OkeClientOptions, 'role'>,
): RoleClient<R> {
  const c = createOkeClient({ ...options, role });
  return { role, interact: (i, args) => c.interact(interactionById(i), args as CallArgs) as never };
}

/**
 * Reads a response body up to `max` bytes; a larger body (declared or streamed) throws `E_HTTP`
 * and cancels the stream, so at most `max` bytes (plus one chunk) are ever held.
 * @param res - the response
 * @param max - the byte limit
 * @param url - for the error location
 */
export async function readBounded(res: Response, max: number, url: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new EdustandaardError('E_HTTP', `antwoord is groter dan ${max} bytes`, { file: url });
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
