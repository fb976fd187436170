/**
 * Loads every section's data once per call and generates all pages. A section whose package has not
 * exported its data yet is `null` here and produces no page and no sidebar entry.
 */
import { loadOso, type OsoData } from '../data/oso.ts';
import { loadSwv, type SwvData } from '../data/swv.ts';
import { loadCodelists, type CodelistVersion } from '../data/codelists.ts';
import { loadIdentifiers, type IdentifiersData } from '../data/identifiers.ts';
import { loadRio, type RioData } from '../data/rio.ts';
import { loadOke, type OkeData } from '../data/oke.ts';
import { loadCentral, type CentralData } from '../data/central.ts';
import { loadOverstap, type OverstapData } from '../data/overstap.ts';
import { overstapPages } from '../render/overstap.ts';
import { loadManifests, type Manifest } from '../data/manifests.ts';
import { importPackage, installedPackages, packageInfo } from '../data/packages.ts';
import { collectProfiles } from '../data/swv.ts';
import { createContext } from '../render/context.ts';
import { assertPages, type GeneratedPage } from '../render/page.ts';
import { homePage, manifestPages, profileKey } from '../render/home.ts';
import { osoPages } from '../render/oso.ts';
import { swvPages } from '../render/swv.ts';
import { codelistPages } from '../render/codelists.ts';
import { identifierPages } from '../render/identifiers.ts';
import { rioPages } from '../render/rio.ts';
import { okePages } from '../render/oke.ts';
import { centralPages } from '../render/central.ts';
import { downloadsPages } from '../render/downloads.ts';
import { swvChangesPage } from '../render/swv-changes.ts';
import { changelogPages } from '../render/changelogs.ts';
import { loadChangelogs, type Changelog } from '../data/changelogs.ts';
import { loadDownloads, type Download } from '../data/downloads.ts';
import { url } from './urls.ts';
import { esc } from '../lib/html.ts';
import { SWV_SECTIONS } from '../agreement/swv.ts';
import { EDUV_SECTIONS, EDUV_MANIFEST } from '../agreement/eduv.ts';
import { AMIGO_SECTIONS } from '../agreement/amigo.ts';
import { agreementPages, sourceLine } from '../agreement/render.ts';
import { amigoPage, AMIGO_STEPS } from '../agreement/amigo-page.ts';
import { arrayExport } from '../data/packages.ts';
import { loadCatalogues, type CatalogueData } from '../data/catalogues.ts';
import { messagesPage } from '../render/messages.ts';

/** A principle of §2.3 as `@edustandaard/oso-swv` exports it (`PRINCIPES`). */
export interface Principe {
  nummer: number;
  principe: string;
  uitleg?: string;
  rationale?: string;
  source?: { document: string; version?: string; section?: string; url?: string };
}

export interface Sections {
  oso: OsoData | null;
  swv: SwvData | null;
  overstap: OverstapData | null;
  codelists: CodelistVersion[] | null;
  identifiers: IdentifiersData | null;
  rio: RioData | null;
  oke: OkeData | null;
  central: CentralData | null;
  manifests: { pkg: string; manifest: Manifest; siteSide?: boolean }[];
  /** §2.3's principles (`PRINCIPES` of oso-swv), empty when not exported. */
  principes: Principe[];
  /** Every profile id (as {@link profileKey}) some installed package exports. */
  profiles: Set<string>;
  downloads: Download[];
  changelogs: Changelog[];
  /** Every package's message catalogue (#10 item 4). */
  catalogues: CatalogueData[];
}

/** Profile ids exported by any installed package (oso-swv, oso-overstap). */
async function loadProfileKeys(): Promise<Set<string>> {
  const out = new Set<string>();
  for (const name of installedPackages()) {
    const mod = await importPackage(name);
    if (mod) for (const p of collectProfiles(mod)) out.add(profileKey(p.id));
  }
  return out;
}

let loaded: Promise<Sections> | undefined;

