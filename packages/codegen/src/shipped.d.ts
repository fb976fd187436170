/** Types of shipped.mjs. */
/** The file in a package's `schema/` folder that lists what its schemas cannot do (not a schema). */
export declare const KNOWN_LIMITS_FILE: string;
/** A schema that another toolchain cannot use as is (`toolchain` in the known-limits file). */
export interface ToolchainLimit {
  schema: string;
  tool: 'quicktype-java' | 'id-scheme';
  reason: string;
}
/** What a schema cannot express, with the validator code that checks it instead. */
export interface KnownLimit {
  id: string;
  what: string;
  why: string;
  validatorCode: string;
  example?: string;
  /** The schemas the limit concerns (oke's form; oso's form puts `schemas` on the whole file). */
  schemas?: string[];
  /** `class-names`: classes whose numbered twins the limit explains (oke's per-place unions). */
  classes?: string[];
}
/**
 * The content of a package's known-limits file, read by the site (downloads pages) and by the
 * other-toolchain test: one shape, declared here beside the file's name.
 */
export interface KnownLimits {
  $id?: string;
  description?: string;
  schemas?: string[];
  limits?: KnownLimit[];
  toolchain?: ToolchainLimit[];
}
/** One published package with a `./schema/*` export. */
export interface ShippedSchemaFolder {
  /** npm name (`@edustandaard/rio`). */
  name: string;
  /** Short name (`rio`), the `<package>` of the `$id` scheme. */
  pkg: string;
  dir: string;
  schemaDir: string;
  /** Schema file names, sorted, without the known-limits file. */
  schemas: string[];
  /** The known-limits file, when the package has one. */
  knownLimits: string | null;
}
/** Every published workspace package's `schema/` folder (from the root `package.json` workspaces). */
export declare function shippedSchemaFolders(rootDir: string): ShippedSchemaFolder[];
