/** Types of harness.mjs (the seeded fuzz harness, issue #17). */
export interface FuzzExample {
  name: string;
  bytes: Buffer;
}
export interface FuzzResult {
  iterations: number;
  calls: number;
  untyped: Array<{ entry: string; what: string; error: string }>;
  slow: Array<{ entry: string; what: string; ms: number }>;
  maxMs: number;
  typed: Record<string, number>;
}
export function rng(seed: number): () => number;
export function officialExamples(referenceDir: string): FuzzExample[];
export function mutateXml(bytes: Buffer, r: () => number): Buffer;
export function mutateJson(text: string, r: () => number): string;
export const ENTRY_POINTS: Record<string, (x: Buffer, r: () => number) => unknown>;
export const JSON_ENTRY_POINTS: Record<string, (t: string, r: () => number) => unknown>;
export function fuzz(options: {
  examples: FuzzExample[];
  iterations: number;
  seed?: number;
  slowMs?: number;
  onProgress?: (iterations: number, calls: number) => void;
}): FuzzResult;
