/**
 * Deliberate faults for testing the conformance kit (and a vendor's own client): applied to the
 * responses of a handler after it validated them, so the wire carries a broken answer.
 */
import { OPERATIONS } from '../generated/operations.js';
import type { OkeHandler } from '../http/handler.js';
import { compileRoute, matchRoutes } from '../http/routes.js';

/** Faults per operationId. */
export interface OkeFaults {
  /** Answer with this status code instead. */
  status?: Readonly<Record<string, number>>;
  /** Remove the property at this JSON pointer from the JSON body, e.g. `/items/0/componentId`. */
  dropField?: Readonly<Record<string, string>>;
  /** Send this content type instead. */
  contentType?: Readonly<Record<string, string>>;
  /** Wait this many milliseconds before answering. */
  delayMs?: Readonly<Record<string, number>>;
  /** Accept every state transition and flow duty (the chain is not kept). */
  acceptAnyTransition?: boolean;
  /** Any valid token is enough: the flow scopes are not enforced. */
  ignoreScopes?: boolean;
  /** Answer these list operations with an empty page (a mandatory step has nothing to work on). */
  emptyList?: readonly string[];
}

const routes = OPERATIONS.map((o) => compileRoute(o));

function drop(value: unknown, pointer: string): unknown {
  const steps = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let cur: unknown = value;
  for (const s of steps.slice(0, -1))
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[s] : undefined;
  if (cur && typeof cur === 'object')
    delete (cur as Record<string, unknown>)[steps[steps.length - 1]!];
  return value;
}

/**
 * @param handler - a working handler
 * @param faults - the faults to plant
 * @returns a handler that answers with the planted faults
 */
export function withFaults(handler: OkeHandler, faults: OkeFaults): OkeHandler {
  return async (req) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const op = matchRoutes(routes, path).find(
      (m) => m.route.operation.method === req.method.toUpperCase(),
    )?.route.operation;
    const res = await handler(req);
    if (!op) return res;
    const id = op.operationId;
    const delay = faults.delayMs?.[id];
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (faults.status?.[id] !== undefined) res.status = faults.status[id]!;
    if (faults.contentType?.[id])
      res.headers = { ...res.headers, 'content-type': faults.contentType[id]! };
    if (faults.dropField?.[id] && typeof res.body === 'string')
      res.body = JSON.stringify(drop(JSON.parse(res.body), faults.dropField[id]!));
    if (faults.emptyList?.includes(id) && res.status === 200 && typeof res.body === 'string') {
      const b = JSON.parse(res.body) as Record<string, unknown>;
      if (Array.isArray(b.items))
        res.body = JSON.stringify({ ...b, items: [], totalPages: 1, hasNextPage: false });
    }
    return res;
  };
}
