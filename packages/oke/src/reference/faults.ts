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

/** A named fault `oke serve --fault <name>` plants, per role it applies to. */
export interface NamedFault {
  /** Dutch description. */
  omschrijving: string;
  /** The faults per role; a role missing here has no such fault. */
  roles: Partial<Record<'TA' | 'TPL' | 'DR', OkeFaults>>;
  /** The fault only shows when the server enforces OAuth2 (it needs registered clients). */
  needsAuth?: boolean;
}

/** How long the `timeout` fault makes a call wait (past every sensible client timeout). */
export const FAULT_DELAY_MS = 30_000;

/**
 * The faults the conformance kit must catch, each with the step it fails on (#14): data for
 * `oke serve --fault`, the kit's tests and the site.
 */
export const NAMED_FAULTS: Readonly<Record<string, NamedFault>> = {
  'missing-required-field': {
    omschrijving:
      'Een verplicht veld ontbreekt in het antwoord (startDateTime van de zitting; name van de planbare toets).',
    roles: {
      TA: { dropField: { listOfferingById: '/startDateTime' } },
      DR: { dropField: { listOfferingById: '/name' } },
      // Toetsplanning's answers have no required field but its Problems do (status).
      TPL: { dropField: { partialUpdateAssociationById: '/status' } },
    },
  },
  'wrong-status': {
    omschrijving: 'Een andere statuscode dan de specificatie toestaat (202).',
    roles: {
      TA: { status: { listComponentById: 202 } },
      TPL: { status: { replaceOfferingById: 202 } },
      DR: { status: { listOfferingById: 202 } },
    },
  },
  'wrong-content-type': {
    omschrijving: 'Antwoord met content-type text/plain in plaats van application/json.',
    roles: {
      TA: { contentType: { listComponents: 'text/plain' } },
      TPL: { contentType: { partialUpdateAssociationById: 'text/plain' } },
      DR: { contentType: { listOfferings: 'text/plain' } },
    },
  },
  timeout: {
    omschrijving: `Een antwoord dat ${FAULT_DELAY_MS / 1000} s op zich laat wachten.`,
    roles: {
      TA: { delayMs: { listComponentById: FAULT_DELAY_MS } },
      TPL: { delayMs: { replaceOfferingById: FAULT_DELAY_MS } },
      DR: { delayMs: { listOfferingById: FAULT_DELAY_MS } },
    },
  },
  'skipped-mandatory-step': {
    omschrijving:
      'Een lege lijst waar een verplichte vervolgstap gegevens uit nodig heeft (lege catalogus, geen inschrijvingen).',
    roles: {
      TA: { emptyList: ['listComponents'] },
      DR: { emptyList: ['listAssociationsByOfferingId'] },
    },
  },
  'wrong-state-transition': {
    omschrijving:
      'De ketenregels worden niet gehandhaafd: een resultaat voor een geannuleerde inschrijving wordt aangenomen.',
    roles: { TPL: { acceptAnyTransition: true } },
  },
  'missing-scope': {
    omschrijving: 'Elk geldig token wordt aangenomen, ook zonder de scope van de informatiestroom.',
    roles: { TA: { ignoreScopes: true }, TPL: { ignoreScopes: true }, DR: { ignoreScopes: true } },
    needsAuth: true,
  },
};
