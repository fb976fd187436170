/** In-memory reference implementations of each OKE role, served over node:http. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOkeHandler, type OkeHandler } from '../http/handler.js';
import { toNodeListener } from '../http/node.js';
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
): { handler: OkeHandler; store: OkeStore } {
  const { implementation, store } = createReferenceImplementation(options.store ?? seededStore());
  const base = createOkeHandler({
    role,
    implementation,
    ...(options.basePath ? { basePath: options.basePath } : {}),
  });
  return { handler: options.faults ? withFaults(base, options.faults) : base, store };
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
  const server = createServer(toNodeListener(handler));
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
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
