/** Matching request paths against the operations' path templates. */
import type { OoapiOperation } from '../operation.js';

/** A compiled route. */
export interface Route {
  operation: OoapiOperation;
  pattern: RegExp;
  names: readonly string[];
}

/**
 * @param op - operation with a path template such as `/associations/{associationId}/url`
 * @param template - an alternative template (default: the operation's own)
 */
export function compileRoute(op: OoapiOperation, template: string = op.path): Route {
  const names: string[] = [];
  const src = template
    .split('/')
    .map((seg) => {
      const m = /^\{(\w+)\}$/.exec(seg);
      if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { operation: op, pattern: new RegExp(`^${src || '/'}/?$`), names };
}

/**
 * @param routes - compiled routes
 * @param path - request path without query string and base path
 * @returns the routes whose template matches (any method), each with its decoded path parameters
 */
export function matchRoutes(
  routes: readonly Route[],
  path: string,
): { route: Route; params: Record<string, string> }[] {
  const out: { route: Route; params: Record<string, string> }[] = [];
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    try {
      route.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
    } catch {
      continue;
    }
    out.push({ route, params });
  }
  return out;
}
