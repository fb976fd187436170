/**
 * The afsprakenset manifest (DESIGN.md §7): every afsprakenset describes its ROSA/AMIGO layers the
 * same way — context and scenario, actors and roles, process, data (gegevensset + profiles),
 * interactions (push/pull, per flow), transport, security classification, legal grounds, version
 * and status — so the site renders every manifest with one template (AMIGO stand van zaken §1.2:
 * "voorspelbare en voor alle contexten vergelijkbare formats").
 *
 * The JSON Schema `@edustandaard/core/schema/manifest.json` is generated from these types at build
 * time (typescript-json-schema) for non-TypeScript users.
 */
import type { Finding, SourceRef } from './report.js';

/**
 * Lifecycle of an afsprakenset, in the phases of the Edu-V afsprakenstelsel (page header "Status":
 * in ontwikkeling → ROSA-architectuurscan → besluitvorming → implementatie → in beheer), plus
 * `uitgefaseerd`.
 */
export type ManifestStatus =
  | 'in ontwikkeling'
  | 'rosa-architectuurscan'
  | 'besluitvorming'
  | 'implementatie'
  | 'in beheer'
  | 'uitgefaseerd';

/** The statuses in lifecycle order. */
export const MANIFEST_STATUSES: readonly ManifestStatus[] = [
  'in ontwikkeling',
  'rosa-architectuurscan',
  'besluitvorming',
  'implementatie',
  'in beheer',
  'uitgefaseerd',
];

/**
 * Text that is not blank (the site renders it; an empty string would give an empty section).
 * @pattern \S
 */
export type Tekst = string;

/** A use case within the afsprakenset's context. */
export interface Scenario {
  /** Stable id, e.g. `swv-po`. */
  id: Tekst;
  /** Dutch name. */
  naam: Tekst;
  /** Dutch description of the use case. */
  beschrijving: Tekst;
  /** What is explicitly out of scope. */
  buitenScope?: Tekst[];
}

/** Context and scenario layer: the application domain and the use cases. */
export interface ManifestContext {
  /** The toepassingsdomein, e.g. `Overstap en passend onderwijs`. */
  toepassingsdomein: Tekst;
  /** Dutch description of the context. */
  beschrijving: Tekst;
  /**
   * At least one scenario.
   * @minItems 1
   */
  scenarios: Scenario[];
  sources?: SourceRef[];
}

/** An actor (system or party) with the roles it plays. */
export interface Actor {
  /** Stable id referenced by process steps and interactions, e.g. `las`. */
  id: Tekst;
  /** Dutch name, e.g. `LAS (School)`. */
  naam: Tekst;
  /** Dutch description. */
  beschrijving: Tekst;
  /**
   * Roles in the exchange, e.g. `DossierBron`.
   * @minItems 1
   */
  rollen: Tekst[];
}

/** One step of the process. */
export interface ProcessStep {
  id: Tekst;
  naam: Tekst;
  /** Id of the actor that performs the step. */
  actor: Tekst;
  beschrijving: Tekst;
}

/** Process layer. */
export interface ManifestProcess {
  beschrijving: Tekst;
  /**
   * The steps in order (at least one).
   * @minItems 1
   */
  stappen: ProcessStep[];
  sources?: SourceRef[];
}

/** Data layer: the gegevensset and the profiles on it. */
export interface ManifestData {
  /** The data set, e.g. `{ id: 'OSO', version: '2024.1' }`. */
  gegevensset: { id: Tekst; version: string };
  /** Ids of the profiles this afsprakenset defines or uses (e.g. `PO-SWV`); may be empty for a data set without profiles. */
  profielen: Tekst[];
  /** Ids of the code lists used. */
  codelijsten?: Tekst[];
  sources?: SourceRef[];
}

/** `push`: the source sends when it decides; `pull`: the consumer asks. */
export type InteractionPattern = 'push' | 'pull';

