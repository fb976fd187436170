/** The OKE flow contracts 0–6 as data. */
import { EdustandaardError } from '@edustandaard/core';
import { FLOW_0 } from './flow0.js';
import { FLOW_1 } from './flow1.js';
import { FLOW_2 } from './flow2.js';
import { FLOW_3 } from './flow3.js';
import { FLOW_4 } from './flow4.js';
import { FLOW_5 } from './flow5.js';
import { FLOW_6 } from './flow6.js';
import type { OkeFlow, OkeInteraction } from './types.js';

export { FLOW_0, FLOW_1, FLOW_2, FLOW_3, FLOW_4, FLOW_5, FLOW_6 };

/** Every flow, 0 … 6. */
export const FLOWS: readonly OkeFlow[] = [FLOW_0, FLOW_1, FLOW_2, FLOW_3, FLOW_4, FLOW_5, FLOW_6];

/** Every interaction of every flow, in flow order. */
export const INTERACTIONS: readonly OkeInteraction[] = FLOWS.flatMap((f) => f.interactions);

/**
 * @param id - `<flow>.<interaction>`, e.g. `2.zitting-aanmaken`
 * @returns the interaction; an unknown id throws `E_USAGE` listing the flow's ids
 */
export function interactionById(id: string): OkeInteraction {
  const i = INTERACTIONS.find((x) => x.id === id);
  if (i) return i;
  const flow = id.split('.')[0];
  const known = INTERACTIONS.filter((x) => x.id.startsWith(`${flow}.`)).map((x) => x.id);
  throw new EdustandaardError(
    'E_USAGE',
    `onbekende OKE-interactie '${id}'${known.length ? `; bekend in flow ${flow}: ${known.join(', ')}` : ''}`,
  );
}

export type {
  OkeFlow,
  OkeInteraction,
  OkeInteractionDefinition,
  OkeVersion,
  InteractionOperation,
} from './types.js';
export type { OkeFlowDefinition } from './define.js';
export { sequenceDiagram, resolveOperation } from './define.js';
