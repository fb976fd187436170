/**
 * A build-time renderer for Mermaid *sequence diagrams* (the subset the OKE flow documents use):
 * `participant`/`actor` (with `as` label), messages (`->>`, `-->>`, `->`, `-->`, `-x`, `--x`, `-)`, `--)`,
 * with optional `+`/`-` activation), `Note left of|right of|over`, `activate`/`deactivate`,
 * `alt`/`else`/`opt`/`loop`/`par`/`and`/`critical`/`option`/`break`/`rect`/`end`, `autonumber`, `title`
 * and `%%` comments. It emits a self-contained SVG (no browser, no script, no network). A line it does
 * not understand is an error with its line number, so a diagram is never silently wrong.
 */
import { esc } from './html.ts';

export interface SeqParticipant {
  id: string;
  label: string;
  kind: 'participant' | 'actor';
}

export type SeqEvent =
  | {
      type: 'message';
      from: string;
      to: string;
      text: string;
      dashed: boolean;
      head: 'arrow' | 'open' | 'cross' | 'async';
      activate?: boolean;
      deactivate?: boolean;
      n?: number;
    }
  | { type: 'note'; placement: 'left of' | 'right of' | 'over'; actors: string[]; text: string }
  | { type: 'activate' | 'deactivate'; actor: string }
  | { type: 'block'; kind: string; label: string }
  | { type: 'else'; kind: string; label: string }
  | { type: 'end' };

export interface SequenceDiagram {
  title?: string;
  participants: SeqParticipant[];
  events: SeqEvent[];
}

/** A Mermaid line the renderer does not support. */
export class SequenceSyntaxError extends Error {
  override readonly name = 'SequenceSyntaxError';
  /**
   * @param message - what is wrong
   * @param line - 1-based line number in the Mermaid text
   */
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`regel ${line}: ${message}`);
  }
}

const ARROW = /^(.+?)\s*(-->>|->>|-->|->|--x|-x|--\)|-\))\s*([+-]?)\s*(.+?)\s*:\s*(.*)$/;
const BLOCKS = new Set(['alt', 'opt', 'loop', 'par', 'critical', 'break', 'rect']);
const ELSES = new Set(['else', 'and', 'option']);

/**
 * Parses Mermaid sequence-diagram text.
 * @param text - the Mermaid source, starting with `sequenceDiagram`
 * @throws SequenceSyntaxError on anything outside the supported subset
 */
