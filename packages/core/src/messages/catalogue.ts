/**
 * Message catalogues (#10 item 4): a finding's text comes from its package's catalogue, keyed by
 * message id, rendered from the finding's `params` with {@link renderMessage}. Dutch (`nl`) is
 * complete and is what the standard words; other locales may be partial and fall back to Dutch,
 * so English can be added later without touching an emitter.
 *
 * A message id is a finding code (`OSO.CATEGORIE.verplicht`), or — where one code has several
 * wordings that cannot be told apart by a parameter — the code with a variant after `#`
 * (`OSO.CATEGORIE.verplicht#versie`). The catalogues of core's generic checkers (the XML codec, the
 * JSON Schema adapter) are keyed by the code's last segment (`minOccurs`, `required`): the caller
 * chooses the code prefix (`OSO.XSD`, `OKE.SCHEMA`), core never names another package's codes.
 */
import { renderMessage } from './render.js';

/** The languages a catalogue can carry; `nl` is required and complete. */
export type Locale = 'nl' | 'en';

/** One locale's templates, one per message id. */
export type Templates<K extends string> = { readonly [P in K]: string };

/** A catalogue: complete Dutch templates, optionally (partial) other locales. */
export interface Catalogue<K extends string = string> {
  readonly nl: Templates<K>;
  readonly en?: { readonly [P in K]?: string };
}

/** The message ids of a catalogue. */
export type MessageId<C> = C extends Catalogue<infer K> ? K : never;

/**
 * Declares a catalogue; the ids are the keys of the Dutch templates, so an emitter naming an id
 * without a template fails to compile, and so does an English template for an unknown id.
 * @param nl - Dutch templates keyed by message id
 * @param en - English templates (optional, partial)
 */
export function defineCatalogue<const T extends Record<string, string>>(
  nl: T,
  en?: { readonly [P in keyof T]?: string },
): Catalogue<keyof T & string> {
  return en ? { nl, en } : { nl };
}

/**
 * The finding code of a message id: the id up to `#`.
 * @param id - a message id
 */
export function messageCode(id: string): string {
  const i = id.indexOf('#');
  return i < 0 ? id : id.slice(0, i);
}

/**
 * Renders a message from a catalogue; a locale without this template falls back to Dutch.
 * @param catalogue - the package's catalogue
 * @param id - the message id
 * @param params - values for the placeholders
 * @param locale - `nl` (default) or `en`
 */
export function formatMessage<K extends string>(
  catalogue: Catalogue<K>,
  id: NoInfer<K>,
  params?: Readonly<Record<string, unknown>>,
  locale: Locale = 'nl',
): string {
  const t = (locale === 'nl' ? undefined : catalogue[locale]?.[id]) ?? catalogue.nl[id];
  return renderMessage(t, params);
}

/**
 * The catalogues merged into one (later ones override earlier templates of the same id), e.g. core's
 * codec templates with a package's own wording of some of them.
 * @param catalogues - the catalogues, in order of precedence (last wins)
 */
export function mergeCatalogues<K extends string>(
  ...catalogues: ReadonlyArray<Catalogue<K> | { readonly nl: Partial<Templates<K>> } | undefined>
): Catalogue<K> {
  const nl: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const c of catalogues) {
    if (!c) continue;
    Object.assign(nl, c.nl);
    if ('en' in c && c.en) Object.assign(en, c.en);
  }
  return (Object.keys(en).length ? { nl, en } : { nl }) as Catalogue<K>;
}
