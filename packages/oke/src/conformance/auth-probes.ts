/**
 * Per role under test, the call the kit's OAuth2 scenarios make (without a token, with an
 * unknown one, with another flow's scope): one the role provides that needs no earlier state.
 */
import type { OkeRoleId } from '../roles.js';
import { sampleOffering } from '../reference/sample-data.js';
import { UNKNOWN_ID } from './scenarios.js';

/** The probe of one role. */
export interface AuthProbe {
  interaction: string;
  params: Readonly<Record<string, string>>;
  body?: unknown;
}

export const AUTH_PROBES: Readonly<Record<OkeRoleId, AuthProbe>> = {
  TA: { interaction: '2.zitting-ophalen', params: { offeringId: UNKNOWN_ID } },
  TPL: {
    interaction: '1.planbare-toets-aanmaken',
    params: { offeringId: UNKNOWN_ID },
    body: sampleOffering(UNKNOWN_ID),
  },
  DR: { interaction: '1.gestructureerde-planningsinfo', params: { offeringId: UNKNOWN_ID } },
};
