/**
 * Every internal URL of the site, in one place, so links and pages can never disagree.
 * URLs are stable: they are derived from the standard's own identifiers (element paths, rule codes,
 * code list numbers, flow numbers), never from positions or generated counters.
 */
import { pathId, slug } from '../lib/html.ts';
import { BASE } from './base.ts';

export { BASE, withBase, withoutBase, SITE_URL } from './base.ts';

/** Element path `/dossier/a/b` → `dossier/a/b` (names are XML NCNames: URL-safe). */
const pathSegments = (path: string): string =>
  path
    .replace(/^\/+/, '')
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');

/** Every URL without the base path (the sidebar config and the route params want them so). */
export const route = {
  home: (): string => '/',
  oso: (): string => '/oso/',
  osoVersion: (version: string): string => `/oso/${version}/`,
  osoElement: (version: string, path: string): string =>
    `/oso/${version}/element/${pathSegments(path)}/`,
  osoTreeAnchor: (version: string, path: string): string => `/oso/${version}/#${pathId(path)}`,
  osoChanges: (): string => '/oso/wijzigingen/',
  download: (file: string): string => `/downloads/${file}`,
  downloads: (): string => '/downloads/',
  /** One afsprakenset and version (`null`: files without a version) of the downloads (#15). */
  downloadSet: (afsprakenset: string, version: string | null): string =>
    `/downloads/${slug(afsprakenset)}/${version ?? 'alle-versies'}/`,
  /** A shipped JSON Schema where its `$id` points: `/schemas/<package>/<file>` (#15). */
  schema: (pkg: string, file: string): string => `/schemas/${pkg}/${file}`,
  validator: (): string => '/validator/',
  changelog: (pkg: string): string =>
    `/packages/${slug(pkg.replace(/^@edustandaard\//, ''))}/wijzigingen/`,
  swv: (): string => '/swv/',
  swvChanges: (): string => '/swv/wijzigingen/',
  swvAgreement: (id: string): string => `/swv/afspraak/${slug(id)}/`,
  eduv: (id: string): string => `/identificatie/afspraak/${slug(id)}/`,
  amigo: (id?: string): string => (id ? `/amigo/${slug(id)}/` : '/amigo/'),
  swvVersion: (version: string): string => `/swv/${version}/`,
  swvTable: (version: string, table: string): string => `/swv/${version}/${slug(table)}/`,
  swvRule: (version: string, code: string): string => `/swv/${version}/regel/${slug(code)}/`,
  overstap: (): string => '/overstap/',
  overstapVersion: (version: string): string => `/overstap/${version}/`,
  overstapRule: (version: string, code: string): string =>
    `/overstap/${version}/regel/${slug(code)}/`,
  codelists: (): string => '/codelijsten/',
  codelist: (version: string, id: string | number): string =>
    `/codelijsten/${version}/${slug(String(id))}/`,
  code: (version: string, id: string | number, code: string): string =>
    `/codelijsten/${version}/${slug(String(id))}/#code-${slug(code)}`,
  osoRules: (version: string): string => `/oso/${version}/regels/`,
  osoRule: (version: string, code: string): string => `/oso/${version}/regels/#${slug(code)}`,
  osoCategories: (version: string): string => `/oso/${version}/categorieen/`,
  identifiers: (): string => '/identificatie/',
  messages: (): string => '/meldingen/',
  identifierAnchor: (term: string): string => `/identificatie/#id-${slug(term)}`,
  rio: (): string => '/rio/',
  rioModel: (): string => '/rio/model/',
  rioEntity: (name: string): string => `/rio/model/#${slug(name)}`,
  rioSync: (): string => '/rio/synchronisatie/',
  rioActions: (): string => '/rio/webservice/',
  oke: (): string => '/oke/',
  okeFlow: (flow: number | string): string => `/oke/flow-${slug(String(flow))}/`,
  okeSchemas: (): string => '/oke/schemas/',
  okeSchema: (name: string): string => `/oke/schemas/#schema-${slug(name)}`,
  central: (): string => '/centrale-modellen/',
  concept: (name: string): string => `/centrale-modellen/#${slug(name)}`,
  conceptDerivations: (name: string): string => `/centrale-modellen/${slug(name)}/`,
  manifest: (id: string, version: string): string => `/afsprakensets/${slug(id)}/${slug(version)}/`,
};

type Routes = typeof route;
/** Every URL as it appears in a link: with the base path (`BASE_PATH`) in front. */
export const url = Object.fromEntries(
  Object.entries(route).map(([k, f]) => [
    k,
    (...a: never[]) => BASE.slice(0, -1) + (f as (...x: never[]) => string)(...a),
  ]),
) as Routes;
