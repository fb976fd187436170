/**
 * Compile-time proof that a domain type has "the same structure" as a central one where its
 * derivation says so (issue #18: "Types that prove it"). `SameStructure<D, C, K>` is `D` when, for
 * every key in `K`, `D[K]` is assignable to `C[K]` (and the key exists in both); otherwise it is
 * `never`, and the `satisfies`/assignment that uses it fails to compile. So a change in a central
 * model breaks every domain model that claims to derive from it.
 *
 * @example
 * ```ts
 * const check: SameStructure<RioOnderwijslocatie, Adres, 'postcode' | 'plaatsnaam'> = locatie;
 * ```
 */
export type SameStructure<D, C, K extends keyof D & keyof C> = [
  { [P in K]: D[P] extends C[P] ? true : false }[K],
] extends [true]
  ? D
  : never;
