/**
 * OAuth2 client-credentials tokens (RFC 6749 §4.4), as NED-OOAPI doc/ErrorHandling.md
 * prescribes for every OKE call; tokens are cached until shortly before they expire.
 */
import { EdustandaardError } from '@edustandaard/core';

/** Client-credentials settings. */
export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes, e.g. `nl-test-admin-flow-2-3-4`. */
  scope?: string;
  /**
   * How the client authenticates at the token endpoint (RFC 6749 §2.3.1): HTTP Basic
   * (`client_secret_basic`, default) or client_id/client_secret form fields (`client_secret_post`).
   */
  method?: 'client_secret_basic' | 'client_secret_post';
}

/** Fetches and caches bearer tokens. */
export interface TokenProvider {
  /** A valid access token (cached while valid). */
  token(): Promise<string>;
  /** Forgets the cached token (e.g. after a 401). */
  reset(): void;
}

/**
 * @param creds - token endpoint, client id/secret and scope
 * @param options - `fetch` implementation, `timeoutMs`, clock `now` (tests), `skewSeconds` before expiry
 */
export function clientCredentialsTokenProvider(
  creds: ClientCredentials,
  options: {
    fetch?: typeof fetch;
    timeoutMs?: number;
    now?: () => number;
    skewSeconds?: number;
  } = {},
): TokenProvider {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const skew = (options.skewSeconds ?? 30) * 1000;
  let cached: { token: string; expires: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = async (): Promise<string> => {
    const post = creds.method === 'client_secret_post';
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      ...(creds.scope ? { scope: creds.scope } : {}),
      ...(post ? { client_id: creds.clientId, client_secret: creds.clientSecret } : {}),
    });
    const basic = Buffer.from(
      `${encodeURIComponent(creds.clientId)}:${encodeURIComponent(creds.clientSecret)}`,
    ).toString('base64');
    let res: Response;
    try {
      res = await doFetch(creds.tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          ...(post ? {} : { authorization: `Basic ${basic}` }),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (e) {
      const timeout = (e as Error).name === 'TimeoutError';
      throw new EdustandaardError(
        timeout ? 'E_TIMEOUT' : 'E_HTTP',
        timeout ? 'tokenendpoint antwoordt niet op tijd' : 'tokenendpoint is niet bereikbaar',
        { file: creds.tokenUrl },
        { cause: e },
      );
    }
    if (!res.ok)
      throw new EdustandaardError('E_HTTP', `tokenendpoint gaf status ${res.status}`, {
        file: creds.tokenUrl,
      });
    const json = (await res.json().catch(() => null)) as {
      access_token?: unknown;
      expires_in?: unknown;
    } | null;
    if (!json || typeof json.access_token !== 'string')
      throw new EdustandaardError('E_HTTP', 'tokenendpoint gaf geen access_token', {
        file: creds.tokenUrl,
      });
    const ttl = typeof json.expires_in === 'number' ? json.expires_in * 1000 : 300_000;
    cached = { token: json.access_token, expires: now() + ttl - skew };
    return json.access_token;
  };
  return {
    token() {
      if (cached && now() < cached.expires) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => (pending = undefined));
      return pending;
    },
    reset() {
      cached = undefined;
    },
  };
}