/** Interaction layer: one flow between two actors. */
export interface Interaction {
  /** Flow id, e.g. `0` … `6` for OKE or `overdracht` for OSO. */
  flow: Tekst;
  naam: Tekst;
  /** Id of the sending actor. */
  van: Tekst;
  /** Id of the receiving actor. */
  naar: Tekst;
  patroon: InteractionPattern;
  /** The message or operation, e.g. an OOAPI endpoint or `overstapdossier`. */
  bericht?: Tekst;
  beschrijving?: Tekst;
}

/** Transport layer. */
export interface ManifestTransport {
  /**
   * Standards and infrastructures, e.g. `OSO-infrastructuur`, `Edukoppeling`, `REST (OOAPI v5)`.
   * @minItems 1
   */
  standaarden: Tekst[];
  beschrijving: Tekst;
  sources?: SourceRef[];
}

/** Security layer. */
export interface ManifestSecurity {
  /** The classification as the source words it, e.g. `risicoklasse II (AV-23)` or `BIV-klasse hoog`. */
  classificatie: Tekst;
  beschrijving: Tekst;
  sources?: SourceRef[];
}

/** One legal ground. */
export interface LegalGround {
  /** e.g. `Algemene verordening gegevensbescherming (AVG)`. */
  naam: Tekst;
  /** Article, e.g. `artikel 42b WPO`. */
  artikel?: Tekst;
  beschrijving: Tekst;
  url?: Tekst;
}

/** Legal layer. */
export interface ManifestLegal {
  /** Purpose of the processing. */
  doel: Tekst;
  /**
   * At least one ground.
   * @minItems 1
   */
  grondslagen: LegalGround[];
  sources?: SourceRef[];
}

/** The manifest of one afsprakenset version. */
export interface AfsprakensetManifest {
  /** e.g. `OSO-SWV`. */
  id: Tekst;
  /** Dutch name. */
  naam: Tekst;
  /** Version of the afsprakenset, e.g. `2024.1`. */
  version: Tekst;
  status: ManifestStatus;
  /** Who maintains it, e.g. `Edustandaard`. */
  beheerder: Tekst;
  /**
   * The documents that define it.
   * @minItems 1
   */
  sources: SourceRef[];
  context: ManifestContext;
  /** @minItems 1 */
  actors: Actor[];
  process: ManifestProcess;
  data: ManifestData;
  /** @minItems 1 */
  interactions: Interaction[];
  transport: ManifestTransport;
  security: ManifestSecurity;
  legal: ManifestLegal;
}

