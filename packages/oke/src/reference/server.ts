/** In-memory reference implementations of each OKE role, served over node:http. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOkeHandler, type OkeHandler } from '../http/handler.js';
import { toNodeListener } from '../http/node.js';
import { PROBLEM_CONTENT_TYPE } from '../http/problem.js';
import { OKE_SCOPES } from '../http/scopes.js';
import { createTokenEndpoint, type OAuthClient, type TokenEndpoint } from './token-endpoint.js';
import type { StoreLimits } from './implementation.js';
import type { OkeRoleId } from '../roles.js';
import { withFaults, type OkeFaults } from './faults.js';
import { createReferenceImplementation } from './implementation.js';
import { seededStore, type OkeStore } from './store.js';

/** Options of {@link startReferenceServer}. */
export interface ReferenceServerOptions {
  role: OkeRoleId;
  /** Port (default 0: an ephemeral port). */
  port?: number;
  /** Host (default 127.0.0.1). */
  host?: string;
  /** Path prefix, e.g. `/ooapi`. */
  basePath?: string;
  /** Planted faults (for testing conformance tooling). */
  faults?: OkeFaults;
  /** The store to serve (default: the sample data). */
  store?: OkeStore;
  /**
   * OAuth2 (ErrorHandling.md): the clients of a token endpoint the server offers at
   * `<base>/oauth/token` (client credentials, client_secret_basic and client_secret_post). With
   * it every call needs a bearer token with its flow's scope (401 / 403 with WWW-Authenticate).
   * Omitted: no authentication.
   */
  auth?: { clients: Readonly<Record<string, OAuthClient>>; tokenPath?: string };
  /** Bounds of the in-memory store (default 10,000 records per collection, 64 MiB): 507 beyond. */
  limits?: StoreLimits;
  /** Time to receive a request's headers, and its whole body, in ms (default 5,000 and 10,000). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Called with every error an implementation throws (the caller gets a Problem 500). */
  onError?: (error: unknown, context: { operationId?: string; phase: string }) => void;
}

/** A running reference server. */
export interface ReferenceServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  store: OkeStore;
  server: Server;
  /** Stops accepting connections and closes open ones. */
  close(): Promise<void>;
}

/**
 * The handler of a reference implementation for a role (no network).
 * @param role - the role to play
 * @param options - store, base path and faults
 */
export function createReferenceHandler(
  role: OkeRoleId,
  options: Omit<ReferenceServerOptions, 'role' | 'port' | 'host'> = {},
): { handler: OkeHandler; store: OkeStore; tokens?: TokenEndpoint } {
  const faults = options.faults ?? {};
  const { implementation, store } = createReferenceImplementation(options.store ?? seededStore(), {
    role,
    ...options.limits,
    ...(faults.acceptAnyTransition ? { chain: false } : {}),
  });
  const tokens = options.auth ? createTokenEndpoint({ clients: options.auth.clients }) : undefined;
  const base = createOkeHandler({
    role,
    implementation,
    ...(options.basePath ? { basePath: options.basePath } : {}),
    ...(tokens
      ? {
          introspect: (t: string | undefined) => {
            const info = tokens.introspect(t);
            // Planted fault "missing scope": any valid token is enough.
            return info && faults.ignoreScopes ? { scopes: OKE_SCOPES } : info;
          },
        }
      : {}),
    ...(faults.acceptAnyTransition ? { duties: false } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const served = Object.keys(faults).length ? withFaults(base, faults) : base;
  const tokenPath = `${(options.basePath ?? '').replace(/\/$/, '')}${options.auth?.tokenPath ?? '/oauth/token'}`;
  const handler: OkeHandler = tokens
    ? async (req) =>
        new URL(req.url, 'http://localhost').pathname === tokenPath
          ? tokens.handle(req)
          : served(req)
    : served;
  return { handler, store, ...(tokens ? { tokens } : {}) };
}

/** A Problem JSON answer written on a raw socket (for requests Node's parser already refused). */
function rawProblem(status: number, title: string, detail: string): string {
  const body = JSON.stringify({ status: String(status), title, detail });
  return (
    `HTTP/1.1 ${status} ${title.replace(/[^\x20-\x7e]/g, '')}\r\n` +
    `content-type: ${PROBLEM_CONTENT_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`
  );
}

/**
 * Starts a reference implementation of a role on 127.0.0.1.
 * @param options - role, port (0 = ephemeral), host, base path, faults
 * @returns the running server; call `close()` when done
 */
export async function startReferenceServer(
  options: ReferenceServerOptions,
): Promise<ReferenceServer> {
  const { handler, store } = createReferenceHandler(options.role, options);
  // #17 item 7: slow bodies are cut off. Node checks these timeouts every
  // connectionsCheckingInterval, so that is short too.
  const server = createServer(
    {
      headersTimeout: options.headersTimeoutMs ?? 5_000,
      requestTimeout: options.requestTimeoutMs ?? 10_000,
      connectionsCheckingInterval: 500,
      keepAliveTimeout: 5_000,
    },
    toNodeListener(handler),
  );
  // A request Node's HTTP parser refuses (a raw non-ASCII path such as /components/é, a bad
  // header) still gets Problem JSON instead of Node's empty 400.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const timeout = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    socket.end(
      timeout
        ? rawProblem(408, 'Request Timeout', 'Het verzoek kwam niet op tijd binnen')
        : rawProblem(
            400,
            'Bad Request',
            'Het verzoek is geen geldig HTTP (bv. niet-ASCII tekens in het pad; codeer ze met %)',
          ),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${host}:${addr.port}${options.basePath ?? ''}`,
    store,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
