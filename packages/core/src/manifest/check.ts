/**
 * Run-time check of an afsprakenset manifest (DESIGN.md §7): every layer present and not empty,
 * references between layers resolvable. The docs build fails on any finding, so no manifest page
 * renders empty.
 */
import { createFinding, type Finding } from '../report.js';
import { MANIFEST_MESSAGES, type ManifestMessageId } from '../messages/core.js';
import { MANIFEST_STATUSES } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks a manifest at run time (e.g. one read from JSON): every layer present and not empty,
 * required texts non-blank, references between layers resolvable. The docs build fails on any
 * finding, so no page renders empty.
 * @param m - the manifest (any value: a non-object yields one finding)
 * @returns findings with JSON-pointer paths; codes `MANIFEST.layer.missing`, `MANIFEST.layer.empty`,
 *   `MANIFEST.field.missing`, `MANIFEST.field.invalid`, `MANIFEST.reference.unknown`, `MANIFEST.id.duplicate`
 */
export function checkManifest(m: unknown): Finding[] {
  const out: Finding[] = [];
  const add = (id: ManifestMessageId, path: string, params: Record<string, unknown> = {}): void => {
    out.push(createFinding(MANIFEST_MESSAGES, id, { path, params }));
  };
  if (!isObj(m)) {
    add('MANIFEST.field.invalid#manifest', '');
    return out;
  }

  const text = (o: Obj, key: string, base: string, optional = false): void => {
    const v = o[key];
    if (v === undefined && optional) return;
    if (v === undefined) add('MANIFEST.field.missing', `${base}/${key}`, { field: key });
    else if (typeof v !== 'string')
      add('MANIFEST.field.invalid#text', `${base}/${key}`, { field: key });
    else if (v.trim() === '') add('MANIFEST.layer.empty#text', `${base}/${key}`, { field: key });
  };
  const texts = (o: Obj, key: string, base: string, minItems: number): void => {
    const v = o[key];
    if (v === undefined) {
      add('MANIFEST.field.missing', `${base}/${key}`, { field: key });
      return;
    }
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
      add('MANIFEST.field.invalid#texts', `${base}/${key}`, { field: key });
    } else if (v.length < minItems) {
      add('MANIFEST.layer.empty', `${base}/${key}`, { field: key });
    }
  };
  /** An object field; reports and returns undefined when missing or not an object. */
  const layer = (o: Obj, key: string, base: string): Obj | undefined => {
    const v = o[key];
    if (v === undefined) add('MANIFEST.layer.missing', `${base}/${key}`, { layer: key });
    else if (!isObj(v)) add('MANIFEST.field.invalid#layer', `${base}/${key}`, { layer: key });
    else return v;
    return undefined;
  };
  /** A list of objects; reports and returns [] when missing, not a list or empty. */
  const list = (o: Obj, key: string, base: string, isLayer: boolean): [Obj, string][] => {
    const v = o[key];
    const p = `${base}/${key}`;
    if (v === undefined) {
      add(isLayer ? 'MANIFEST.layer.missing' : 'MANIFEST.field.missing#list', p, { layer: key });
      return [];
    }
    if (!Array.isArray(v)) {
      add('MANIFEST.field.invalid#list', p, { layer: key });
      return [];
    }
    if (v.length === 0) add('MANIFEST.layer.empty#list', p, { layer: key });
    const items: [Obj, string][] = [];
    v.forEach((x: unknown, i) => {
      if (isObj(x)) items.push([x, `${p}/${i}`]);
      else add('MANIFEST.field.invalid#item', `${p}/${i}`, { layer: key, index: i });
    });
    return items;
  };
  const sourcesOf = (o: Obj, base: string, required: boolean): void => {
    const v = o['sources'];
    if (v === undefined) {
      if (required) add('MANIFEST.field.missing', `${base}/sources`, { field: 'sources' });
      return;
    }
    if (!Array.isArray(v)) {
      add('MANIFEST.field.invalid#sources', `${base}/sources`, { field: 'sources' });
      return;
    }
    if (required && v.length === 0)
      add('MANIFEST.layer.empty', `${base}/sources`, { field: 'sources' });
    v.forEach((s: unknown, i) => {
      if (!isObj(s) || typeof s['document'] !== 'string' || s['document'].trim() === '') {
        add('MANIFEST.field.invalid#source', `${base}/sources/${i}`, { field: 'sources' });
      }
    });
  };
  const uniqueIds = (items: [Obj, string][], what: string): Set<string> => {
    const ids = new Set<string>();
    for (const [o, p] of items) {
      const id = o['id'];
      if (typeof id !== 'string') continue;
      if (ids.has(id)) add('MANIFEST.id.duplicate', `${p}/id`, { id, what });
      ids.add(id);
    }
    return ids;
  };

  for (const k of ['id', 'naam', 'version', 'beheerder']) text(m, k, '');
  if (m['status'] === undefined) add('MANIFEST.field.missing', '/status', { field: 'status' });
  else if (!(MANIFEST_STATUSES as readonly unknown[]).includes(m['status'])) {
    add('MANIFEST.field.invalid#status', '/status', {
      field: 'status',
      allowed: MANIFEST_STATUSES,
    });
  }
  sourcesOf(m, '', true);

  const context = layer(m, 'context', '');
  if (context) {
    text(context, 'toepassingsdomein', '/context');
    text(context, 'beschrijving', '/context');
    const scenarios = list(context, 'scenarios', '/context', false);
    for (const [s, p] of scenarios) {
      for (const k of ['id', 'naam', 'beschrijving']) text(s, k, p);
      if (s['buitenScope'] !== undefined) texts(s, 'buitenScope', p, 0);
    }
    uniqueIds(scenarios, 'Scenario');
    sourcesOf(context, '/context', false);
  }

  const actors = list(m, 'actors', '', true);
  for (const [a, p] of actors) {
    for (const k of ['id', 'naam', 'beschrijving']) text(a, k, p);
    texts(a, 'rollen', p, 1);
  }
  const actorIds = uniqueIds(actors, 'Actor');
  const actorRef = (o: Obj, key: string, base: string): void => {
    text(o, key, base);
    const v = o[key];
    if (typeof v === 'string' && v.trim() !== '' && !actorIds.has(v)) {
      add('MANIFEST.reference.unknown', `${base}/${key}`, { actor: v });
    }
  };

  const process = layer(m, 'process', '');
  if (process) {
    text(process, 'beschrijving', '/process');
    const steps = list(process, 'stappen', '/process', false);
    for (const [s, p] of steps) {
      for (const k of ['id', 'naam', 'beschrijving']) text(s, k, p);
      actorRef(s, 'actor', p);
    }
    uniqueIds(steps, 'Processtap');
    sourcesOf(process, '/process', false);
  }

  const data = layer(m, 'data', '');
  if (data) {
    const g = layer(data, 'gegevensset', '/data');
    if (g) {
      text(g, 'id', '/data/gegevensset');
      text(g, 'version', '/data/gegevensset');
    }
    texts(data, 'profielen', '/data', 0);
    if (data['codelijsten'] !== undefined) texts(data, 'codelijsten', '/data', 0);
    sourcesOf(data, '/data', false);
  }

  for (const [x, p] of list(m, 'interactions', '', true)) {
    text(x, 'flow', p);
    text(x, 'naam', p);
    actorRef(x, 'van', p);
    actorRef(x, 'naar', p);
    if (x['patroon'] !== 'push' && x['patroon'] !== 'pull') {
      add(
        x['patroon'] === undefined
          ? 'MANIFEST.field.missing#patroon'
          : 'MANIFEST.field.invalid#patroon',
        `${p}/patroon`,
        { field: 'patroon' },
      );
    }
    text(x, 'bericht', p, true);
    text(x, 'beschrijving', p, true);
  }

  const transport = layer(m, 'transport', '');
  if (transport) {
    texts(transport, 'standaarden', '/transport', 1);
    text(transport, 'beschrijving', '/transport');
    sourcesOf(transport, '/transport', false);
  }

  const security = layer(m, 'security', '');
  if (security) {
    text(security, 'classificatie', '/security');
    text(security, 'beschrijving', '/security');
    sourcesOf(security, '/security', false);
  }

  const legal = layer(m, 'legal', '');
  if (legal) {
    text(legal, 'doel', '/legal');
    for (const [g, p] of list(legal, 'grondslagen', '/legal', false)) {
      text(g, 'naam', p);
      text(g, 'beschrijving', p);
      text(g, 'artikel', p, true);
      text(g, 'url', p, true);
    }
    sourcesOf(legal, '/legal', false);
  }
  return out;
}
