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

/** A field claims "same structure" when it has no conversion (or `gelijk`) and no nested mapping. */
type FieldCheck<D, C, F> = F extends { mapping: object }
  ? true
  : F extends { conversie: infer X }
    ? X extends 'gelijk'
      ? PairCheck<D, C, F>
      : true
    : PairCheck<D, C, F>;

type PairCheck<D, C, F> = F extends { domain: infer P; central: infer Q }
  ? P extends `${string}/${string}`
    ? true
    : P extends keyof D
      ? Q extends keyof C
        ? NonNullable<D[P]> extends NonNullable<C[Q]>
          ? true
          : false
        : true
      : false
  : true;

/**
 * `true` when every field of a mapping that claims "same structure" (no conversion, or `gelijk`;
 * a single-element domain path; a plain central attribute) names a domain property of `D` whose
 * type is assignable to the central attribute of `C`; otherwise `false`. Use it with
 * {@link Proof} on the mapping's `as const` field list, so a change in a central model (or in the
 * domain type) that breaks the claim fails to compile.
 *
 * @example
 * ```ts
 * const fields = [{ domain: 'achternaam', central: 'achternaam' }] as const;
 * export type LeerlingProof = Proof<ProvesSameStructure<Leerling, Persoon, typeof fields>>;
 * ```
 */
export type ProvesSameStructure<D, C, Fs extends readonly unknown[]> = false extends {
  [I in keyof Fs]: FieldCheck<D, C, Fs[I]>;
}[number]
  ? false
  : true;

/** Compiles only for `true`: `Proof<ProvesSameStructure<…>>`. */
export type Proof<T extends true> = T;
