/** Lookup of the generated OOAPI operations. */
import { EdustandaardError } from '@edustandaard/core';
import { OPERATIONS } from './generated/operations.js';
import type { OoapiOperation } from './operation.js';

/**
 * @param operationId - e.g. `replaceOfferingById`
 * @returns the operation of ooapiv5_MBO.yaml; an unknown id throws `E_USAGE`
 */
export function operationById(operationId: string): OoapiOperation {
  const op = OPERATIONS.find((o) => o.operationId === operationId);
  if (!op) throw new EdustandaardError('E_USAGE', `onbekende OOAPI-operatie: ${operationId}`);
  return op;
}

/**
 * The success status codes (2xx) of an operation, ascending.
 * @param op - the operation
 */
export function successStatuses(op: OoapiOperation): number[] {
  return Object.keys(op.responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 300)
    .sort((a, b) => a - b);
}
