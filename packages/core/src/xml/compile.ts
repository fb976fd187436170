/**
 * Compiles an {@link XmlSchema} descriptor once into lookup structures for single-pass decoding,
 * object validation and encoding. The result is immutable and may be shared (no module state).
 */
import type {
  ComplexTypeDef,
  ElementParticle,
  GroupParticle,
  Particle,
  SimpleTypeDef,
  XmlSchema,
} from './types.js';
import { BUILTIN_TYPES, compileSimple, type CompiledSimple } from './simple.js';

/** A compiled element particle. */
export interface CElement {
  kind: 'element';
  name: string;
  min: number;
  max: number;
  /** `maxOccurs > 1`: always an array in the model, `[n]` in paths. */
  repeated: boolean;
  sensitive: boolean;
  type: CType;
  def: ElementParticle;
  first: ReadonlySet<string>;
  nullable: boolean;
  /** The nearest enclosing choice group, if any (for clearer findings). */
  choice: CGroup | undefined;
  /** Position among the distinct child names of the parent type (occurrence counters). */
  slot: number;
}

/** A compiled group particle. */
export interface CGroup {
  kind: 'sequence' | 'choice';
  min: number;
  max: number;
  particles: CParticle[];
  first: ReadonlySet<string>;
  nullable: boolean;
  /** Element names inside the group (any depth). */
  names: readonly string[];
  /** For sequences: union of `first` of particles k..end, per k. */
  follow: ReadonlyArray<ReadonlySet<string>>;
  def: GroupParticle;
}

export type CParticle = CElement | CGroup;

/** A compiled complex type. */
export interface CComplex {
  kind: 'complex';
  name: string;
  def: ComplexTypeDef;
  particle: CParticle | null;
  /** The content as a sequence (a lone choice or element wrapped), or null for empty/simple content. */
  top: CGroup | null;
  childByName: ReadonlyMap<string, CElement>;
  /** Leaf elements in document order (writer and object validation order). */
  leaves: readonly CElement[];
  /** The content is a sequence with maxOccurs > 1: the model is an array of group objects. */
  groupArray: boolean;
  /** Index of the top-level particle each name belongs to (group objects, order findings). */
  topIndex: ReadonlyMap<string, number>;
  simpleContent: CompiledSimple | undefined;
  attributes: ReadonlyMap<string, { name: string; required: boolean; type: CompiledSimple }>;
}

/** A compiled simple type. */
export interface CSimpleType {
  kind: 'simple';
  name: string;
  simple: CompiledSimple;
}

export type CType = CComplex | CSimpleType;

/** A compiled schema. */
export interface CompiledSchema {
  schema: XmlSchema;
  namespace: string;
  roots: ReadonlyMap<string, CElement>;
}

const toMax = (m: number | 'unbounded'): number => (m === 'unbounded' ? Infinity : m);

/**
 * Compiles a schema descriptor.
 * @param schema - the descriptor (data)
 * @throws Error when the descriptor references an unknown type (a programming error, not input)
 */
