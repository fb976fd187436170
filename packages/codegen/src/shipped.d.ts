/** Types of shipped.mjs. */
/** The file in a package's `schema/` folder that lists what its schemas cannot do (not a schema). */
export declare const KNOWN_LIMITS_FILE: string;
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
