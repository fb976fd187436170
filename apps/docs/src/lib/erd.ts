/**
 * Build-time entity/relation diagram: layout by dagre (pure JS, no DOM), drawn as a self-contained SVG.
 * Each entity is a box with its name and attributes (`name : type [cardinality]`); each relation a
 * line with its name and the cardinality at either end. Every entity box links to its anchor.
 */
import dagre from '@dagrejs/dagre';
import { esc } from './html.ts';
import { textWidth } from './sequence.ts';

export interface ErdEntity {
  name: string;
  attributes: { name: string; type?: string; cardinality?: string }[];
  href?: string;
}

export interface ErdRelation {
  from: string;
  to: string;
  name?: string;
  fromCardinality?: string;
  toCardinality?: string;
  /** `specialisatie` draws a hollow triangle at the general end (`to`). */
  kind?: string;
}

const LINE = 16;
const attrText = (a: ErdEntity['attributes'][number]): string =>
  `${a.name}${a.type ? ` : ${a.type}` : ''}${a.cardinality ? ` [${a.cardinality}]` : ''}`;

/**
 * Lays out and draws the diagram.
 * @param entities - the boxes
 * @param relations - the lines; both ends must name an entity
 * @param title - accessible title
 * @param maxAttributes - attributes shown per box before "… n meer"
 */
export function erdSvg(
  entities: ErdEntity[],
  relations: ErdRelation[],
  title: string,
  maxAttributes = 12,
): string {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 70, edgesep: 20, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const names = new Set(entities.map((e) => e.name));
  for (const e of entities) {
    const shown = e.attributes.slice(0, maxAttributes).map(attrText);
    if (e.attributes.length > maxAttributes)
      shown.push(`… ${e.attributes.length - maxAttributes} meer`);
    const width = Math.max(
      textWidth(e.name) + 30,
      ...shown.map((s) => textWidth(s) * 0.9 + 20),
      120,
    );
    g.setNode(e.name, {
      width,
      height: 28 + shown.length * LINE + (shown.length ? 8 : 0),
      shown,
      entity: e,
    });
  }
  relations.forEach((r, i) => {
    if (!names.has(r.from) || !names.has(r.to))
      throw new Error(`Relatie ${r.from} → ${r.to}: onbekende entiteit.`);
    const label = r.name ?? '';
    g.setEdge(
      r.from,
      r.to,
      {
        label,
        width: label ? textWidth(label) * 0.85 + 8 : 1,
        height: label ? 16 : 1,
        labelpos: 'c',
        rel: r,
      },
      `r${i}`,
    );
  });
  dagre.layout(g);
  const gr = g.graph();
  const W = Math.ceil(gr.width ?? 400);
  const H = Math.ceil(gr.height ?? 300);
  const parts: string[] = [];
  for (const eo of g.edges()) {
    const ed = g.edge(eo) as {
      points: { x: number; y: number }[];
      x: number;
      y: number;
      label: string;
      rel: ErdRelation;
    };
    const pts = ed.points;
    const d = pts.map((p, k) => `${k ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
    const spec = ed.rel.kind && /speciali|subtype|kind|generali/i.test(ed.rel.kind);
    parts.push(
      `<path d="${d}" fill="none" stroke="#555" stroke-width="1.2"${spec ? ' marker-end="url(#erd-spec)"' : ''}/>`,
    );
    if (ed.label)
      parts.push(
        `<text x="${ed.x}" y="${ed.y + 4}" font-size="11" text-anchor="middle" fill="#333" font-style="italic">${esc(ed.label)}</text>`,
      );
    const end = (p: { x: number; y: number }, q: { x: number; y: number }, card?: string): void => {
      if (!card) return;
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const len = Math.hypot(dx, dy) || 1;
      parts.push(
        `<text x="${(p.x + (dx / len) * 16 + 6).toFixed(1)}" y="${(p.y + (dy / len) * 16 + 4).toFixed(1)}" font-size="11" fill="#1d4ed8">${esc(card)}</text>`,
      );
    };
    if (pts.length >= 2) {
      end(pts[0]!, pts[1]!, ed.rel.fromCardinality);
      end(pts[pts.length - 1]!, pts[pts.length - 2]!, ed.rel.toCardinality);
    }
  }
  for (const id of g.nodes()) {
    const n = g.node(id) as unknown as {
      x: number;
      y: number;
      width: number;
      height: number;
      shown: string[];
      entity: ErdEntity;
    };
    const x = n.x - n.width / 2;
    const y = n.y - n.height / 2;
    const box =
      `<rect x="${x}" y="${y}" width="${n.width}" height="${n.height}" rx="3" fill="#fff" stroke="#1e3a8a"/>` +
      `<rect x="${x}" y="${y}" width="${n.width}" height="26" rx="3" fill="#dbeafe" stroke="#1e3a8a"/>` +
      `<text x="${n.x}" y="${y + 18}" font-size="13" font-weight="700" text-anchor="middle">${esc(n.entity.name)}</text>` +
      n.shown
        .map(
          (s, k) =>
            `<text x="${x + 8}" y="${y + 26 + 14 + k * LINE}" font-size="11">${esc(s)}</text>`,
        )
        .join('');
    parts.push(n.entity.href ? `<a href="${esc(n.entity.href)}">${box}</a>` : box);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="erd-title" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" class="es-erd">` +
    `<title id="erd-title">${esc(title)}</title>` +
    `<defs><marker id="erd-spec" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" orient="auto"><path d="M0 0 L12 6 L0 12 z" fill="#fff" stroke="#555"/></marker></defs>` +
    `<rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`
  );
}
