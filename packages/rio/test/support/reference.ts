/**
 * What the RIO tests share about the reference material: DUO's 2022 XSDs in ../shared/reference/rio,
 * whether xmllint is there, and the example input of every action (and every kind).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RIO_ACTIONS, RIO_EXAMPLES, RIO_KIND_EXAMPLES } from '../../src/index.js';

/** The folder with DUO's RIO V4 XSDs (2022 build). */
export const REF = fileURLToPath(new URL('../../../../../shared/reference/rio/', import.meta.url));
/** The two contracts' XSD files. */
export const XSD = {
  beheren: join(REF, 'DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd'),
  raadplegen: join(REF, 'DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd'),
} as const;
export const haveRef = existsSync(XSD.beheren);
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** The example input of every action and of every kind, with the action that takes it. */
export const ACTION_CASES = [
  ...RIO_ACTIONS.map((a) => ({ name: a.action, action: a.action, input: RIO_EXAMPLES[a.action] })),
  ...Object.entries(RIO_KIND_EXAMPLES).map(([name, c]) => ({
    name,
    action: c.action,
    input: c.input,
  })),
];
