/**
 * The shape of one OOAPI operation as data (generated into `generated/operations.ts` from the
 * NED-OOAPI specification `ooapiv5_MBO.yaml`).
 */

/** One parameter of an operation (path or query). */
export interface OoapiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  /** JSON type of the parameter value (`string`, `array`, `integer`, `boolean`). */
  type: string;
  /** Allowed values, where the specification lists them. */
  enum?: readonly unknown[];
  format?: string;
  description?: string;
}

/** One response of an operation. */
export interface OoapiResponse {
  description: string;
  /** `application/json`, `application/problem+json`, `application/octet-stream`, or null without body. */
  contentType: string | null;
  /** Name of the body type (a key of the schema set), or null for a binary or empty body. */
  type: string | null;
}

/** One operation of the OOAPI v5 MBO-toetsafname profile. */
export interface OoapiOperation {
  operationId: string;
  method: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE' | (string & {});
  /** Path template as in the specification, e.g. `/associations/{associationId}`. */
  path: string;
  summary: string;
  parameters: readonly OoapiParameter[];
  requestBody: { contentType: string; type: string | null; required: boolean } | null;
  /** Per HTTP status code. */
  responses: Readonly<Record<string, OoapiResponse>>;
  /** OAuth2 client-credentials scopes the specification lists (`nl-test-admin-flow-2-3-4`). */
  scopes: readonly string[];
}
