/**
 * The validator page (issue #16 part 1): OSO dossier XML files and OKE JSON messages are checked
 * ENTIRELY IN THE BROWSER with the same package functions the CLI calls (`edustandaard swv validate`
 * → oso-swv `validate`; `edustandaard ov validate` → oso-overstap `validate` for a dossier no SWV
 * profile fits; `edustandaard oke check` → oke `checkJson`), so codes, paths, severities and
 * Dutch messages are the CLI's. Nothing is sent anywhere: the files are read with FileReader APIs,
 * results and downloads are made in memory (Blob URLs). Everything this script needs is in its bundle.
 */
import { validate, render, select, migrate, parseProfileId } from '@edustandaard/oso-swv';
import * as overstap from '@edustandaard/oso-overstap';
import { write } from '@edustandaard/oso';
import { checkJson } from '@edustandaard/oke';

interface PageData {
  base: string;
  /** Per version: rule code → URL of its page. */
  rules: Record<string, Record<string, string>>;
  /** Per version: the element paths that have a page. */
  elements: Record<string, string[]>;
  /** OKE interaction ids (`2.zitting-aanmaken`) with their names. */
  interactions: { id: string; naam: string }[];
}

interface Finding {
  code: string;
  severity: string;
  path: string;
  message: string;
}
interface Report {
  file: string;
  afsprakenset?: string;
  version?: string;
  profile?: string;
  issues: Finding[];
  valid: boolean;
}

const data = JSON.parse(document.getElementById('es-validator-data')!.textContent!) as PageData;
const elementSets = Object.fromEntries(
  Object.entries(data.elements).map(([v, list]) => [v, new Set(list)]),
);
const $ = <T extends Element>(sel: string, root: ParentNode = document): T =>
  root.querySelector(sel) as T;
const h = (
  tag: string,
  attrs: Record<string, string> = {},
  ...kids: (Node | string)[]
): HTMLElement => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...kids);
  return el;
};

/** A table with a header row and one row per item. */
const table = (cls: string, head: string[], rows: (Node | string)[][]): HTMLElement =>
  h(
    'table',
    { class: cls },
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', {}, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
  );

/** Link to the rule's page when the site has one. */
function codeCell(code: string, version: string | undefined): Node {
  const href = version ? data.rules[version]?.[code] : undefined;
  return href ? h('a', { href }, h('code', {}, code)) : h('code', {}, code);
}

/** Link to the element page of a finding's path (indexes `[2]` dropped) when the site has one. */
function pathCell(path: string, version: string | undefined): Node {
  const plain = path.replace(/\[\d+\]/g, '').replace(/\/@[^/]+$/, '');
  if (version && elementSets[version]?.has(plain))
    return h('a', { href: `${data.base}oso/${version}/element${plain}/` }, h('code', {}, path));
  return h('code', {}, path);
}

