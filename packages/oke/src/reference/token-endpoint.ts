/**
 * A small OAuth2 token endpoint for the reference servers (client credentials grant, RFC 6749
 * §4.4), so they can enforce the flow scopes of NED-OOAPI doc/ErrorHandling.md and a client (or
 * the conformance kit) can be tested with both client authentication methods: HTTP Basic
 * (`client_secret_basic`, RFC 6749 §2.3.1) and form fields (`client_secret_post`).
 * Tokens live in memory, bounded in number and time.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenInfo } from '../http/scopes.js';
import type { OkeRequest, OkeResponse } from '../http/types.js';

/** One registered client. */
export interface OAuthClient {
  secret: string;
  /** Scopes the client may get. */
  scopes: readonly string[];
  /** Accepted client authentication methods (default both). */
  methods?: readonly ('client_secret_basic' | 'client_secret_post')[];
}

/** Options of {@link createTokenEndpoint}. */
export interface TokenEndpointOptions {
  clients: Readonly<Record<string, OAuthClient>>;
  /** Token lifetime in seconds (default 3600). */
  expiresIn?: number;
  /** Tokens kept at most (oldest dropped first; default 1,000). */
  maxTokens?: number;
  now?: () => number;
}

/** The endpoint and the introspection the handler uses. */
export interface TokenEndpoint {
  handle(req: OkeRequest): OkeResponse;
  introspect(token: string | undefined): TokenInfo | null;
}

const json = (status: number, body: unknown, extra: Record<string, string> = {}): OkeResponse => ({
  status,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...extra },
  body: JSON.stringify(body),
});

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * @param options - the clients, token lifetime and bound
 * @returns the endpoint (POST, `application/x-www-form-urlencoded`) and its introspection
 */
export function createTokenEndpoint(options: TokenEndpointOptions): TokenEndpoint {
  const now = options.now ?? Date.now;
  const life = (options.expiresIn ?? 3600) * 1000;
  const max = options.maxTokens ?? 1000;
  const tokens = new Map<string, { scopes: string[]; expires: number }>();
  const error = (status: number, code: string, description: string) =>
    json(
      status,
      { error: code, error_description: description },
      status === 401 ? { 'www-authenticate': 'Basic realm="oke-token"' } : {},
    );
  return {
    handle(req) {
      if (req.method.toUpperCase() !== 'POST') return error(405, 'invalid_request', 'alleen POST');
      const ct = String(
        (Array.isArray(req.headers['content-type'])
          ? req.headers['content-type'][0]
          : req.headers['content-type']) ?? '',
      );
      if (!ct.toLowerCase().startsWith('application/x-www-form-urlencoded'))
        return error(400, 'invalid_request', 'verwacht application/x-www-form-urlencoded');
      const text =
        typeof req.body === 'string'
          ? req.body
          : new TextDecoder().decode(req.body ?? new Uint8Array());
      const form = new URLSearchParams(text);
      if (form.get('grant_type') !== 'client_credentials')
        return error(400, 'unsupported_grant_type', 'alleen client_credentials');
      const auth = req.headers.authorization;
      const basic =
        typeof auth === 'string' && /^Basic /i.test(auth) ? auth.slice(6).trim() : undefined;
      let id: string | undefined;
      let secret: string | undefined;
      let method: 'client_secret_basic' | 'client_secret_post';
      if (basic) {
        const dec = Buffer.from(basic, 'base64').toString('utf8');
        const i = dec.indexOf(':');
        try {
          id = decodeURIComponent(dec.slice(0, i));
          secret = decodeURIComponent(dec.slice(i + 1));
        } catch {
          return error(401, 'invalid_client', 'ongeldige Basic-authenticatie');
        }
        method = 'client_secret_basic';
      } else {
        id = form.get('client_id') ?? undefined;
        secret = form.get('client_secret') ?? undefined;
        method = 'client_secret_post';
      }
      const client =
        id !== undefined && Object.hasOwn(options.clients, id) ? options.clients[id] : undefined;
      if (!client || secret === undefined || !same(secret, client.secret))
        return error(401, 'invalid_client', 'onbekende client of verkeerd geheim');
      if (!(client.methods ?? ['client_secret_basic', 'client_secret_post']).includes(method))
        return error(401, 'invalid_client', `deze client gebruikt niet ${method}`);
      const asked = (form.get('scope') ?? '').split(' ').filter(Boolean);
      if (asked.some((s) => !client.scopes.includes(s)))
        return error(400, 'invalid_scope', 'gevraagde scope is niet toegestaan voor deze client');
      const scopes = asked.length ? asked : [...client.scopes];
      const token = randomBytes(24).toString('base64url');
      if (tokens.size >= max) tokens.delete(tokens.keys().next().value!);
      tokens.set(token, { scopes, expires: now() + life });
      return json(200, {
        access_token: token,
        token_type: 'Bearer',
        expires_in: Math.floor(life / 1000),
        scope: scopes.join(' '),
      });
    },
    introspect(token) {
      if (!token) return null;
      const t = tokens.get(token);
      if (!t) return null;
      if (t.expires <= now()) {
        tokens.delete(token);
        return null;
      }
      return { scopes: t.scopes };
    },
  };
}
