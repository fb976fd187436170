/**
 * OAuth2 scopes per flow (NED-OOAPI doc/ErrorHandling.md "scopes"): a provider accepts a call only
 * with a token that carries the scope of the flow the call belongs to. An operation that several
 * flows share (PATCH /offerings/{id}: flow 1 at Toetsplanning, flow 2 at Toetsafname) needs the
 * scope of the flow(s) in which *this* role provides it.
 */
import { FLOWS } from '../flows/index.js';
import type { OkeRoleId } from '../roles.js';

/** Every OKE scope (`nl-test-admin-flow-0`, …), in flow order. */
export const OKE_SCOPES: readonly string[] = [...new Set(FLOWS.map((f) => f.scope))];

/**
 * @param role - the provider role
 * @param operationId - the operation called
 * @returns the scopes of which the token needs at least one (GET /: any OKE scope)
 */
export function requiredScopes(role: OkeRoleId, operationId: string): string[] {
  const out = new Set<string>();
  for (const f of FLOWS)
    for (const i of f.interactions)
      if (i.provider === role && i.operationId === operationId) out.add(f.scope);
  return out.size ? [...out] : [...OKE_SCOPES];
}

/** What a token grants (from the provider's token introspection). */
export interface TokenInfo {
  /** Granted scopes. */
  scopes: readonly string[];
}

/** The outcome of checking a call's token. */
export type AuthDecision =
  { ok: true } | { ok: false; status: 401 | 403; wwwAuthenticate: string; detail: string };

/**
 * @param info - the token's grant, or null for no / an unknown / an expired token
 * @param required - scopes of which one is needed
 * @param realm - the realm named in `WWW-Authenticate`
 * @returns 401 without a valid token, 403 without the scope (RFC 6750 §3)
 */
export function decide(
  info: TokenInfo | null | undefined,
  required: readonly string[],
  realm = 'oke',
): AuthDecision {
  if (!info)
    return {
      ok: false,
      status: 401,
      wwwAuthenticate: `Bearer realm="${realm}", error="invalid_token"`,
      detail: 'Een geldig OAuth2-bearertoken (client credentials) is verplicht',
    };
  if (!required.some((s) => info.scopes.includes(s)))
    return {
      ok: false,
      status: 403,
      wwwAuthenticate: `Bearer realm="${realm}", error="insufficient_scope", scope="${required.join(' ')}"`,
      detail: `Het token mist de scope voor deze informatiestroom: ${required.join(' of ')}`,
    };
  return { ok: true };
}
