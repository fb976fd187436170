/** Types of xsd.mjs (the generator is plain ESM, run by build scripts). */
export interface XsdNode {
  ns: string;
  name: string;
  prefix: string;
  attrs: Record<string, string>;
  children: XsdNode[];
  text: string;
}
export interface BuiltinMapping {
  xsd: string;
  as: Record<string, unknown>;
  reden: string;
}
export const BUILTIN_MAPPINGS: Record<string, { as: Record<string, unknown>; reden: string }>;
export function parseXsd(text: string): XsdNode;
export function xsKids(n: XsdNode, name?: string): XsdNode[];
export function xsKid(n: XsdNode, name: string): XsdNode | undefined;
export function norm(s: string): string;
export function docOf(n: XsdNode): { semantiek?: string; implementatie?: string } | undefined;
export function buildDescriptor(
  xsd: XsdNode,
  options?: { sensitive?: ReadonlySet<string> },
): {
  schema: { namespace: string; roots: Record<string, unknown>; types: Record<string, unknown> };
  stats: { elements: number; choices: number; namedComplex: number; namedSimple: number };
  mappings: BuiltinMapping[];
};
