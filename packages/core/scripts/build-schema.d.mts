/** The schemas this package ships: file name → root type in src/manifest/types.ts. */
export declare const SCHEMAS: Record<string, string>;
/** Generates every schema as formatted JSON text (file name → text). */
export declare function generateSchemas(): Record<string, string>;
/** The central model types emitted into `central-models.json`. */
export declare const CENTRAL_MODEL_TYPES: string[];
