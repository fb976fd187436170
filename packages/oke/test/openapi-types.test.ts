/**
 * #14: the package's named types are openapi-typescript's (src/generated/openapi.ts, from the same
 * OpenAPI the schemas come from): each is an alias of a component or an operation body, or the
 * MergePatch view of one. Checked at compile time (`tsc -p tsconfig.json`, npm run lint) and by
 * reading the generated module (no type of our own in it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { components, operations } from '../src/generated/openapi.js';
import type * as T from '../src/index.js';

type S = components['schemas'];
/** Compiles only when A and B are the same type. */
type Equal<A, B> =
  (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
/** Compiles only when A is assignable to B. */
type Assignable<A, B> = [A] extends [B] ? true : false;
const yes = <X extends true>(x: X) => x;
type Body<Op extends keyof operations, C extends string> =
  NonNullable<operations[Op]['requestBody']> extends { content: infer K }
    ? C extends keyof K
      ? K[C]
      : never
    : never;

// The named payload types, equal to the specification's in both directions (readOnly properties
// are `readonly` in both: openapi-typescript marks them, and the aliases keep the marks).
export const named = [
  yes<Equal<T.Problem, S['Problem']>>(true),
  yes<Equal<T.NlTestAdminOffering, S['NlTestAdminOffering']>>(true),
  yes<Equal<T.ComponentOffering, S['ComponentOffering']>>(true),
  yes<Equal<T.Component, S['Component']>>(true),
  yes<Equal<T.Person, S['Person']>>(true),
  yes<Equal<T.Group, S['Group']>>(true),
  yes<Equal<T.MembershipItem, S['MembershipItem']>>(true),
  yes<Equal<T.Organization, S['Organization']>>(true),
  yes<Equal<T.Service, S['Service']>>(true),
  yes<Equal<T.ComponentOfferingAssociation, S['ComponentOfferingAssociation']>>(true),
  yes<Equal<T.ComponentOfferingAssociationExpanded, S['ComponentOfferingAssociationExpanded']>>(
    true,
  ),
  yes<Equal<T.ComponentResult, S['ComponentResult']>>(true),
  yes<Equal<T.NlTestAdminPerson, S['NlTestAdminPerson']>>(true),
  // Bodies without a schema file of their own: the operation's content type.
  yes<
    Equal<
      T.ListOfferingsResponse200,
      operations['listOfferings']['responses'][200]['content']['application/json']
    >
  >(true),
  yes<Equal<T.ReplaceAssociationByIdRequest, Body<'replaceAssociationById', 'application/json'>>>(
    true,
  ),
];

// PATCH bodies (merge patch, one direction): every complete value is a valid patch; the patch
// view is the MergePatch mapping of the specification's body type.
export const patches = [
  yes<
    Equal<
      T.PartialUpdateOfferingByIdRequest,
      T.MergePatch<Body<'partialUpdateOfferingById', 'application/merge-patch+json'>>
    >
  >(true),
  yes<
    Assignable<
      Body<'partialUpdateOfferingById', 'application/merge-patch+json'>,
      T.PartialUpdateOfferingByIdRequest
    >
  >(true),
  yes<
    Assignable<
      Body<'partialUpdateAssociationById', 'application/merge-patch+json'>,
      T.PartialUpdateAssociationByIdRequest
    >
  >(true),
  yes<Assignable<S['ComponentOffering'], T.ComponentOfferingMergePatch>>(true),
  // A patch is not a complete offering: the other direction does not hold.
  yes<Equal<Assignable<T.ComponentOfferingMergePatch, S['ComponentOffering']>, false>>(true),
];

// The `required` of an allOf member without properties is kept (ComponentOffering has 9).
// @ts-expect-error -- startDateTime, endDateTime, primaryCode, … are missing
export const incomplete: T.ComponentOffering = {
  offeringId: '123e4567-e89b-12d3-a456-426614174000',
};
// A merge patch may remove an optional value with null, but not a required one.
export const removeOptional: T.ComponentOfferingMergePatch = { abbreviation: null, name: [] };
// @ts-expect-error -- startDateTime is required in ComponentOffering
export const removeRequired: T.ComponentOfferingMergePatch = { startDateTime: null };

describe('types from openapi-typescript', () => {
  const text = (f: string) =>
    readFileSync(new URL(`../src/generated/${f}`, import.meta.url), 'utf8');

  it('cover every operation of the OKE profile', async () => {
    const { OPERATIONS } = await import('../src/index.js');
    const openapi = text('openapi.ts');
    for (const op of OPERATIONS)
      expect(openapi, op.operationId).toContain(`    ${op.operationId}: {`);
    expect([...named, ...patches].every(Boolean)).toBe(true);
  });

  it('every named type is an alias of openapi-typescript output or its MergePatch view', () => {
    const ooapi = text('ooapi.ts');
    expect(ooapi).not.toMatch(/^export (interface|enum) /m);
    const decls = [...ooapi.matchAll(/^export type (\w+) = (.*);$/gm)];
    expect(decls.length).toBeGreaterThan(100);
    for (const [, name, t] of decls)
      expect(t, name).toMatch(/^(S\["\w+"\]|operations\[|NonNullable<operations\[|MergePatch<)/);
  });
});