export function parseSequence(text: string): SequenceDiagram {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const participants: SeqParticipant[] = [];
  const events: SeqEvent[] = [];
  const ensure = (id: string, lineNo: number): string => {
    const t = id.trim();
    if (!t) throw new SequenceSyntaxError('deelnemer zonder naam', lineNo);
    if (!participants.some((p) => p.id === t))
      participants.push({ id: t, label: t, kind: 'participant' });
    return t;
  };
  let started = false;
  let autonumber = false;
  let counter = 0;
  const open: string[] = [];
  let title: string | undefined;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.replace(/%%.*$/, '').trim();
    if (!line) return;
    if (!started) {
      if (line !== 'sequenceDiagram')
        throw new SequenceSyntaxError(`verwacht 'sequenceDiagram', gevonden '${line}'`, n);
      started = true;
      return;
    }
    let m: RegExpExecArray | null;
    if ((m = /^(participant|actor)\s+(.+?)(?:\s+as\s+(.+))?$/.exec(line))) {
      const id = m[2]!.trim();
      const existing = participants.find((p) => p.id === id);
      const entry: SeqParticipant = {
        id,
        label: (m[3] ?? id).trim(),
        kind: m[1] as 'participant' | 'actor',
      };
      if (existing) Object.assign(existing, entry);
      else participants.push(entry);
    } else if (line === 'autonumber') autonumber = true;
    else if ((m = /^title\s*:?\s*(.+)$/.exec(line))) title = m[1]!.trim();
    else if ((m = /^(activate|deactivate)\s+(.+)$/.exec(line)))
      events.push({ type: m[1] as 'activate', actor: ensure(m[2]!, n) });
    else if ((m = /^note\s+(left of|right of|over)\s+([^:]+):\s*(.*)$/i.exec(line))) {
      const actors = m[2]!.split(',').map((a) => ensure(a, n));
      events.push({ type: 'note', placement: m[1]!.toLowerCase() as 'over', actors, text: m[3]! });
    } else if ((m = /^(\w+)\b\s*(.*)$/.exec(line)) && BLOCKS.has(m[1]!)) {
      open.push(m[1]!);
      events.push({ type: 'block', kind: m[1]!, label: m[2]! });
    } else if ((m = /^(\w+)\b\s*(.*)$/.exec(line)) && ELSES.has(m[1]!)) {
      if (!open.length) throw new SequenceSyntaxError(`'${m[1]}' buiten een blok`, n);
      events.push({ type: 'else', kind: m[1]!, label: m[2]! });
    } else if (line === 'end') {
      if (!open.pop()) throw new SequenceSyntaxError("'end' zonder open blok", n);
      events.push({ type: 'end' });
    } else if ((m = ARROW.exec(line))) {
      const op = m[2]!;
      const from = ensure(m[1]!, n);
      const to = ensure(m[4]!, n);
      events.push({
        type: 'message',
        from,
        to,
        text: m[5]!,
        dashed: op.startsWith('--'),
        head: op.endsWith('>>')
          ? 'arrow'
          : op.endsWith('x')
            ? 'cross'
            : op.endsWith(')')
              ? 'async'
              : 'open',
        ...(m[3] === '+' ? { activate: true } : m[3] === '-' ? { deactivate: true } : {}),
        ...(autonumber ? { n: ++counter } : {}),
      });
    } else throw new SequenceSyntaxError(`niet ondersteund: '${line}'`, n);
  });
  if (!started) throw new SequenceSyntaxError("verwacht 'sequenceDiagram'", 1);
  if (open.length)
    throw new SequenceSyntaxError(
      `blok '${open[open.length - 1]}' niet afgesloten met 'end'`,
      lines.length,
    );
  return { ...(title ? { title } : {}), participants, events };
}