function reportTable(r: Report): HTMLElement {
  const counts = ['fout', 'waarschuwing', 'aanbeveling'].map(
    (s) => `${r.issues.filter((i) => i.severity === s).length} ${s}`,
  );
  const head = h(
    'p',
    { class: 'es-report-head' },
    h('strong', {}, r.valid ? 'geldig' : 'ongeldig'),
    ` (${[r.afsprakenset, r.version, r.profile].filter(Boolean).join(' ')}) — ${counts.join(', ')}`,
  );
  if (!r.issues.length) return h('div', {}, head);
  const rows = r.issues.map((i) =>
    h(
      'tr',
      { 'data-code': i.code, 'data-path': i.path, 'data-severity': i.severity },
      h('td', {}, h('span', { class: `es-badge es-${i.severity}` }, i.severity)),
      h('td', {}, codeCell(i.code, r.version)),
      h('td', {}, pathCell(i.path, r.version)),
      h('td', {}, i.message),
    ),
  );
  return h(
    'div',
    {},
    head,
    h(
      'table',
      { class: 'es-report' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, 'Ernst'),
          h('th', {}, 'Code'),
          h('th', {}, 'Pad'),
          h('th', {}, 'Melding'),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

function download(name: string, text: string, type: string): HTMLElement {
  const url = URL.createObjectURL(new Blob([text], { type }));
  return h('a', { href: url, download: name, class: 'es-download' }, `${name} downloaden`);
}

const stem = (name: string): string => name.replace(/\.[^.]+$/, '');

function errorBlock(e: unknown): HTMLElement {
  const err = e as { code?: string; message?: string };
  return h(
    'p',
    { class: 'es-error', 'data-code': err.code ?? 'E_UNKNOWN' },
    h('strong', {}, err.code ?? 'Fout'),
    `: ${err.message ?? String(e)}`,
  );
}

/** The package functions for one kind of dossier (SWV profiles or overstapprofielen). */
interface Profiles {
  validate: (b: Uint8Array, o: { file: string; version: 'auto' }) => unknown;
  /** The profile id of a report (text) as the package's `select()` takes it (issue #13). */
  parseProfileId: typeof parseProfileId;
  select: typeof select;
  render: (b: Uint8Array) => string;
}
const SWV: Profiles = { validate, parseProfileId, select, render };
const OVERSTAP: Profiles = {
  validate: overstap.validate,
  parseProfileId: overstap.parseProfileId as unknown as typeof parseProfileId,
  select: overstap.select as unknown as typeof select,
  render: overstap.render,
};

/**
 * Validates with the SWV profiles; a dossier none of them fits (`E_PROFILE_UNKNOWN`: `metadata/overstap`
 * is POPO/POVO/VOVO, or `overdrachtsoort` is "overdrachtbinnenbrin") goes to the overstapprofielen, as
 * `edustandaard ov validate` would. When neither fits, the SWV error stands.
 */
function validateAny(file: string, bytes: Uint8Array): { report: Report; with: Profiles } {
  try {
    return { report: SWV.validate(bytes, { file, version: 'auto' }) as Report, with: SWV };
  } catch (e) {
    if ((e as { code?: string }).code !== 'E_PROFILE_UNKNOWN') throw e;
    try {
      const report = OVERSTAP.validate(bytes, { file, version: 'auto' }) as Report;
      return { report, with: OVERSTAP };
    } catch (e2) {
      throw (e2 as { code?: string }).code === 'E_PROFILE_UNKNOWN' ? e : e2;
    }
  }
}

/** One OSO dossier: report, dossier view, selective export, migration. */
function dossierResult(file: string, bytes: Uint8Array): HTMLElement {
  const box = h('section', { class: 'es-result', 'data-file': file }, h('h2', {}, file));
  let report: Report;
  let pkg: Profiles;
  try {
    ({ report, with: pkg } = validateAny(file, bytes));
  } catch (e) {
    box.append(errorBlock(e));
    return box;
  }
  box.dataset.report = JSON.stringify(report);
  box.append(h('h3', {}, 'Rapport'), reportTable(report));

  try {
    const view = pkg.render(bytes);
    const frame = h('iframe', {
      class: 'es-dossierview',
      title: `Dossierweergave van ${file}`,
      sandbox: '',
      referrerpolicy: 'no-referrer',
    }) as HTMLIFrameElement;
    frame.srcdoc = view;
    box.append(
      h('h3', {}, 'Dossierweergave'),
      frame,
      download(`${stem(file)}-weergave.html`, view, 'text/html'),
    );
  } catch (e) {
    box.append(h('h3', {}, 'Dossierweergave'), errorBlock(e));
  }

  if (report.profile) {
    try {
      const r = pkg.select(bytes, pkg.parseProfileId(report.profile), { optOut: [] });
      const xml = write(r.dossier as never, { version: r.version });
      const changes = r.changes as { action: string; code: string; path: string; reason: string }[];
      box.append(
        h('h3', {}, `Selectief uitleveren (${r.profile})`),
        h(
          'p',
          {},
          `${changes.length} wijziging(en); het resultaat is ${r.report.valid ? 'geldig' : 'nog ongeldig (zie het rapport van de export)'}.`,
        ),
        changes.length
          ? table(
              'es-changes',
              ['Actie', 'Code', 'Pad', 'Reden'],
              changes.map((c) => [
                c.action,
                codeCell(c.code, r.version),
                pathCell(c.path, r.version),
                c.reason,
              ]),
            )
          : '',
        h(
          'p',
          {},
          download(`${stem(file)}-${r.profile.toLowerCase()}.xml`, xml, 'application/xml'),
          ' · ',
          download(
            `${stem(file)}-wijzigingen.json`,
            JSON.stringify(
              { profile: r.profile, version: r.version, changes, report: r.report },
              null,
              2,
            ),
            'application/json',
          ),
        ),
      );
    } catch (e) {
      box.append(h('h3', {}, 'Selectief uitleveren'), errorBlock(e));
    }
  }

  if (report.version === '2019.1') {
    try {
      const m = migrate(bytes, '2024.1');
      const xml = write(m.dossier as never, { version: '2024.1' });
      const entries = m.report as {
        action?: string;
        from?: string;
        to?: string;
        reason?: string;
      }[];
      box.append(
        h('h3', {}, 'Migratie 2019.1 → 2024.1'),
        h('p', {}, `${entries.length} stap(pen).`),
        entries.length
          ? table(
              'es-migration',
              ['Actie', 'Van', 'Naar', 'Reden'],
              entries.map((e) => [
                e.action ?? '',
                e.from ? pathCell(e.from, '2019.1') : '',
                e.to ? pathCell(e.to, '2024.1') : '',
                e.reason ?? '',
              ]),
            )
          : '',
        h(
          'p',
          {},
          download(`${stem(file)}-2024.1.xml`, xml, 'application/xml'),
          ' · ',
          download(
            `${stem(file)}-migratie.json`,
            JSON.stringify(entries, null, 2),
            'application/json',
          ),
        ),
      );
    } catch (e) {
      box.append(h('h3', {}, 'Migratie 2019.1 → 2024.1'), errorBlock(e));
    }
  }
  return box;
}

/** One OKE JSON message, checked against the chosen interaction and direction. */
function okeResult(file: string, bytes: Uint8Array): HTMLElement {
  const box = h('section', { class: 'es-result', 'data-file': file }, h('h2', {}, file));
  const interaction = ($('#es-oke-interaction') as HTMLSelectElement).value;
  const direction = ($('#es-oke-direction') as HTMLSelectElement).value as 'request' | 'response';
  try {
    const report = checkJson(interaction, direction, bytes, { file }) as unknown as Report;
    box.dataset.report = JSON.stringify(report);
    box.append(
      h(
        'p',
        {},
        `OKE-interactie ${interaction} (${direction === 'request' ? 'verzoek' : 'antwoord'})`,
      ),
      reportTable(report),
    );
  } catch (e) {
    box.append(errorBlock(e));
  }
  return box;
}

async function handle(files: FileList | File[]): Promise<void> {
  const out = $<HTMLElement>('#es-results');
  out.replaceChildren();
  for (const f of Array.from(files)) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    let first = 0;
    while (
      first < bytes.length &&
      [0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf].includes(bytes[first]!)
    )
      first++;
    const json = /\.json$/i.test(f.name) || bytes[first] === 0x7b || bytes[first] === 0x5b;
    out.append(json ? okeResult(f.name, bytes) : dossierResult(f.name, bytes));
  }
  out.dataset.done = String(Date.now());
}

const input = $('#es-files') as HTMLInputElement;
input.addEventListener('change', () => void handle(input.files ?? []));
const zone = $<HTMLElement>('#es-drop');
zone.addEventListener('dragover', (e) => {
  e.preventDefault();
  zone.classList.add('es-over');
});
zone.addEventListener('dragleave', () => zone.classList.remove('es-over'));
zone.addEventListener('drop', (e) => {
  e.preventDefault();
  zone.classList.remove('es-over');
  if ((e as DragEvent).dataTransfer?.files.length)
    void handle((e as DragEvent).dataTransfer!.files);
});
const select_ = $('#es-oke-interaction') as HTMLSelectElement;
for (const i of data.interactions)
  select_.append(h('option', { value: i.id }, `${i.id} — ${i.naam}`));
document.documentElement.dataset.validatorReady = 'true';