/** Loads the data of every section, once per process (the sidebar, the catch-all route and the validator page all read it). */
export function loadSections(): Promise<Sections> {
  return (loaded ??= readSections());
}

async function readSections(): Promise<Sections> {
  const [oso, swv, overstap, codelists, identifiers, rio, oke, central, manifests, profiles] =
    await Promise.all([
      loadOso(),
      loadSwv(),
      loadOverstap(),
      loadCodelists(),
      loadIdentifiers(),
      loadRio(),
      loadOke(),
      loadCentral(),
      loadManifests(),
      loadProfileKeys(),
    ]);
  // Edu-V: @edustandaard/identifiers exports no manifest (zero dependencies, so not core's type); the
  // site renders one from its own data (src/agreement/eduv.ts) until a package exports it.
  const withEduv: Sections['manifests'] = manifests.some((m) => /EDU-?V/i.test(m.manifest.id))
    ? manifests
    : [
        ...manifests,
        { pkg: '@edustandaard/identifiers', manifest: EDUV_MANIFEST as Manifest, siteSide: true },
      ];
  const swvMod = await importPackage('@edustandaard/oso-swv');
  return {
    principes: [...(arrayExport<Principe>(swvMod, 'PRINCIPES') ?? [])],
    oso,
    swv,
    overstap,
    codelists,
    identifiers,
    rio,
    oke,
    central,
    manifests: withEduv,
    profiles,
    downloads: loadDownloads(),
    changelogs: loadChangelogs(),
    catalogues: await loadCatalogues(),
  };
}

/** The sections that exist, for the home page overview. */
export function sectionList(s: Sections): { label: string; href: string; what: string }[] {
  const out: { label: string; href: string; what: string }[] = [];
  if (s.oso)
    out.push({
      label: 'OSO gegevensset',
      href: url.oso(),
      what: 'elementenboom per versie, elk element op een eigen pagina, wijzigingen en JSON Schema’s',
    });
  if (s.swv)
    out.push({
      label: 'SWV-profielen',
      href: url.swv(),
      what: 'PO-SWV en VO-SWV naast elkaar, Tabel 1–3, Figuur 4 en elke bedrijfsregel',
    });
  if (s.overstap)
    out.push({
      label: 'Overstapprofielen',
      href: url.overstap(),
      what: 'POPO, POVO, VOVO en BB naast elkaar, categorieën en elke OVa/OVb-regel',
    });
  if (s.codelists)
    out.push({
      label: 'Codelijsten',
      href: url.codelists(),
      what: 'codes, omschrijvingen en waar ze gebruikt worden',
    });
  if (s.identifiers)
    out.push({
      label: 'Identificatie (Edu-V)',
      href: url.identifiers(),
      what: 'identificatoren per niveau met formaat, voorbeeld en primair/secundair',
    });
  if (s.rio)
    out.push({
      label: 'RIO',
      href: url.rio(),
      what: 'het informatiemodel als diagram en de synchronisatieprocedure',
    });
  if (s.oke)
    out.push({
      label: 'OKE',
      href: url.oke(),
      what: 'flows 0–6 met sequentiediagrammen, rollen, operaties en payload-schema’s',
    });
  if (s.central)
    out.push({
      label: 'Centrale modellen',
      href: url.central(),
      what: 'centrale begrippen en waar ze terugkomen in OSO, RIO en OKE',
    });
  return out;
}

/**
 * Generates every page of the site from the loaded sections; fails on an empty page or a duplicate route.
 * @param s - the loaded sections
 */
