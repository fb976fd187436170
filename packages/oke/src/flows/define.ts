/** Builds a flow's derived fields (Mermaid diagram) from its data. */
import { ROLES, type OkeRoleId } from '../roles.js';
import { operationById, successStatuses } from '../operations.js';
import type { OkeFlow, OkeInteraction } from './types.js';

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
export function sequenceDiagram(flow: Omit<OkeFlow, 'mermaid'>): string {
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
export function defineFlow(flow: Omit<OkeFlow, 'mermaid'>): OkeFlow {
  return { ...flow, mermaid: sequenceDiagram(flow) };
}

export type { OkeInteraction };
