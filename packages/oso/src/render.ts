/**
 * The dossier view of any OSO dossier — overstap (POPO, POVO, VOVO, BB) and SWV alike (`OSO SWV-profielen`
 * §2.7 Conformiteit, the only document that words the duty: an importing application shows all received
 * data, including the list of attachments with their metadata, as a readable dossier view, with codes
 * translated per the code lists). `render()` returns one self-contained, accessible HTML page (no
 * external assets, `lang="nl"`, semantic headings and tables, print CSS) in which every element of
 * the input appears, grouped by category of selectief uitleveren. All text is escaped.
 */
import { EdustandaardError } from '@edustandaard/core';
import type { Categorie } from './categorie-type.js';
import { categorieen } from './categorieen.js';
import { CODE_LABELS } from './code-labels.js';
import { codelijsten } from './codelijsten.js';
import { read } from './read.js';
import { OSO_VERSIONS, type OsoVersion } from './versions.js';
import type { DecodedDossier } from './model.js';

/** What {@link render} accepts: XML text or bytes, or a decoded dossier (root content or `{ dossier }`). */
export type RenderInput = string | Uint8Array | DecodedDossier | { dossier: DecodedDossier };

/** Options of {@link render}. */
export interface RenderOptions {
  /** Version of a decoded input (default: from the namespace or `metadata/standaardversie`). */
  version?: string;
  /** Page title (default "Dossierweergave"). */
  title?: string;
  /** Input name for errors (the CLI passes the file name, `-` for standard input). */
  file?: string;
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Escapes text for HTML element content and attribute values.
 * @param s - any text
 */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const MIME: Readonly<Record<string, string>> = {
  pdf: 'PDF-document',
  doc: 'Word-document',
  docx: 'Word-document',
  xls: 'Excel-werkblad',
  xlsx: 'Excel-werkblad',
  odt: 'OpenDocument-tekst',
  rtf: 'RTF-document',
  txt: 'Tekstbestand',
  jpg: 'JPEG-afbeelding',
  jpeg: 'JPEG-afbeelding',
  png: 'PNG-afbeelding',
  gif: 'GIF-afbeelding',
  tif: 'TIFF-afbeelding',
  tiff: 'TIFF-afbeelding',
  html: 'HTML-document',
  xml: 'XML-document',
};

/** File type from the file name extension (`rapport.pdf` → PDF-document). */
function fileType(name: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  if (!ext) return 'onbekend';
  return MIME[ext] ?? `.${ext}-bestand`;
}

/**
 * Decoded size of base64 content in bytes.
 * @param b64 - base64 text (whitespace ignored)
 */
export function base64Size(b64: string): number {
  const s = b64.replace(/[\s]/g, '');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((s.length * 3) / 4) - pad);
}

function formatSize(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace('.', ',')} kB (${n} bytes)`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB (${n} bytes)`;
}

function stripIdx(p: string): string {
  return p.replace(/\[\d+\]/g, '');
}

interface Bijlage {
  nr: number;
  path: string;
  bestandsnaam: string;
  omschrijving: string | undefined;
  inhoud: string;
}

interface Block {
  id: string;
  path: string;
  name: string;
  node: unknown;
}

/**
 * Renders a dossier as one self-contained HTML page.
 * @param input - XML or decoded dossier (2019.1 or 2024.1)
 * @param options - `version` for decoded input, `title`
 * @returns the HTML document (UTF-8 text)
 */
export function render(input: RenderInput, options: RenderOptions = {}): string {
  const { version, dossier } = readRenderInput(input, options.version, options.file);
  return new Renderer(version).page(dossier, options.title ?? 'Dossierweergave');
}

function isVersion(v: unknown): v is OsoVersion {
  return typeof v === 'string' && (OSO_VERSIONS as readonly string[]).includes(v);
}

