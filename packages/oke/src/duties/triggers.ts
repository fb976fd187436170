/**
 * The triggers of the flows (when a flow runs, as the seed document words them in each flow's
 * `trigger`), as data: which part of each trigger a message or the chain can show, and the duty
 * that checks it; the rest depends on the supplier's process and cannot be checked on the wire
 * (said so here, not left implicit).
 */
import { FLOWS } from '../flows/index.js';

/** One flow's trigger and how far it is checked. */
export interface FlowTrigger {
  flow: number;
  /** The trigger text of the flow data (seed document). */
  trigger: string;
  /** Duty codes (OKE_DUTIES) that check what the chain can show of it; empty when none. */
  checkedBy: readonly string[];
  /** What stays unchecked, and why. */
  unchecked: string;
}

const text = (n: number) => FLOWS.find((f) => f.nummer === n)!.trigger;

/** Per flow 0–6. */
export const FLOW_TRIGGERS: readonly FlowTrigger[] = [
  {
    flow: 0,
    trigger: text(0),
    checkedBy: [],
    unchecked: 'Handmatig of automatisch, per leverancier: geen volgorde in de keten.',
  },
  {
    flow: 1,
    trigger: text(1),
    checkedBy: [],
    unchecked: 'Verschilt per leverancier (meestal het SIS).',
  },
  {
    flow: 2,
    trigger: text(2),
    checkedBy: ['OKE.KETEN.state-deelname', 'OKE.KETEN.state-zitting'],
    unchecked:
      'Of de planning "definitief" is, weet alleen de toetsplanning; wel: een deelname hoort bij een bekende zitting en states volgen de stroom.',
  },
  {
    flow: 3,
    trigger: text(3),
    checkedBy: ['OKE.KETEN.gepland', 'OKE.F3.attendance'],
    unchecked:
      'Het moment van beoordelen is niet zichtbaar; wel: alleen voor een geplande, niet geannuleerde deelname, met attendance.',
  },
  {
    flow: 4,
    trigger: text(4),
    checkedBy: ['OKE.F4.zittingsverslag'],
    unchecked:
      'Of de zitting gesloten is (laatste startmoment voorbij) hangt af van de klok van de afname; alleen een bekende zitting krijgt een verslag (404 anders).',
  },
  {
    flow: 5,
    trigger: text(5),
    checkedBy: ['OKE.KETEN.resultExpected', 'OKE.KETEN.gepland'],
    unchecked:
      'Wanneer "alles verzameld" is, weet alleen de toetsplanning; wel: alleen voor een inschrijving uit stroom 1 met resultExpected.',
  },
  {
    flow: 6,
    trigger: text(6),
    checkedBy: [],
    unchecked: 'Pull op initiatief van de toetsafname, altijd herhaalbaar.',
  },
];
