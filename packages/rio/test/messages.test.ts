import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_CASES } from './support/reference.js';
import {
  EXAMPLE_HEADER,
  RIO_ACTIONS,
  RIO_EXAMPLES,
  buildMessage,
  buildRequest,
  readMessage,
  toSoapEnvelope,
} from '../src/index.js';

const ref = fileURLToPath(new URL('../../../../shared/reference/rio/', import.meta.url));
const haveRef = existsSync(ref);
if (!haveRef)
  console.warn(
    `SKIP: ${ref} is absent; the RIO V4 XSD conformance test needs ../shared/reference beside the repository.`,
  );
const dir = mkdtempSync(join(tmpdir(), 'rio-msg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Validates files against an XSD with xmllint; returns per-file stderr lines. */
function xmllint(xsd: string, files: string[]): { status: number | null; out: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, ...files], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint not found (install libxml2-utils): ${r.error.message}`);
  return { status: r.status, out: r.stderr };
}

const cases = ACTION_CASES;

describe.skipIf(!haveRef)(
  'every request validates against the DUO RIO V4 XSD (xmllint --schema)',
  () => {
    it('has a bundled example for every action', () => {
      for (const a of RIO_ACTIONS) expect(RIO_EXAMPLES[a.action], a.action).toBeDefined();
      expect(RIO_ACTIONS.filter((a) => a.service === 'beheren')).toHaveLength(10);
      expect(RIO_ACTIONS.filter((a) => a.service === 'raadplegen')).toHaveLength(15);
    });

    for (const service of ['beheren', 'raadplegen'] as const) {
      it(`all ${service} requests`, () => {
        const xsd = join(
          ref,
          service === 'beheren'
            ? 'DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd'
            : 'DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd',
        );
        const mine = cases.filter(
          (c) => RIO_ACTIONS.find((a) => a.action === c.action)!.service === service,
        );
        const files = mine.map((c) => {
          const f = join(dir, `${c.name}.xml`);
          writeFileSync(f, buildRequest(c.action, c.input, { header: EXAMPLE_HEADER }));
          return f;
        });
        const r = xmllint(xsd, files);
        expect(r.out.split('\n').filter((l) => l && !l.endsWith(' validates'))).toEqual([]);
        expect(r.status).toBe(0);
      });
    }
  },
);

describe('request building', () => {
  it('writes elements in XSD order with the eigen sleutel as kenmerk', () => {
    const xml = buildRequest(
      'aanleveren_opleidingseenheid',
      RIO_EXAMPLES.aanleveren_opleidingseenheid,
      { header: EXAMPLE_HEADER, pretty: false },
    );
    expect(xml).toContain(
      '<aanleveren_opleidingseenheid_request xmlns="http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4">',
    );
    expect(xml).toContain(
      '<kenmerken><kenmerknaam>eigenOpleidingseenheidSleutel</kenmerknaam><kenmerkwaardeTekst>5f1c6b52-0d0e-4b8c-9a33-2f4a8c1d7e90</kenmerkwaardeTekst></kenmerken><kenmerken><kenmerknaam>soort</kenmerknaam><kenmerkwaardeEnumeratiewaarde>OPLEIDING</kenmerkwaardeEnumeratiewaarde></kenmerken><hoOpleidingPeriode>',
    );
    expect(xml.indexOf('</hoOpleidingPeriode><waardedocumentsoort>')).toBeGreaterThan(0);
  });

  it('is deterministic for a fixed header', () => {
    const a = buildRequest(
      'aanleveren_aangebodenOpleiding',
      RIO_EXAMPLES.aanleveren_aangebodenOpleiding,
      { header: EXAMPLE_HEADER },
    );
    expect(
      buildRequest('aanleveren_aangebodenOpleiding', RIO_EXAMPLES.aanleveren_aangebodenOpleiding, {
        header: EXAMPLE_HEADER,
      }),
    ).toBe(a);
  });

  it('wraps in a SOAP 1.1 envelope', () => {
    const env = toSoapEnvelope(
      buildRequest(
        'verwijderen_opleidingseenheid',
        { opleidingseenheidcode: '1010O6466' },
        { header: EXAMPLE_HEADER },
      ),
    );
    expect(env).toMatch(/<soapenv:Body>\n<verwijderen_opleidingseenheid_request xmlns=/);
    expect(env.match(/<\?xml/g)).toHaveLength(1);
  });

  const err = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e as { code: string; location?: { path?: string }; message: string };
    }
    throw new Error('expected an error');
  };

  it('reports a missing required element with its path', () => {
    const input = structuredClone(RIO_EXAMPLES.aanleveren_opleidingseenheid) as {
      periodes: { naamLang?: string }[];
    };
    delete input.periodes[0]!.naamLang;
    const e = err(() =>
      buildRequest('aanleveren_opleidingseenheid', input, { header: EXAMPLE_HEADER }),
    );
    expect(e.code).toBe('E_RIO_MODEL');
    expect(e.location?.path).toBe('/periodes/0/naamLang');
  });

  it('reports a missing required kenmerk, a bad date, a choice with two members and an unknown kind', () => {
    const ao = structuredClone(RIO_EXAMPLES.aanleveren_aangebodenOpleiding) as Record<
      string,
      unknown
    >;
    delete ao.vorm;
    expect(
      err(() => buildRequest('aanleveren_aangebodenOpleiding', ao, { header: EXAMPLE_HEADER }))
        .location?.path,
    ).toBe('/vorm');
    const ao2 = {
      ...(RIO_EXAMPLES.aanleveren_aangebodenOpleiding as object),
      begindatum: '01-09-2024',
    };
    expect(
      err(() => buildRequest('aanleveren_aangebodenOpleiding', ao2, { header: EXAMPLE_HEADER }))
        .location?.path,
    ).toBe('/begindatum');
    const ao3 = {
      ...(RIO_EXAMPLES.aanleveren_aangebodenOpleiding as object),
      opleidingserkenningSleutel: { opleidingsstelsel: 'X', opleidingscode: '1' },
    };
    expect(
      err(() => buildRequest('aanleveren_aangebodenOpleiding', ao3, { header: EXAMPLE_HEADER }))
        .message,
    ).toContain('Slechts één');
    const e = err(() =>
      buildRequest(
        'aanleveren_opleidingseenheid',
        { type: 'vmboOpleiding' },
        { header: EXAMPLE_HEADER },
      ),
    );
    expect(e).toMatchObject({ code: 'E_RIO_MODEL', location: { path: '/type' } });
    expect(err(() => buildRequest('aanleveren_iets', {}, { header: EXAMPLE_HEADER })).code).toBe(
      'E_USAGE',
    );
  });
});

it('xmllint is installed (needed by the conformance test)', () => {
  expect(() => execFileSync('xmllint', ['--version'], { stdio: 'ignore' })).not.toThrow();
});

describe('buildRequest on core codec (#12, #17 item 2)', () => {
  const header = EXAMPLE_HEADER;
  const ex = (a: string) => structuredClone(RIO_EXAMPLES[a]) as Record<string, unknown>;

  it('a value that looks like a reference is written as data and read back unchanged', () => {
    const m = ex('aanleveren_opleidingseenheid');
    (m.periodes as Record<string, unknown>[])[0]!.naamLang = 'A&amp;B <C> &#65; &foo;';
    const xml = buildRequest('aanleveren_opleidingseenheid', m, { header });
    const back = readMessage(xml);
    expect(back.issues).toEqual([]);
    expect(JSON.stringify(back.value)).toContain('A&amp;B <C> &#65; &foo;');
  });

  it('a misspelt or unknown member is E_RIO_MODEL naming its path, never dropped', () => {
    const m = ex('aanleveren_opleidingseenheid');
    m.begindatun = '2024-01-01';
    (m.periodes as Record<string, unknown>[])[0]!.niveauu = 'x';
    try {
      buildRequest('aanleveren_opleidingseenheid', m, { header });
      throw new Error('expected E_RIO_MODEL');
    } catch (e) {
      expect(e).toMatchObject({ code: 'E_RIO_MODEL', location: { path: '/periodes/0/niveauu' } });
      expect((e as Error).message).toContain('/begindatun');
    }
  });

  it('what the XSD forbids is E_RIO_MODEL with the XSD path (checked by the generated descriptor)', () => {
    const m = ex('aanleveren_opleidingseenheid');
    (m.periodes as Record<string, unknown>[])[0]!.naamLang = 'x'.repeat(300);
    try {
      buildRequest('aanleveren_opleidingseenheid', m, { header });
      throw new Error('expected E_RIO_MODEL');
    } catch (e) {
      expect(e).toMatchObject({ code: 'E_RIO_MODEL' });
      expect((e as { location: { path: string } }).location.path).toMatch(/naamLang$/);
    }
  });

  it('every example builds, is read back by readMessage without findings, and builds again identically', () => {
    for (const a of RIO_ACTIONS) {
      const xml = buildRequest(a.action, RIO_EXAMPLES[a.action], { header });
      const r = readMessage(xml);
      expect(r.issues, a.action).toEqual([]);
      expect(buildMessage(r.element, r.value, { service: a.service }).xml, a.action).toBe(xml);
    }
  });
});