/** XML through the secure reader (version from the namespace); a decoded dossier as it is. */
function readRenderInput(
  input: RenderInput,
  option: string | undefined,
  file = '-',
): { version: OsoVersion; dossier: DecodedDossier } {
  const forced = option === undefined || option === 'auto' ? undefined : option;
  if (forced !== undefined && !isVersion(forced))
    throw new EdustandaardError(
      'E_VERSION_UNKNOWN',
      `Onbekende versie '${forced}'; bekend: auto, ${OSO_VERSIONS.join(', ')}`,
    );
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const r = read(input, { version: forced ?? 'auto', file });
    return { version: r.version, dossier: r.dossier as unknown as DecodedDossier };
  }
  if (!isObject(input))
    throw new EdustandaardError('E_USAGE', 'Invoer is geen XML en geen gedecodeerd dossier', {
      file,
    });
  const dossier =
    isObject(input.dossier) && !('metadata' in input)
      ? (input.dossier as DecodedDossier)
      : (input as DecodedDossier);
  const meta = dossier.metadata;
  const sv = isObject(meta) ? meta.standaardversie : undefined;
  const version = forced ?? (isVersion(sv) ? sv : undefined);
  if (version === undefined)
    throw new EdustandaardError(
      'E_VERSION_UNKNOWN',
      'Versie van het dossier onbekend: metadata/standaardversie is geen 2019.1 of 2024.1; geef de versie op',
      { file, path: '/dossier/metadata/standaardversie' },
    );
  return { version, dossier };
}

class Renderer {
  private readonly cats: readonly Categorie[];
  private readonly labels = new Map<
    string,
    { lijst: string; codes: Map<string, string | undefined> }
  >();
  private readonly sections = new Map<string, Block[]>();
  private readonly bijlagen: Bijlage[] = [];
  private readonly bijlageByNode = new Map<unknown, Bijlage>();
  private blockSeq = 0;

  constructor(private readonly version: OsoVersion) {
    this.cats = categorieen(version);
    for (const l of codelijsten(version)) {
      if (l.nummer === null) continue; // profile value checks, not code lists
      for (const p of l.paths) {
        const extra = CODE_LABELS.find((x) => x.nummer === l.nummer)?.labels ?? {};
        this.labels.set(p, {
          lijst: `${l.nummer}. ${l.naam}`,
          codes: new Map(l.codes.map((c) => [c.code, c.label ?? extra[c.code]])),
        });
      }
    }
  }

  /** The category id whose path is the longest prefix of `path` (index-free), or `overig`. */
  private categoryOf(path: string): string {
    const p = stripIdx(path);
    let best: { id: string; len: number } | undefined;
    for (const c of this.cats) {
      for (const cp of c.paths) {
        if ((p === cp || p.startsWith(`${cp}/`)) && (!best || cp.length > best.len))
          best = { id: c.id, len: cp.length };
      }
    }
    return best?.id ?? 'overig';
  }

  private addBlock(cat: string, path: string, name: string, node: unknown): Block {
    const b: Block = { id: `blok-${++this.blockSeq}`, path, name, node };
    const list = this.sections.get(cat) ?? [];
    list.push(b);
    this.sections.set(cat, list);
    return b;
  }

  private collectBijlagen(node: unknown, path: string): void {
    if (Array.isArray(node)) {
      node.forEach((n, i) => this.collectBijlagen(n, `${path}[${i + 1}]`));
      return;
    }
    if (!isObject(node)) return;
    if (path.endsWith('/document') || /\/document\[\d+\]$/.test(path)) {
      if (typeof node.bestandsinhoud === 'string' || typeof node.bestandsnaam === 'string') {
        const b: Bijlage = {
          nr: this.bijlagen.length + 1,
          path,
          bestandsnaam: String(node.bestandsnaam ?? ''),
          omschrijving: typeof node.omschrijving === 'string' ? node.omschrijving : undefined,
          inhoud: typeof node.bestandsinhoud === 'string' ? node.bestandsinhoud : '',
        };
        this.bijlagen.push(b);
        this.bijlageByNode.set(node, b);
      }
    }
    for (const [k, v] of Object.entries(node))
      if (!k.startsWith('$') && !k.startsWith('@')) this.collectBijlagen(v, `${path}/${k}`);
  }

