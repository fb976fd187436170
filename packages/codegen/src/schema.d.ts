/** Types of schema.mjs (plain ESM, run by the packages' build scripts). */
import type { Program } from 'typescript';

/** Where the site serves the schemas: `<SCHEMA_BASE><package>/<file>.json`. */
export declare const SCHEMA_BASE: string;
/** The draft every shipped schema declares in `$schema`. */
export declare const SCHEMA_DRAFT: string;
/** The `$id` of a shipped schema: `<SCHEMA_BASE><pkg>/<file>`. */
export declare function schemaId(pkg: string, file: string): string;
/** The site path a `$id` of {@link schemaId} is served at, or null for another URL. */
export declare function schemaLocation(
  id: string,
): { pkg: string; file: string; path: string } | null;
/** Compiler options for typescript-json-schema (machine-independent definition names). */
export declare const COMPILER_OPTIONS: Record<string, unknown>;
/** typescript-json-schema settings every package uses. */
export declare const GENERATOR_SETTINGS: Record<string, unknown>;
/** A TypeScript program over a package's source files (relative to `pkgDir`). */
export declare function tsProgram(pkgDir: string, files: string[]): Program;
/** Opens objects without declared properties that `noExtraProps` closed (in place). */
export declare function openRecords(node: unknown): void;
/** Inlines definitions named after instantiated generics; `Record<string,V>` becomes a map (in place). */
export declare function inlineGenericDefinitions(schema: {
  definitions?: Record<string, unknown>;
}): void;
/** Makes `$ref`s relative to the schema itself (in place). */
export declare function relativeRefs(node: unknown, id: string): void;
/** A generated schema as a shipped file's text (`$schema`, `$id`, `title` first). */
export declare function publishSchema(
  schema: Record<string, unknown>,
  meta: { pkg: string; file: string; title: string },
): string;
/** Generates a package's schemas from its types: file name → JSON text. */
export declare function generateTypeSchemas(spec: {
  pkg: string;
  pkgDir: string;
  sources: string[];
  schemas: Record<string, string>;
}): Record<string, string>;
/** Writes generated schemas into a folder; removes stale `.json` files there except `keep`. */
export declare function writeSchemas(
  outDir: string,
  texts: Record<string, string>,
  options?: { keep?: string[] },
): void;
/** Runs a build script as a command when it is the process's entry point. */
export declare function runSchemaScript(
  scriptUrl: string,
  generate: () => Record<string, string>,
  options: { defaultDir: string; keep?: string[] },
): void;
