/**
 * The sidebar: one group per section whose package exports its data. A section whose data is not
 * there is left out entirely (no empty pages, no dead links).
 */
import { route as url } from './urls.ts';
import { loadSections } from './sections.ts';
import { SWV_SECTIONS } from '../agreement/swv.ts';
import { EDUV_SECTIONS } from '../agreement/eduv.ts';
import { AMIGO_SECTIONS } from '../agreement/amigo.ts';

type SidebarItem =
  { label: string; link: string } | { label: string; items: SidebarItem[]; collapsed?: boolean };

/** Builds the Starlight sidebar config from the available data. */
export async function buildSidebar(): Promise<SidebarItem[]> {
  const s = await loadSections();
  const items: SidebarItem[] = [
    { label: 'Start', link: url.home() },
    { label: 'Validator (in de browser)', link: url.validator() },
  ];
  if (s.manifests.length) {
    // One entry per afsprakenset (its current version; the page switches between versions).
    const seen = new Set<string>();
    items.push({
      label: 'Afsprakensets',
      items: s.manifests.flatMap(({ manifest: m }) => {
        if (seen.has(m.id)) return [];
        seen.add(m.id);
        return [{ label: m.naam, link: url.manifest(m.id, m.version) }];
      }),
    });
  }
  if (s.oso) {
    items.push({
      label: 'OSO gegevensset',
      items: [
        { label: 'Overzicht en downloads', link: url.oso() },
        ...s.oso.versions.flatMap((v) => [
          { label: `Elementen ${v.version}`, link: url.osoVersion(v.version) },
          ...(v.rules.length
            ? [{ label: `Regels ${v.version}`, link: url.osoRules(v.version) }]
            : []),
          ...(v.categories.length
            ? [{ label: `Categorieën ${v.version}`, link: url.osoCategories(v.version) }]
            : []),
        ]),
        ...(s.oso.changes.length
          ? [{ label: 'Wijzigingen 2019.1 → 2024.1', link: url.osoChanges() }]
          : []),
      ],
    });
  }
  if (s.swv) {
    items.push({
      label: 'SWV-profielen',
      items: [
        { label: 'Overzicht', link: url.swv() },
        {
          label: 'De afspraak (§2)',
          items: SWV_SECTIONS.map((x) => ({
            label: `${x.source.section} ${x.title}`,
            link: url.swvAgreement(x.id),
          })),
        },
        ...s.swv.versions.map((v) => ({
          label: `PO-SWV en VO-SWV ${v.version}`,
          link: url.swvVersion(v.version),
        })),
        ...(s.swv.versions.length > 1
          ? [
              {
                label: `Wijzigingen ${s.swv.versions[s.swv.versions.length - 1]!.version} → ${s.swv.versions[0]!.version}`,
                link: url.swvChanges(),
              },
            ]
          : []),
      ],
    });
  }
  if (s.overstap)
    items.push({
      label: 'Overstapprofielen',
      items: [
        { label: 'Overzicht', link: url.overstap() },
        ...s.overstap.versions.map((v) => ({
          label: `POPO, POVO, VOVO en BB ${v.version}`,
          link: url.overstapVersion(v.version),
        })),
      ],
    });
  if (s.codelists) items.push({ label: 'Codelijsten', link: url.codelists() });
  if (s.catalogues.length) items.push({ label: 'Meldingen', link: url.messages() });
  if (s.identifiers)
    items.push({
      label: 'Identificatie (Edu-V)',
      items: [
        { label: 'Identificatoren per niveau', link: url.identifiers() },
        ...EDUV_SECTIONS.map((x) => ({ label: x.title, link: url.eduv(x.id) })),
      ],
    });
  if (s.rio) {
    items.push({
      label: 'RIO',
      items: [
        { label: 'Overzicht', link: url.rio() },
        ...(s.rio.model ? [{ label: 'Informatiemodel', link: url.rioModel() }] : []),
        ...(s.rio.actions.length ? [{ label: 'Webservice-acties', link: url.rioActions() }] : []),
        ...(s.rio.sync ? [{ label: 'Synchronisatie', link: url.rioSync() }] : []),
      ],
    });
  }
  if (s.oke) {
    items.push({
      label: 'OKE',
      items: [
        { label: 'Overzicht', link: url.oke() },
        ...s.oke.flows.map((f) => ({
          label: `Flow ${f.nummer}: ${f.naam}`,
          link: url.okeFlow(f.nummer),
        })),
        ...(s.oke.schemas.length ? [{ label: 'Payload-schema’s', link: url.okeSchemas() }] : []),
      ],
    });
  }
  items.push({
    label: 'AMIGO',
    items: [
      { label: 'Methode en lagen per afsprakenset', link: url.amigo() },
      ...AMIGO_SECTIONS.map((x) => ({
        label: `${x.source.section} ${x.title}`,
        link: url.amigo(x.id),
      })),
      ...(s.central ? [{ label: 'Centrale modellen', link: url.central() }] : []),
    ],
  });
  if (s.downloads.length) items.push({ label: 'Downloads', link: url.downloads() });
  items.push({
    label: 'Wijzigingen per package',
    collapsed: true,
    items: s.changelogs.map((c) => ({ label: c.pkg, link: url.changelog(c.pkg) })),
  });
  items.push({ label: 'Over deze site', link: '/over/' });
  return items;
}
