/** Builds a flow's derived fields (Mermaid diagram) from its data. */
import { ROLES, type OkeRoleId } from '../roles.js';
import { operationById, successStatuses } from '../operations.js';
import type {
  InteractionOperation,
  OkeFlow,
  OkeInteraction,
  OkeInteractionDefinition,
} from './types.js';

/** A flow as its file defines it: interactions without their resolved operation, no diagram. */
export type OkeFlowDefinition = Omit<OkeFlow, 'mermaid' | 'interactions'> & {
  interactions: readonly OkeInteractionDefinition[];
};

const roleName = (id: OkeRoleId) => ROLES.find((r) => r.id === id)!.naam;
const list = <T>(x: T | readonly T[]): readonly T[] =>
  Array.isArray(x) ? (x as readonly T[]) : [x as T];

/**
 * Mermaid `sequenceDiagram` of a flow: one request arrow per interaction (consumer → provider,
 * labelled with the Dutch name and the OOAPI method and path) and one reply arrow with the
 * success status codes.
 * @param flow - the flow without its diagram
 * @returns Mermaid text
 */
export function sequenceDiagram(flow: OkeFlowDefinition): string {
  const participants = [
    ...new Set(flow.interactions.flatMap((i) => [...list(i.consumer), i.provider])),
  ];
  const order: OkeRoleId[] = ['DR', 'TPL', 'TA'];
  participants.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const lines = [
    'sequenceDiagram',
    ...participants.map((p) => `    participant ${p} as ${roleName(p)}`),
  ];
  for (const i of flow.interactions) {
    const op = operationById(i.operationId);
    const q = i.query
      ? `?${Object.entries(i.query)
          .map(([k, v]) => (v === null ? `${k}=…` : `${k}=${v}`))
          .join('&')}`
      : '';
    for (const c of list(i.consumer)) {
      lines.push(`    ${c}->>+${i.provider}: ${i.naam} (${op.method} ${op.path}${q})`);
      lines.push(`    ${i.provider}-->>-${c}: ${successStatuses(op).join('/')}`);
    }
  }
  return lines.join('\n');
}

/**
 * Completes a flow definition with its Mermaid diagram.
 * @param flow - the flow's data without `mermaid`
 */
export function defineFlow(flow: OkeFlowDefinition): OkeFlow {
  return {
    ...flow,
    interactions: flow.interactions.map((i) => ({
      ...i,
      operation: resolveOperation(i.operationId),
    })),
    mermaid: sequenceDiagram(flow),
  };
}

/**
 * The operation details an interaction carries.
 * @param operationId - an operationId of ooapiv5_MBO.yaml
 */
export function resolveOperation(operationId: string): InteractionOperation {
  const op = operationById(operationId);
  return {
    method: op.method,
    path: op.path,
    pathParameters: op.parameters.filter((p) => p.in === 'path').map((p) => p.name),
    queryParameters: op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    requestBody: op.requestBody
      ? { contentType: op.requestBody.contentType, type: op.requestBody.type }
      : null,
    successStatus: successStatuses(op),
    responses: Object.fromEntries(
      Object.entries(op.responses).map(([st, r]) => [
        st,
        { contentType: r.contentType, type: r.type },
      ]),
    ),
    scopes: op.scopes,
  };
}

export type { OkeInteraction, OkeInteractionDefinition };
