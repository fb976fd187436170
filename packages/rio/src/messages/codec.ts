/**
 * DUO RIO V4 messages on core's schema-driven codec (DESIGN.md §4): the descriptors are generated
 * from DUO's XSDs by @edustandaard/codegen (src/generated/rio-2022.ts), so every element of the
 * contracts — MBO and VAVO included — is known, values are typed as the XSD says (dates and decimals
 * keep their lexical form, integers are numbers, `xs:string` is untouched), repeatable elements are
 * always arrays, and input the XSD does not know is a finding, never silently dropped. Reading
 * returns exactly what building accepts.
 *
 * The contract build is a parameter: `2022` (the XSDs in ../shared/reference/rio) or `2025`
 * (derived from 2022 by {@link RIO_CONTRACT_2025}; flagged as derived).
 */
import {
  compileSchema,
  decodeXml,
  encodeXml,
  EdustandaardError,
  validateObject,
  type CompiledSchema,
  type Finding,
  type Particle,
  type XmlInput,
  type XmlSchema,
} from '@edustandaard/core';
import { RIO_CONTRACT_2025, inScope, type ContractChange } from '../data/contract-2025.js';
import type { RioErrorCode } from '../errors.js';
import { RIO_BEHEREN_2022, RIO_RAADPLEGEN_2022 } from '../generated/rio-2022.js';

/** The contract builds this package can build and read. */
export const RIO_CONTRACT_BUILDS = ['2022', '2025'] as const;
export type RioContractBuild = (typeof RIO_CONTRACT_BUILDS)[number];

/** The two services' descriptors of one build. */
export interface RioContract {
  build: RioContractBuild;
  /** True when the build is derived from another (not generated from its own XSD). */
  derived: boolean;
  beheren: XmlSchema;
  raadplegen: XmlSchema;
}

/**
 * Applies contract changes to a descriptor (pure: returns a new descriptor).
 * @param schema - a descriptor
 * @param changes - the changes, each applied to the complex types in its scope (`in`)
 */
export function deriveContract(schema: XmlSchema, changes: readonly ContractChange[]): XmlSchema {
  const edit =
    (mine: readonly ContractChange[]) =>
    (p: Particle): Particle[] => {
      if (p.kind === 'element') {
        const out: Particle[] = [];
        let keep: Particle = p;
        for (const c of mine) {
          if (c.op === 'remove' && p.name === c.element) return [];
          if (c.op === 'maxOccurs' && p.name === c.element) keep = { ...p, maxOccurs: c.maxOccurs };
        }
        out.push(keep);
        for (const c of mine)
          if (c.op === 'addAfter' && p.name === c.after) out.push({ ...c.element });
        return out;
      }
      return [{ ...p, particles: p.particles.flatMap(edit(mine)) }];
    };
  const types: XmlSchema['types'] = {};
  for (const [name, t] of Object.entries(schema.types)) {
    const mine = changes.filter((c) => inScope(c.in, name));
    types[name] =
      t.kind === 'complex' && t.content && mine.length
        ? { ...t, content: edit(mine)(t.content)[0] ?? null }
        : t;
  }
  return { ...schema, types };
}

const contracts = new Map<RioContractBuild, RioContract>();
const compiled = new Map<XmlSchema, CompiledSchema>();

/**
 * The descriptors of a contract build (computed once, immutable).
 * @param build - `2022` (default) or `2025`
 */
export function rioContract(build: RioContractBuild = '2022'): RioContract {
  let c = contracts.get(build);
  if (c) return c;
  if (build === '2022')
    c = { build, derived: false, beheren: RIO_BEHEREN_2022, raadplegen: RIO_RAADPLEGEN_2022 };
  else if (build === '2025')
    c = {
      build,
      derived: true,
      beheren: deriveContract(RIO_BEHEREN_2022, RIO_CONTRACT_2025.changes),
      raadplegen: deriveContract(RIO_RAADPLEGEN_2022, RIO_CONTRACT_2025.changes),
    };
  else
    throw new EdustandaardError<RioErrorCode>(
      'E_USAGE',
      `Onbekende contractversie '${String(build)}' (${RIO_CONTRACT_BUILDS.join(', ')}).`,
    );
  contracts.set(build, c);
  return c;
}