  page(dossier: DecodedDossier, title: string): string {
    this.collectBijlagen(dossier, '/dossier');
    // Top-level blocks: each child of the root, split further where the category changes.
    for (const [k, v] of Object.entries(dossier)) {
      if (k === '$unknown') continue;
      this.addBlock(this.categoryOf(`/dossier/${k}`), `/dossier/${k}`, k, v);
    }
    const bodies = new Map<string, string[]>();
    // Rendering a block may add blocks (sub-trees of another category); loop until all are rendered.
    const rendered = new Set<Block>();
    let progress = true;
    while (progress) {
      progress = false;
      for (const [cat, blocks] of this.sections) {
        for (const b of [...blocks]) {
          if (rendered.has(b)) continue;
          rendered.add(b);
          progress = true;
          const html = this.renderBlock(b, cat);
          bodies.set(cat, [...(bodies.get(cat) ?? []), html]);
        }
      }
    }
    const order = [...this.cats.map((c) => c.id), 'overig'];
    const names = new Map<string, string>([
      ...this.cats.map((c) => [c.id, c.naam] as const),
      ['overig', 'Overige gegevens'],
    ]);
    const sections: string[] = [];
    const toc: string[] = [];
    for (const id of order) {
      const body = bodies.get(id);
      if (!body) continue;
      const name = names.get(id) ?? id;
      toc.push(`<li><a href="#cat-${escapeHtml(id)}">${escapeHtml(name)}</a></li>`);
      sections.push(
        `<section class="categorie" id="cat-${escapeHtml(id)}" aria-labelledby="h-cat-${escapeHtml(id)}">` +
          `<h2 id="h-cat-${escapeHtml(id)}">${escapeHtml(name)}</h2>${body.join('\n')}</section>`,
      );
    }
    toc.push('<li><a href="#bijlagen">Bijlagen</a></li>');
    const unknown = Array.isArray(dossier.$unknown)
      ? this.unknownList(dossier.$unknown, '/dossier')
      : '';
    const meta = isObject(dossier.metadata) ? dossier.metadata : {};
    const summary = [
      ['Versie', this.version],
      ['Soort overstap/dossier', meta.overstap],
      ['Pakket', [meta.pakketnaam, meta.pakketversie].filter((x) => x !== undefined).join(' ')],
      ['Datum', meta.datum],
    ]
      .filter(([, v]) => v !== undefined && v !== '')
      .map(
        ([k, v]) => `<div><dt>${escapeHtml(String(k))}</dt><dd>${escapeHtml(String(v))}</dd></div>`,
      )
      .join('');
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><dl class="samenvatting">${summary}</dl></header>
<nav aria-label="Inhoud"><h2 class="visually-hidden">Inhoud</h2><ol>${toc.join('')}</ol></nav>
<main>
${sections.join('\n')}
${this.bijlagenSection()}
${unknown ? `<section aria-labelledby="h-onbekend"><h2 id="h-onbekend">Onbekende elementen</h2>${unknown}</section>` : ''}
</main>
</body>
</html>
`;
  }

  private renderBlock(b: Block, cat: string): string {
    const crumbs = stripIdx(b.path).split('/').filter(Boolean).slice(1, -1).join(' › ');
    return (
      `<section class="blok" id="${b.id}" aria-labelledby="h-${b.id}">` +
      `<h3 id="h-${b.id}">${escapeHtml(b.name)}${crumbs ? ` <span class="pad">(${escapeHtml(crumbs)})</span>` : ''}</h3>` +
      this.renderNode(b.node, b.path, b.name, cat, 4, b.id) +
      `</section>`
    );
  }

  /** Renders the content of an element (its children), under heading level `level`. */
  private renderNode(
    node: unknown,
    path: string,
    name: string,
    cat: string,
    level: number,
    anchor: string,
  ): string {
    if (Array.isArray(node)) {
      return node
        .map((item, i) => {
          const id = `${anchor}-${i + 1}`;
          const label = `${name} ${i + 1}`;
          const inner = this.renderItem(item, `${path}[${i + 1}]`, label, cat, level + 1, id);
          if (!isObject(item) || '$value' in item) return inner;
          const h = Math.min(level, 6);
          return (
            `<section class="node" aria-labelledby="h-${id}"><h${h} id="h-${id}">${escapeHtml(label)}</h${h}>` +
            `${inner}</section>`
          );
        })
        .join('');
    }
    return this.renderItem(node, path, name, cat, level, anchor);
  }

  private renderItem(
    node: unknown,
    path: string,
    label: string,
    cat: string,
    level: number,
    anchor: string,
  ): string {
    if (!isObject(node) || '$value' in node)
      return `<table class="velden"><tbody>${this.leafRow(label, node, path)}</tbody></table>`;
    const rows: string[] = [];
    const subs: string[] = [];
    const bijlage = this.bijlageByNode.get(node);
    for (const [k, v] of Object.entries(node)) {
      if (k === '$unknown') {
        subs.push(this.unknownList(v, path));
        continue;
      }
      if (k.startsWith('@') || k.startsWith('$')) continue;
      const childPath = `${path}/${k}`;
      const childCat = this.categoryOf(childPath);
      if (childCat !== cat) {
        const blk = this.addBlock(childCat, childPath, k, v);
        rows.push(
          `<tr><th scope="row">${escapeHtml(k)}</th><td><a href="#${blk.id}">zie ${escapeHtml(this.catName(childCat))}</a></td></tr>`,
        );
        continue;
      }
      const items = Array.isArray(v) ? v : [v];
      items.forEach((item, i) => {
        const p = Array.isArray(v) ? `${childPath}[${i + 1}]` : childPath;
        if (isObject(item) && !('$value' in item)) {
          const h = Math.min(level, 6);
          const title = Array.isArray(v) && v.length > 1 ? `${k} ${i + 1}` : k;
          const id = `${anchor}-${k}-${i + 1}`;
          subs.push(
            `<section class="node" aria-labelledby="h-${id}"><h${h} id="h-${id}">${escapeHtml(title)}</h${h}>` +
              this.renderItem(item, p, title, cat, level + 1, id) +
              `</section>`,
          );
        } else if (k === 'bestandsinhoud' && bijlage && typeof item === 'string') {
          rows.push(
            `<tr><th scope="row">${escapeHtml(k)}</th><td><a href="#bijlage-${bijlage.nr}">bijlage ${bijlage.nr}</a> ` +
              `(${escapeHtml(formatSize(base64Size(item)))}, base64)</td></tr>`,
          );
        } else {
          rows.push(this.leafRow(k, item, p));
        }
      });
    }
    const table = rows.length
      ? `<table class="velden"><tbody>${rows.join('')}</tbody></table>`
      : '';
    return table + subs.join('');
  }

  private catName(id: string): string {
    return this.cats.find((c) => c.id === id)?.naam ?? 'Overige gegevens';
  }

  private leafRow(label: string, value: unknown, path: string): string {
    return `<tr><th scope="row">${escapeHtml(label)}</th><td>${this.formatValue(value, path)}</td></tr>`;
  }

  private formatValue(value: unknown, path: string): string {
    if (isObject(value)) {
      const main = value.$value;
      const attrs = Object.entries(value)
        .filter(([k]) => !k.startsWith('$'))
        .map(([k, v]) => `${escapeHtml(k.replace(/^@/, ''))}: ${escapeHtml(String(v))}`);
      return `${this.formatValue(main, path)}${attrs.length ? ` <span class="attr">(${attrs.join('; ')})</span>` : ''}`;
    }
    if (value === undefined || value === null) return '<span class="leeg">(leeg)</span>';
    if (typeof value === 'boolean') return `<data value="${value}">${value ? 'ja' : 'nee'}</data>`;
    const s = String(value);
    const lijst = this.labels.get(stripIdx(path));
    if (lijst) {
      const label = lijst.codes.get(s);
      const known = lijst.codes.has(s);
      return (
        `<span class="code" title="${escapeHtml(`Codelijst ${lijst.lijst}`)}">${escapeHtml(s)}</span>` +
        (label
          ? ` — ${escapeHtml(label)}`
          : known
            ? ''
            : ' <span class="onbekend">(code niet in de codelijst)</span>')
      );
    }
    return escapeHtml(s);
  }

  private unknownList(v: unknown, path: string): string {
    const items = Array.isArray(v) ? v : [v];
    return (
      `<table class="velden"><caption>Onbekende elementen (buiten het schema) onder ${escapeHtml(stripIdx(path))}</caption><tbody>` +
      items
        .map(
          (u, i) =>
            `<tr><th scope="row">${i + 1}</th><td><pre>${escapeHtml(JSON.stringify(u, null, 2))}</pre></td></tr>`,
        )
        .join('') +
      '</tbody></table>'
    );
  }

  private bijlagenSection(): string {
    const rows = this.bijlagen
      .map(
        (b) =>
          `<tr id="bijlage-${b.nr}"><td>${b.nr}</td><td>${escapeHtml(b.bestandsnaam)}</td><td>${b.omschrijving !== undefined ? escapeHtml(b.omschrijving) : ''}</td>` +
          `<td>${escapeHtml(fileType(b.bestandsnaam))}</td><td>${escapeHtml(formatSize(base64Size(b.inhoud)))}</td>` +
          `<td><code>${escapeHtml(stripIdx(b.path).replace('/dossier/', ''))}</code></td>` +
          `<td class="noprint"><a download="${escapeHtml(b.bestandsnaam || `bijlage-${b.nr}`)}" href="data:application/octet-stream;base64,${escapeHtml(b.inhoud.replace(/\s/g, ''))}">opslaan</a></td></tr>`,
      )
      .join('');
    return (
      '<section id="bijlagen" aria-labelledby="h-bijlagen"><h2 id="h-bijlagen">Bijlagen</h2>' +
      (this.bijlagen.length === 0
        ? '<p>Dit dossier bevat geen bijlagen.</p>'
        : `<table class="bijlagen"><caption>${this.bijlagen.length} bijlage(n) in het dossier</caption>` +
          '<thead><tr><th scope="col">Nr.</th><th scope="col">Bestandsnaam</th><th scope="col">Omschrijving</th><th scope="col">Type</th>' +
          '<th scope="col">Grootte</th><th scope="col">Plaats in dossier</th><th scope="col" class="noprint">Bestand</th></tr></thead>' +
          `<tbody>${rows}</tbody></table>`) +
      '</section>'
    );
  }
}

const CSS = `
:root{color-scheme:light;--fg:#1b1b1b;--muted:#555;--line:#c8c8c8;--head:#eef2f7;--accent:#154273}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);margin:0 auto;max-width:60rem;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;color:var(--accent);margin:.5rem 0}
h2{font-size:1.3rem;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.1rem;margin:1.2rem 0 .4rem}
h4,h5,h6{font-size:1rem;margin:.8rem 0 .3rem}
.pad{font-weight:normal;color:var(--muted);font-size:.85em}
section.node{margin-left:1rem;padding-left:.6rem;border-left:3px solid var(--head)}
table{border-collapse:collapse;width:100%;margin:.3rem 0 .6rem}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
table.velden th{width:16rem;background:var(--head);font-weight:600}
table.bijlagen thead th{background:var(--head)}
caption{text-align:left;font-weight:600;padding:.2rem 0}
.code{font-family:ui-monospace,Consolas,monospace}
.attr,.onbekend,.leeg{color:var(--muted)}
dl.samenvatting{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;margin:.2rem 0}
dl.samenvatting dt{font-weight:600}
dl.samenvatting dd{margin:0}
nav ol{columns:2;margin:.5rem 0}
a{color:var(--accent)}
a:focus{outline:3px solid #f9b000;outline-offset:1px}
pre{white-space:pre-wrap;word-break:break-all;margin:0}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
td{overflow-wrap:break-word}
table.bijlagen td code{word-break:break-all}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt}
  nav,.noprint{display:none}
  h2{break-after:avoid}
  h3,h4,h5,h6{break-after:avoid}
  tr,section.node{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}
`;
