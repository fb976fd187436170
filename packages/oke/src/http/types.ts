/** Framework-neutral HTTP shapes of the OKE handlers and implementations. */
import type { OoapiOperation } from '../operation.js';

/** An incoming request, as any HTTP framework can provide it. */
export interface OkeRequest {
  method: string;
  /** Path with query string, e.g. `/offerings/123?expand=component`. */
  url: string;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The raw body (already bounded by the transport), if any. */
  body?: Uint8Array | string;
}

/** The response a handler produces. */
export interface OkeResponse {
  status: number;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** What an implementation gets for one call: path parameters, query and the validated body. */
export interface OperationContext {
  operation: OoapiOperation;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: unknown;
}

/** What an implementation returns: status and body (JSON value, or bytes with a content type). */
export interface OperationResult {
  status: number;
  body?: unknown;
  contentType?: string;
}

/** An implementation of (some of) the OOAPI operations, keyed by operationId. */
export type OkeImplementation = Partial<
  Record<string, (ctx: OperationContext) => OperationResult | Promise<OperationResult>>
>;