function compiledOf(s: XmlSchema): CompiledSchema {
  let c = compiled.get(s);
  if (!c) compiled.set(s, (c = compileSchema(s)));
  return c;
}

/** The service and compiled schema that have `element` as a global element. */
function serviceOf(
  element: string,
  build: RioContractBuild,
  only?: 'beheren' | 'raadplegen',
): { service: 'beheren' | 'raadplegen'; schema: CompiledSchema } {
  const c = rioContract(build);
  for (const service of only ? [only] : (['beheren', 'raadplegen'] as const)) {
    const schema = compiledOf(c[service]);
    if (schema.roots.has(element)) return { service, schema };
  }
  throw new EdustandaardError<RioErrorCode>(
    'E_USAGE',
    `'${element}' is geen bericht van de RIO V4-contracten (${build}).`,
    { path: element },
  );
}

/** Options of {@link buildMessage} and {@link readMessage}. */
export interface RioCodecOptions {
  /** Contract build (default `2022`). */
  build?: RioContractBuild;
  /** File name for locations (reading). */
  file?: string;
  /** Pretty-print (building; default true). */
  pretty?: boolean;
  /**
   * The contract (building): entity elements such as `aangebodenBOOpleiding` are global in both
   * Beheren and Raadplegen; default Beheren when it has the element.
   */
  service?: 'beheren' | 'raadplegen';
}

/** The result of {@link buildMessage}: XML only when the model has no `fout`. */
export interface BuiltMessage {
  xml: string | undefined;
  issues: Finding[];
}

const findingsOf = (service: string, build: RioContractBuild) => ({
  prefix: 'RIO.XSD',
  source: {
    document: `DUO_RIO_${service === 'beheren' ? 'Beheren' : 'Raadplegen'}_OnderwijsOrganisatie_V4.xsd`,
    version: build,
  },
});

/**
 * Builds a RIO V4 message element (request or response) from its model, checked against the XSD
 * first: every problem — unknown or misspelt input, a missing required element, a wrong type or
 * facet — is a finding with its path, and then no XML is produced.
 * @param element - the global element, e.g. `aanleveren_opleidingseenheid_request`
 * @param value - the element's content as {@link readMessage} returns it
 * @param options - contract build, formatting
 */
export function buildMessage(
  element: string,
  value: unknown,
  options: RioCodecOptions = {},
): BuiltMessage {
  const build = options.build ?? '2022';
  const { service, schema } = serviceOf(element, build, options.service);
  const issues = validateObject(schema, element, value, findingsOf(service, build));
  if (issues.some((i) => i.severity === 'fout')) return { xml: undefined, issues };
  return { xml: encodeXml(schema, element, value, { pretty: options.pretty ?? true }), issues };
}

/** The result of {@link readMessage}. */
export interface ReadMessage {
  element: string;
  service: 'beheren' | 'raadplegen';
  build: RioContractBuild;
  /** The element's content: typed, arrays where the XSD repeats, unknown content under `$unknown`. */
  value: Record<string, unknown>;
  /** XSD findings (unknown elements included: never silently dropped). */
  issues: Finding[];
}

/**
 * Reads any RIO V4 message element (request or response) with core's hardened reader.
 * @param input - the XML
 * @param options - contract build, file name
 * @throws EdustandaardError `E_XML_*` for unreadable input or a root outside the contracts
 */
export function readMessage(input: XmlInput, options: RioCodecOptions = {}): ReadMessage {
  const build = options.build ?? '2022';
  const c = rioContract(build);
  let service: 'beheren' | 'raadplegen' = 'beheren';
  const r = decodeXml(
    input,
    (ns) => {
      service = ns === c.raadplegen.namespace ? 'raadplegen' : 'beheren';
      if (ns !== c.beheren.namespace && ns !== c.raadplegen.namespace)
        throw new EdustandaardError<RioErrorCode>(
          'E_XML_ROOT',
          `Geen DUO RIO V4-bericht: namespace '${ns}'.`,
          options.file ? { file: options.file } : {},
        );
      return compiledOf(c[service]);
    },
    { ...(options.file ? { file: options.file } : {}), findings: findingsOf(service, build) },
  );
  return { element: r.root, service, build, value: r.value, issues: r.issues };
}
