/**
 * Lexical fidelity (issue #10 item 6): the reader keeps a value's lexical form (`01`, ` 1 `, boolean
 * `1`) when it differs from the canonical form of the typed value, so that `write(read(x))` keeps it and
 * the official validations, which compare text (XSLT), see what the sender wrote. Contract shared with
 * `core/src/profile/kinds/lexical.ts`: the form is recorded under the parent's `$lexical[name]` (an
 * array, by occurrence, for repeated elements) or under `$lexical.$value` of an element with attributes.
 */
import type { CompiledSimple } from './simple.js';

/** Member names the codec uses beside element names; never element content. */
export const RESERVED_MEMBERS: ReadonlySet<string> = new Set([
  '$value',
  '$unknown',
  '$attributes',
  '$lexical',
  '$misc',
]);

/**
 * The lexical form to keep for a valid `text` with typed `value`, or `undefined` when the canonical
 * form of the value is the text itself (always for `xs:string`, which preserves whitespace).
 * @param s - the simple type
 * @param text - the text as read
 * @param value - `s.toValue(text)`
 */
export function lexicalToKeep(s: CompiledSimple, text: string, value: unknown): string | undefined {
  if (s.def.base === 'string') return undefined;
  return s.toLexical(value) === text ? undefined : text;
}

/**
 * The text to write for `value`: the recorded lexical form when it is still valid and still means
 * `value` (a user who changed the value gets the canonical form of the new value), else `undefined`.
 * @param s - the simple type
 * @param value - the typed value
 * @param recorded - what `$lexical` holds for this node (anything; only a string is used)
 */
export function recordedLexical(
  s: CompiledSimple,
  value: unknown,
  recorded: unknown,
): string | undefined {
  if (typeof recorded !== 'string' || s.check(recorded) !== null) return undefined;
  return s.toValue(recorded) === value ? recorded : undefined;
}

/**
 * What `$lexical` holds for child `name` (occurrence `index`, 0-based, for repeated elements).
 * @param lex - the parent's `$lexical` member
 * @param name - the child's name (or `$value`)
 * @param index - occurrence, when the child is an array item
 */
export function lexicalEntry(lex: unknown, name: string, index?: number): unknown {
  if (lex === null || typeof lex !== 'object') return undefined;
  const r = (lex as Record<string, unknown>)[name];
  if (index === undefined) return r;
  return Array.isArray(r) ? r[index] : undefined;
}