export function generatePages(s: Sections): readonly GeneratedPage[] {
  const ctx = createContext({ oso: s.oso, swv: s.swv, codelists: s.codelists, central: s.central });
  const links = (m: Manifest): { label: string; href: string }[] => {
    const n = `${m.id} ${m.naam}`.toUpperCase();
    const l: { label: string; href: string }[] = [];
    if (n.includes('SWV') && s.swv) l.push({ label: 'SWV-profielen', href: url.swv() });
    else if (n.startsWith('OSO') && s.oso) l.push({ label: 'OSO gegevensset', href: url.oso() });
    // The overstap manifest itself, and every manifest that names an overstap profile (the OSO one).
    if (
      s.overstap &&
      (n.includes('OVERSTAP') ||
        (m.data.profielen ?? []).some((p) =>
          s.overstap!.ids.some((id) => profileKey(id) === profileKey(p)),
        ))
    )
      l.push({ label: 'Overstapprofielen', href: url.overstap() });
    if (n.includes('RIO') && s.rio) l.push({ label: 'RIO', href: url.rio() });
    if (n.includes('OKE') && s.oke) l.push({ label: 'OKE', href: url.oke() });
    if ((n.includes('EDU-V') || n.includes('IDENT')) && s.identifiers)
      l.push({ label: 'Identificatie', href: url.identifiers() });
    return l;
  };
  const pages: GeneratedPage[] = [
    homePage(
      s.manifests,
      installedPackages().map((n) => packageInfo(n)),
      sectionList(s),
    ),
    ...manifestPages(s.manifests, links, s.profiles),
  ];
  if (s.oso) pages.push(...osoPages(s.oso, ctx));
  if (s.swv) {
    pages.push(...swvPages(s.swv, ctx));
    const changes = swvChangesPage(s.swv, ctx);
    if (changes) pages.push(changes);
  }
  if (s.overstap) pages.push(...overstapPages(s.overstap, ctx, s.downloads));
  if (s.codelists) pages.push(...codelistPages(s.codelists, ctx));
  if (s.identifiers) pages.push(...identifierPages(s.identifiers));
  if (s.rio) pages.push(...rioPages(s.rio, ctx));
  if (s.oke) pages.push(...okePages(s.oke));
  if (s.downloads.length) pages.push(...downloadsPages(s.downloads, s.manifests));
  const meldingen = messagesPage(s.catalogues, url.messages());
  if (meldingen) pages.push(meldingen);
  const fill = (name: string): string | null => {
    if (name === 'PRINCIPES')
      return s.principes.length
        ? s.principes
            .map(
              (p) =>
                `<h3 id="principe-${p.nummer}">Principe ${p.nummer}. ${esc(p.principe)}</h3><dl class="es-dl">${p.uitleg ? `<dt>Uitleg</dt><dd>${esc(p.uitleg)}</dd>` : ''}${p.rationale ? `<dt>Rationale</dt><dd>${esc(p.rationale)}</dd>` : ''}</dl>${p.source ? sourceLine({ ...p.source, section: p.source.section ?? '' }) : ''}`,
            )
            .join('')
        : null;
    if (name === 'AMIGO_STEPS')
      return `<ol>${AMIGO_STEPS.map((x) => `<li><strong>${esc(x.title)}</strong>: ${esc(x.what)}</li>`).join('')}</ol>`;
    return null;
  };
  if (s.swv) pages.push(...agreementPages(SWV_SECTIONS, url.swvAgreement, fill));
  if (s.identifiers) pages.push(...agreementPages(EDUV_SECTIONS, url.eduv, fill));
  pages.push(amigoPage(s.manifests), ...agreementPages(AMIGO_SECTIONS, url.amigo, fill));
  pages.push(...changelogPages(s.changelogs, (n) => packageInfo(n as never)));
  if (s.central)
    pages.push(
      ...centralPages(
        s.central,
        ctx,
        new Set(s.rio?.model?.entities.map((e) => e.naam) ?? []),
        new Set(s.oke?.schemas.map((x) => x.name) ?? []),
      ),
    );
  // Pages of an older version rank below the current one in search (versions are listed newest first).
  for (const p of pages)
    if (p.versions && p.versions.length > 1 && !p.versions[0]!.current) p.searchWeight ??= 0.4;
  return assertPages(pages);
}
