/**
 * Rendering a message template (STYLE.md "Worth absorbing" 4: text is rendered from code and params
 * at the edge). A template is text with `{name}` placeholders filled from a finding's `params`.
 */

/** How a placeholder shows its value: `{name}` plainly, `{name:quoted}` as `'a', 'b'`, `{name:json}` as `"a", 1`. */
export type PlaceholderFormat = 'quoted' | 'json';

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.map(show).join(', ');
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function json(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function format(v: unknown, how: string | undefined): string {
  if (how === undefined) return show(v);
  const items = Array.isArray(v) ? v : [v];
  return items.map((x) => (how === 'json' ? json(x) : `'${show(x)}'`)).join(', ');
}

/** A placeholder: `{name}` or `{name:quoted}` / `{name:json}`. */
export const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?::(quoted|json))?\}/g;

/**
 * Fills `{name}` placeholders from `params`; unknown placeholders stay as they are, so a missing
 * parameter is visible rather than silently blank. Arrays render as `a, b, c`; `{name:quoted}`
 * quotes each item (`'a', 'b'`), `{name:json}` writes each as JSON (`"a", 1`).
 * @param template - e.g. `Element {element} is verboden.`
 * @param params - values for the placeholders
 */
export function renderMessage(
  template: string,
  params: Readonly<Record<string, unknown>> = {},
): string {
  return template.replace(PLACEHOLDER, (whole, name: string, how: string | undefined) =>
    Object.prototype.hasOwnProperty.call(params, name) && params[name] !== undefined
      ? format(params[name], how)
      : whole,
  );
}

/**
 * The placeholder names of a template, in order of first appearance.
 * @param template - a message template
 */
export function placeholders(template: string): string[] {
  const out = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) out.add(m[1]!);
  return [...out];
}