const FONT = 13;
/** Approximate text width for a sans-serif font at 13px (no DOM at build time). */
export const textWidth = (s: string): number =>
  Math.ceil(
    [...s].reduce(
      (w, c) =>
        w +
        (/[ilj.,:;|!'()[\]]/.test(c)
          ? 4
          : /[mwMW@]/.test(c)
            ? 12
            : /[A-Z0-9&]/.test(c)
              ? 9
              : /\s/.test(c)
                ? 4
                : 7.6),
      0,
    ),
  );
const linesOf = (s: string): string[] => s.split(/<br\s*\/?>/i).map((l) => l.trim());

/**
 * Renders a parsed diagram as SVG.
 * @param d - the diagram
 * @param title - accessible title of the image
 * @param id - unique id prefix for this SVG's markers and title (several diagrams share a page)
 */
export function renderSequenceSvg(d: SequenceDiagram, title: string, id = 'seq'): string {
  const ps = d.participants;
  const idx = new Map(ps.map((p, i) => [p.id, i]));
  const boxW = ps.map((p) => Math.max(110, Math.ceil(textWidth(p.label) * 1.1) + 24)); // labels are bold
  // Gaps between adjacent lifelines, widened until every message label and note fits.
  const gaps = ps.slice(1).map((_, i) => Math.max(60, (boxW[i]! + boxW[i + 1]!) / 2 + 20));
  const need = (a: number, b: number, w: number): void => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    if (lo === hi) return;
    const have = gaps.slice(lo, hi).reduce((s, g) => s + g, 0);
    if (have < w) for (let k = lo; k < hi; k++) gaps[k]! += (w - have) / (hi - lo);
  };
  let rightExtra = 0;
  for (const e of d.events) {
    if (e.type === 'message') {
      const w = Math.max(...linesOf(`${e.n ? `${e.n}. ` : ''}${e.text}`).map(textWidth)) + 40;
      const a = idx.get(e.from)!;
      const b = idx.get(e.to)!;
      if (a === b) {
        if (a < ps.length - 1) need(a, a + 1, w + 20);
        else rightExtra = Math.max(rightExtra, w + 30);
      } else need(a, b, w);
    } else if (e.type === 'note') {
      const w = Math.max(...linesOf(e.text).map(textWidth)) + 24;
      const a = idx.get(e.actors[0]!)!;
      if (e.placement === 'right of') {
        if (a < ps.length - 1) need(a, a + 1, w + 30);
        else rightExtra = Math.max(rightExtra, w + 20);
      } else if (e.placement === 'left of') {
        if (a > 0) need(a - 1, a, w + 30);
      } else if (e.actors.length > 1) need(a, idx.get(e.actors[e.actors.length - 1]!)!, w - 40);
    }
  }
  const pad = 20;
  const xs: number[] = [];
  let x =
    pad +
    Math.max(
      boxW[0] ?? 110,
      ...d.events
        .filter(
          (e) => e.type === 'note' && e.placement === 'left of' && idx.get(e.actors[0]!) === 0,
        )
        .map((e) => Math.max(...linesOf((e as { text: string }).text).map(textWidth)) * 2 + 60),
    ) /
      2;
  ps.forEach((_, i) => {
    xs.push(x);
    x += gaps[i] ?? 0;
  });
  const width = Math.ceil(
    (xs[xs.length - 1] ?? pad) + (boxW[ps.length - 1] ?? 110) / 2 + pad + rightExtra,
  );
  const out: string[] = [];
  const top = 10;
  const boxH = 34;
  let y = top + boxH + 24;
  const act = new Map<string, number[]>();
  const acts: string[] = [];
  const blocks: {
    kind: string;
    label: string;
    y: number;
    elses: { y: number; label: string }[];
  }[] = [];
  const startAct = (id: string, at: number): void => {
    const s = act.get(id) ?? [];
    s.push(at);
    act.set(id, s);
  };
  const endAct = (id: string, at: number): void => {
    const s = act.get(id);
    const start = s?.pop();
    if (start === undefined) return;
    const depth = s!.length;
    acts.push(
      `<rect x="${xs[idx.get(id)!]! - 5 + depth * 4}" y="${start}" width="10" height="${Math.max(8, at - start)}" fill="#eef2ff" stroke="#4f46e5"/>`,
    );
  };
  const body: string[] = [];
  for (const e of d.events) {
    if (e.type === 'message') {
      const a = xs[idx.get(e.from)!]!;
      const b = xs[idx.get(e.to)!]!;
      const lines = linesOf(`${e.n ? `${e.n}. ` : ''}${e.text}`);
      const dash = e.dashed ? ' stroke-dasharray="5,4"' : '';
      const marker =
        e.head === 'arrow'
          ? ` marker-end="url(#${id}-arrow)"`
          : e.head === 'async'
            ? ` marker-end="url(#${id}-open)"`
            : e.head === 'cross'
              ? ` marker-end="url(#${id}-cross)"`
              : '';
      if (a === b) {
        lines.forEach((l, k) =>
          body.push(`<text x="${a + 14}" y="${y + k * 15}" font-size="${FONT}">${esc(l)}</text>`),
        );
        const yy = y + lines.length * 15 - 6;
        body.push(`<path d="M${a} ${yy} h40 v20 h-36" fill="none" stroke="#333"${dash}${marker}/>`);
        y += lines.length * 15 + 34;
      } else {
        lines.forEach((l, k) =>
          body.push(
            `<text x="${(a + b) / 2}" y="${y + k * 15}" font-size="${FONT}" text-anchor="middle">${esc(l)}</text>`,
          ),
        );
        const yy = y + (lines.length - 1) * 15 + 8;
        const off = b > a ? -6 : 6;
        body.push(
          `<line x1="${a}" y1="${yy}" x2="${b + off}" y2="${yy}" stroke="#333" stroke-width="1.4"${dash}${marker}/>`,
        );
        y = yy + 30;
      }
      if (e.activate) startAct(e.to, y - 26);
      if (e.deactivate) endAct(e.from, y - 26);
    } else if (e.type === 'note') {
      const lines = linesOf(e.text);
      const w = Math.max(...lines.map(textWidth)) + 20;
      const h = lines.length * 16 + 10;
      const a = xs[idx.get(e.actors[0]!)!]!;
      const b = xs[idx.get(e.actors[e.actors.length - 1]!)!]!;
      const nx =
        e.placement === 'right of'
          ? a + 14
          : e.placement === 'left of'
            ? a - 14 - w
            : Math.min(a, b) + (Math.abs(b - a) - Math.max(w, Math.abs(b - a) + 40)) / 2;
      const nw = e.placement === 'over' ? Math.max(w, Math.abs(b - a) + 40) : w;
      body.push(
        `<rect x="${nx}" y="${y - 12}" width="${nw}" height="${h}" fill="#fff8c5" stroke="#d4a72c"/>`,
      );
      lines.forEach((l, k) =>
        body.push(
          `<text x="${nx + nw / 2}" y="${y + 6 + k * 16}" font-size="${FONT - 1}" text-anchor="middle">${esc(l)}</text>`,
        ),
      );
      y += h + 14;
    } else if (e.type === 'activate') startAct(e.actor, y - 20);
    else if (e.type === 'deactivate') endAct(e.actor, y - 20);
    else if (e.type === 'block') {
      blocks.push({ kind: e.kind, label: e.label, y: y - 14, elses: [] });
      y += 26;
    } else if (e.type === 'else') {
      blocks[blocks.length - 1]?.elses.push({ y: y - 10, label: e.label });
      y += 26;
    } else {
      const b = blocks.pop();
      if (b) {
        const depth = blocks.length;
        const bx = 6 + depth * 6;
        const bw = width - 2 * bx;
        const tab = textWidth(b.kind) + 16;
        body.unshift(
          `<g><rect x="${bx}" y="${b.y}" width="${bw}" height="${y - b.y - 6}" fill="none" stroke="#777"/>` +
            `<path d="M${bx} ${b.y} h${tab} v14 l-6 6 h-${tab - 6} z" fill="#eee" stroke="#777"/>` +
            `<text x="${bx + 5}" y="${b.y + 14}" font-size="11" font-weight="600">${esc(b.kind)}</text>` +
            (b.label
              ? `<text x="${bx + tab + 8}" y="${b.y + 14}" font-size="11">[${esc(b.label)}]</text>`
              : '') +
            b.elses
              .map(
                (el) =>
                  `<line x1="${bx}" y1="${el.y}" x2="${bx + bw}" y2="${el.y}" stroke="#777" stroke-dasharray="4,3"/>${el.label ? `<text x="${bx + 8}" y="${el.y + 13}" font-size="11">[${esc(el.label)}]</text>` : ''}`,
              )
              .join('') +
            `</g>`,
        );
      }
      y += 14;
    }
  }
  for (const [id, stack] of act) while (stack.length) endAct(id, y - 10);
  const bottom = y + 6;
  const height = bottom + boxH + top;
  const heads = (yy: number): string =>
    ps
      .map((p, i) => {
        const w = boxW[i]!;
        const cx = xs[i]!;
        return `<rect x="${cx - w / 2}" y="${yy}" width="${w}" height="${boxH}" rx="4" fill="#eaeefb" stroke="#4f46e5"/><text x="${cx}" y="${yy + 21}" font-size="${FONT}" text-anchor="middle" font-weight="600">${esc(p.label)}</text>`;
      })
      .join('');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" class="es-sequence">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#333"/></marker>` +
      `<marker id="${id}-open" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10" fill="none" stroke="#333"/></marker>` +
      `<marker id="${id}-cross" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="8" markerHeight="8"><path d="M0 0 L10 10 M10 0 L0 10" stroke="#333"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ps
      .map(
        (_, i) =>
          `<line x1="${xs[i]}" y1="${top + boxH}" x2="${xs[i]}" y2="${bottom}" stroke="#999" stroke-dasharray="3,3"/>`,
      )
      .join(''),
    heads(top),
    heads(bottom),
    body.join(''),
    acts.join(''),
    `</svg>`,
  );
  return out.join('');
}

/**
 * Parses and renders Mermaid sequence text in one step.
 * @param mermaid - the Mermaid source
 * @param title - accessible title
 * @param id - unique id prefix
 */
export function sequenceSvg(mermaid: string, title: string, id = 'seq'): string {
  return renderSequenceSvg(parseSequence(mermaid), title, id);
}