/** The layers, in the order the site renders them. */
export const MANIFEST_LAYERS = [
  'context',
  'actors',
  'process',
  'data',
  'interactions',
  'transport',
  'security',
  'legal',
] as const satisfies readonly (keyof AfsprakensetManifest)[];

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
  const add = (
    code: string,
    path: string,
    message: string,
    params: Record<string, unknown> = {},
  ): void => {
    out.push({ code, severity: 'fout', path, message, params });
  };
  if (!isObj(m)) {
    add('MANIFEST.field.invalid', '', 'Een manifest moet een object zijn.');
    return out;
  }

  const text = (o: Obj, key: string, base: string, optional = false): void => {
    const v = o[key];
    if (v === undefined && optional) return;
    if (v === undefined)
      add('MANIFEST.field.missing', `${base}/${key}`, `Veld ${key} ontbreekt.`, { field: key });
    else if (typeof v !== 'string')
      add('MANIFEST.field.invalid', `${base}/${key}`, `Veld ${key} moet tekst zijn.`, {
        field: key,
      });
    else if (v.trim() === '')
      add('MANIFEST.layer.empty', `${base}/${key}`, `Veld ${key} is leeg.`, { field: key });
  };
  const texts = (o: Obj, key: string, base: string, minItems: number): void => {
    const v = o[key];
    if (v === undefined) {
      add('MANIFEST.field.missing', `${base}/${key}`, `Veld ${key} ontbreekt.`, { field: key });
      return;
    }
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
      add(
        'MANIFEST.field.invalid',
        `${base}/${key}`,
        `Veld ${key} moet een lijst met niet-lege teksten zijn.`,
        { field: key },
      );
    } else if (v.length < minItems) {
      add('MANIFEST.layer.empty', `${base}/${key}`, `Lijst ${key} is leeg.`, { field: key });
    }
  };
  /** An object field; reports and returns undefined when missing or not an object. */
  const layer = (o: Obj, key: string, base: string): Obj | undefined => {
    const v = o[key];
    if (v === undefined)
      add('MANIFEST.layer.missing', `${base}/${key}`, `Laag ${key} ontbreekt.`, { layer: key });
    else if (!isObj(v))
      add('MANIFEST.field.invalid', `${base}/${key}`, `Laag ${key} moet een object zijn.`, {
        layer: key,
      });
    else return v;
    return undefined;
  };
  /** A list of objects; reports and returns [] when missing, not a list or empty. */
  const list = (o: Obj, key: string, base: string, isLayer: boolean): [Obj, string][] => {
    const v = o[key];
    const p = `${base}/${key}`;
    if (v === undefined) {
      add(
        isLayer ? 'MANIFEST.layer.missing' : 'MANIFEST.field.missing',
        p,
        `${isLayer ? 'Laag' : 'Veld'} ${key} ontbreekt.`,
        { layer: key },
      );
      return [];
    }
    if (!Array.isArray(v)) {
      add('MANIFEST.field.invalid', p, `${key} moet een lijst zijn.`, { layer: key });
      return [];
    }
    if (v.length === 0) add('MANIFEST.layer.empty', p, `Lijst ${key} is leeg.`, { layer: key });
    const items: [Obj, string][] = [];
    v.forEach((x: unknown, i) => {
      if (isObj(x)) items.push([x, `${p}/${i}`]);
      else
        add(
          'MANIFEST.field.invalid',
          `${p}/${i}`,
          `Element ${i} van ${key} moet een object zijn.`,
          { layer: key },
        );
    });
    return items;
  };
  const sourcesOf = (o: Obj, base: string, required: boolean): void => {
    const v = o['sources'];
    if (v === undefined) {
      if (required)
        add('MANIFEST.field.missing', `${base}/sources`, 'Veld sources ontbreekt.', {
          field: 'sources',
        });
      return;
    }
    if (!Array.isArray(v)) {
      add('MANIFEST.field.invalid', `${base}/sources`, 'Veld sources moet een lijst zijn.', {
        field: 'sources',
      });
      return;
    }
    if (required && v.length === 0)
      add('MANIFEST.layer.empty', `${base}/sources`, 'Lijst sources is leeg.', {
        field: 'sources',
      });
    v.forEach((s: unknown, i) => {
      if (!isObj(s) || typeof s['document'] !== 'string' || s['document'].trim() === '') {
        add(
          'MANIFEST.field.invalid',
          `${base}/sources/${i}`,
          'Een bron heeft minstens een document.',
          { field: 'sources' },
        );
      }
    });
  };
  const uniqueIds = (items: [Obj, string][], what: string): Set<string> => {
    const ids = new Set<string>();
    for (const [o, p] of items) {
      const id = o['id'];
      if (typeof id !== 'string') continue;
      if (ids.has(id))
        add('MANIFEST.id.duplicate', `${p}/id`, `${what} ${id} komt meer dan eens voor.`, { id });
      ids.add(id);
    }
    return ids;
  };

  for (const k of ['id', 'naam', 'version', 'beheerder']) text(m, k, '');
  if (m['status'] === undefined)
    add('MANIFEST.field.missing', '/status', 'Veld status ontbreekt.', { field: 'status' });
  else if (!(MANIFEST_STATUSES as readonly unknown[]).includes(m['status'])) {
    add(
      'MANIFEST.field.invalid',
      '/status',
      `Status moet een van ${MANIFEST_STATUSES.join(', ')} zijn.`,
      {
        field: 'status',
        allowed: MANIFEST_STATUSES,
      },
    );
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
      add('MANIFEST.reference.unknown', `${base}/${key}`, `Actor ${v} staat niet in actors.`, {
        actor: v,
      });
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
        x['patroon'] === undefined ? 'MANIFEST.field.missing' : 'MANIFEST.field.invalid',
        `${p}/patroon`,
        'Patroon moet push of pull zijn.',
        {
          field: 'patroon',
        },
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
