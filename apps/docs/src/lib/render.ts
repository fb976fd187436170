/**
 * Generic rendering of plain data (strings, lists, records) as HTML. Used where a package's data
 * is descriptive prose whose exact shape the site does not need to know (manifest layers, notes).
 */
import { esc } from './html.ts';

const isPlain = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown): boolean =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** Dutch label for a camelCase/snake_case key: `legalGrounds` → `Legal grounds`. */
export function label(key: string): string {
  const s = key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function scalar(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  const s = String(v ?? '');
  return /^https?:\/\/\S+$/.test(s) ? `<a href="${esc(s)}" rel="external">${esc(s)}</a>` : esc(s);
}

/**
 * Renders any JSON-like value: scalars as text, lists of scalars as a bullet list, lists of records as
 * a table (columns = union of keys, in first-seen order), records as a definition list.
 * @param value - the value
 * @param depth - nesting depth (guards against pathological data)
 */
export function renderValue(value: unknown, depth = 0): string {
  if (depth > 6) return esc(JSON.stringify(value));
  if (isScalar(value)) return scalar(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '<span class="es-muted">–</span>';
    if (value.every(isScalar))
      return `<ul>${value.map((v) => `<li>${scalar(v)}</li>`).join('')}</ul>`;
    if (value.every(isPlain)) {
      const cols: string[] = [];
      for (const row of value)
        for (const k of Object.keys(row)) if (!cols.includes(k)) cols.push(k);
      return `<table><thead><tr>${cols.map((c) => `<th>${esc(label(c))}</th>`).join('')}</tr></thead><tbody>${value
        .map(
          (row) =>
            `<tr>${cols.map((c) => `<td>${row[c] === undefined ? '' : renderValue(row[c], depth + 1)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table>`;
    }
    return `<ul>${value.map((v) => `<li>${renderValue(v, depth + 1)}</li>`).join('')}</ul>`;
  }
  if (isPlain(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `<dl class="es-dl">${entries.map(([k, v]) => `<dt>${esc(label(k))}</dt><dd>${renderValue(v, depth + 1)}</dd>`).join('')}</dl>`;
  }
  return esc(String(value));
}