export function compileSchema(schema: XmlSchema): CompiledSchema {
  const types = new Map<string, CType>();
  const pending: CElement[] = [];
  const simpleCache = new Map<string, CompiledSimple>();

  const simpleByName = (name: string): CompiledSimple => {
    let c = simpleCache.get(name);
    if (c) return c;
    const def = (schema.types[name] ?? BUILTIN_TYPES[name]) as SimpleTypeDef | undefined;
    if (!def || def.kind !== 'simple') throw new Error(`Schema: '${name}' is not a simple type`);
    c = compileSimple(def);
    simpleCache.set(name, c);
    return c;
  };

  const typeByName = (name: string): CType => {
    const existing = types.get(name);
    if (existing) return existing;
    const def = schema.types[name] ?? BUILTIN_TYPES[name];
    if (!def) throw new Error(`Schema: unknown type '${name}'`);
    if (def.kind === 'simple') {
      const t: CSimpleType = { kind: 'simple', name, simple: simpleByName(name) };
      types.set(name, t);
      return t;
    }
    const childByName = new Map<string, CElement>();
    const leaves: CElement[] = [];
    const topIndex = new Map<string, number>();
    const t: CComplex = {
      kind: 'complex',
      name,
      def,
      particle: null,
      top: null,
      childByName,
      leaves,
      groupArray: false,
      topIndex,
      simpleContent: def.simpleContent ? simpleByName(def.simpleContent) : undefined,
      attributes: new Map(
        (def.attributes ?? []).map((a) => [
          a.name,
          { name: a.name, required: a.use === 'required', type: simpleByName(a.type) },
        ]),
      ),
    };
    types.set(name, t); // before recursing: recursive types terminate
    if (def.content) {
      t.particle = compileParticle(def.content, undefined, childByName, leaves);
      t.top =
        t.particle.kind === 'sequence'
          ? t.particle
          : {
              kind: 'sequence',
              min: 1,
              max: 1,
              particles: [t.particle],
              first: t.particle.first,
              nullable: t.particle.nullable,
              names: t.particle.kind === 'element' ? [t.particle.name] : t.particle.names,
              follow: [t.particle.first, new Set()],
              def: { kind: 'sequence', minOccurs: 1, maxOccurs: 1, particles: [def.content] },
            };
      // Which top-level particle each name belongs to (group objects; order findings).
      t.top.particles.forEach((p, i) => {
        for (const n of p.kind === 'element' ? [p.name] : p.names)
          if (!topIndex.has(n)) topIndex.set(n, i);
      });
      if (t.particle.kind === 'sequence' && t.particle.max > 1) t.groupArray = true;
    }
    return t;
  };

  const compileParticle = (
    p: Particle,
    choice: CGroup | undefined,
    byName: Map<string, CElement>,
    leaves: CElement[],
  ): CParticle => {
    if (p.kind === 'element') {
      const existing = byName.get(p.name);
      const el: CElement = {
        kind: 'element',
        name: p.name,
        min: p.minOccurs,
        max: toMax(p.maxOccurs),
        repeated: toMax(p.maxOccurs) > 1,
        sensitive: p.sensitive === true,
        type: undefined as unknown as CType, // resolved after all types are compiled (recursion)
        def: p,
        first: new Set([p.name]),
        nullable: p.minOccurs === 0,
        choice,
        slot: existing ? existing.slot : byName.size,
      };
      pending.push(el);
      // XSD "Element Declarations Consistent": same name, same type within one content model.
      if (!existing) byName.set(p.name, el);
      leaves.push(el);
      return el;
    }
    const g: CGroup = {
      kind: p.kind,
      min: p.minOccurs,
      max: toMax(p.maxOccurs),
      particles: [],
      first: new Set(),
      nullable: false,
      names: [],
      follow: [],
      def: p,
    };
    const particles = p.particles.map((c) =>
      compileParticle(c, p.kind === 'choice' ? g : choice, byName, leaves),
    );
    const first = new Set<string>();
    const names: string[] = [];
    let nullable: boolean;
    if (p.kind === 'sequence') {
      nullable = true;
      for (const c of particles) {
        if (nullable) for (const n of c.first) first.add(n);
        if (!c.nullable) nullable = false;
      }
      const follow: Set<string>[] = new Array(particles.length + 1);
      follow[particles.length] = new Set();
      for (let k = particles.length - 1; k >= 0; k--) {
        const s = new Set(follow[k + 1]!);
        for (const n of particles[k]!.first) s.add(n);
        follow[k] = s;
      }
      g.follow = follow;
    } else {
      nullable = particles.length === 0;
      for (const c of particles) {
        for (const n of c.first) first.add(n);
        if (c.nullable) nullable = true;
      }
    }
    for (const c of particles) {
      if (c.kind === 'element') names.push(c.name);
      else names.push(...c.names);
    }
    g.particles = particles;
    g.first = first;
    g.nullable = nullable || p.minOccurs === 0;
    g.names = names;
    return g;
  };

  const roots = new Map<string, CElement>();
  for (const [name, el] of Object.entries(schema.roots)) {
    roots.set(name, compileParticle(el, undefined, new Map(), []) as CElement);
  }
  // Resolve everything eagerly so that a broken descriptor fails at compile time, not mid-document.
  for (const name of Object.keys(schema.types)) typeByName(name);
  for (let i = 0; i < pending.length; i++) pending[i]!.type = typeByName(pending[i]!.def.type);
  return { schema, namespace: schema.namespace, roots };
}
