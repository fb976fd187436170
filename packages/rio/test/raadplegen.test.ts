/**
 * The Raadplegen client with mutual TLS against a loopback server that answers recorded responses
 * built by the codec from the XSD descriptor (#12 optional source). Certificates are made per run with
 * openssl (a test CA, a server certificate for 127.0.0.1, a client certificate, and an untrusted one).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RAADPLEGEN_SOAP_ACTION,
  buildMessage,
  buildPlan,
  raadplegenClient,
  readMessage,
  readRioSideFromService,
  rioContract,
  toSoapEnvelope,
} from '../src/index.js';
import { contentArb } from './support/arbitrary.js';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'rio-mtls-'));
const f = (n: string) => join(dir, n);
const pem = (n: string) => readFileSync(f(n));
const fixture = readFileSync(
  fileURLToPath(new URL('./fixtures/opvragen_rioIdentificatiecode_response.xml', import.meta.url)),
);
const OIN = {
  verzendendeInstantie: '00000001234567890000',
  ontvangendeInstantie: '00000001800866472000',
};

let server: Server;
let url = '';
const seen: { action: string; cn: string; issues: number }[] = [];

function certs(): void {
  const ssl = (...a: string[]) => execFileSync('openssl', a, { cwd: dir, stdio: 'pipe' });
  const key = (n: string) =>
    ssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', n);
  key('ca.key');
  ssl(
    'req',
    '-x509',
    '-new',
    '-key',
    'ca.key',
    '-out',
    'ca.crt',
    '-subj',
    '/CN=test-ca',
    '-days',
    '2',
  );
  for (const [n, cn] of [
    ['server', 'localhost'],
    ['client', 'instelling'],
  ] as const) {
    key(`${n}.key`);
    ssl('req', '-new', '-key', `${n}.key`, '-out', `${n}.csr`, '-subj', `/CN=${cn}`);
    writeFileSync(
      f(`${n}.ext`),
      n === 'server'
        ? 'subjectAltName=IP:127.0.0.1,DNS:localhost\n'
        : 'extendedKeyUsage=clientAuth\n',
    );
    ssl(
      'x509',
      '-req',
      '-in',
      `${n}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${n}.crt`,
      '-days',
      '2',
      '-extfile',
      `${n}.ext`,
    );
  }
  key('rogue.key');
  ssl(
    'req',
    '-x509',
    '-new',
    '-key',
    'rogue.key',
    '-out',
    'rogue.crt',
    '-subj',
    '/CN=rogue',
    '-days',
    '2',
  );
}

type Obj = Record<string, unknown>;
/** A model of a response element drawn from the descriptor, the first that has `member`. */
function drawn(element: string, member: (v: Obj) => boolean): Obj {
  const schema = rioContract('2022').raadplegen;
  const type = schema.roots[element]!.type;
  const v = fc
    .sample(contentArb(schema, type), { numRuns: 400, seed: 3 })
    .find((x) => member(x as Obj));
  if (!v) throw new Error(`no sample of ${element}`);
  return structuredClone(v) as Obj;
}
const HEAD = {
  identificatiecodeBedrijfsdocument: 'antwoord-1',
  verzendendeInstantie: OIN.ontvangendeInstantie,
  ontvangendeInstantie: OIN.verzendendeInstantie,
  datumTijdBedrijfsdocument: '2026-01-15T10:00:01Z',
  requestGoedgekeurd: true,
};
const AO = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
/** Recorded answers of the three queries the service-based RIO side makes, built from the descriptor. */
function pages(): Record<string, string> {
  const env = (element: string, v: Obj) => {
    const b = buildMessage(element, v, { service: 'raadplegen' });
    if (!b.xml) throw new Error(`${element}: ${JSON.stringify(b.issues.slice(0, 3))}`);
    return toSoapEnvelope(b.xml);
  };
  const org = drawn('opvragen_onderwijsaanbiedersVanOrganisatie_response', (v) =>
    Array.isArray((v.onderwijsbestuur as Obj | undefined)?.onderwijsaanbieder),
  );
  const bestuur = org.onderwijsbestuur as Obj;
  bestuur.onderwijsbestuurcode = '100B490';
  bestuur.onderwijsaanbieder = [
    { ...(bestuur.onderwijsaanbieder as Obj[])[0], onderwijsaanbiedercode: '110A133' },
  ];
  const ao = drawn('opvragen_aangebodenOpleidingenVanOrganisatie_response', (v) =>
    Array.isArray(v.aangebodenHOOpleiding),
  );
  const one = (ao.aangebodenHOOpleiding as Obj[])[0]!;
  for (const k of Object.keys(ao)) if (/^aangeboden|^foutmelding$/.test(k)) delete ao[k];
  const periodKey = Object.keys(one).find((k) => k.endsWith('Periode'))!;
  const period = (one[periodKey] as Obj[])[0]!;
  ao.aangebodenHOOpleiding = [
    {
      ...Object.fromEntries(
        Object.entries(one).filter(
          ([k]) => !k.endsWith('Cohort') && k !== 'einddatum' && !k.endsWith('Periode'),
        ),
      ),
      aangebodenOpleidingCode: AO,
      onderwijsaanbiedercode: '110A133',
      opleidingseenheidcode: '1010O6466',
      begindatum: '2020-09-01',
      [periodKey]: [
        { ...period, begindatum: '2020-09-01', eigenNaamAangebodenOpleiding: 'Informatica' },
      ],
      kenmerken: [{ kenmerknaam: 'eigenAangebodenOpleidingSleutel', kenmerkwaardeTekst: 'sis-p1' }],
    },
  ];
  ao.paginering = { pagina: 0, aantalPaginas: 1, aantalResultaten: 1 };
  const oe = drawn('opvragen_opleidingseenhedenVanOrganisatie_response', (v) =>
    Array.isArray(v.hoOpleiding),
  );
  const o1 = (oe.hoOpleiding as Obj[])[0]!;
  for (const k of Object.keys(oe)) if (/^(ho|particuliere)|^foutmelding$/.test(k)) delete oe[k];
  const oPeriodKey = Object.keys(o1).find((k) => k.endsWith('Periode'))!;
  oe.hoOpleiding = [
    {
      ...Object.fromEntries(
        Object.entries(o1).filter(([k]) => k !== 'einddatum' && !k.endsWith('Periode')),
      ),
      opleidingseenheidcode: '1010O6466',
      begindatum: '2019-09-01',
      [oPeriodKey]: [
        { ...(o1[oPeriodKey] as Obj[])[0], begindatum: '2019-09-01', naamLang: 'B Informatica' },
      ],
      kenmerken: [{ kenmerknaam: 'eigenOpleidingseenheidSleutel', kenmerkwaardeTekst: 'sis-es1' }],
    },
  ];
  if ('paginering' in oe) oe.paginering = { pagina: 0, aantalPaginas: 1, aantalResultaten: 1 };
  return {
    opvragen_onderwijsaanbiedersVanOrganisatie: env(
      'opvragen_onderwijsaanbiedersVanOrganisatie_response',
      { ...org, ...HEAD },
    ),
    opvragen_aangebodenOpleidingenVanOrganisatie: env(
      'opvragen_aangebodenOpleidingenVanOrganisatie_response',
      { ...ao, ...HEAD },
    ),
    opvragen_opleidingseenhedenVanOrganisatie: env(
      'opvragen_opleidingseenhedenVanOrganisatie_response',
      { ...oe, ...HEAD },
    ),
  };
}

/** The recorded response: the fixture read by the codec and built again from the descriptor. */
function recorded(): string {
  const r = readMessage(fixture);
  const b = buildMessage(r.element, r.value, { service: 'raadplegen' });
  if (!b.xml) throw new Error(JSON.stringify(b.issues));
  return toSoapEnvelope(b.xml);
}

beforeAll(async () => {
  if (!hasOpenssl) return;
  certs();
  const answer = recorded();
  const paged = pages();
  server = createServer(
    {
      key: pem('server.key'),
      cert: pem('server.crt'),
      ca: pem('ca.crt'),
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const action = String(req.headers.soapaction ?? '')
          .replace(/"/g, '')
          .split('/')
          .pop()!;
        const body = Buffer.concat(chunks).toString('utf8');
        const inner = body.slice(body.indexOf('<opvragen_'), body.lastIndexOf('</soapenv:Body>'));
        const cn = String((req.socket as TLSSocket).getPeerCertificate().subject?.CN ?? '');
        seen.push({ action, cn, issues: readMessage(inner).issues.length });
        if (action === 'opvragen_onderwijslocatie') {
          res.writeHead(500, { 'content-type': 'text/xml' });
          res.end(
            '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>Persoon 229854382 onbekend</faultstring></s:Fault></s:Body></s:Envelope>',
          );
        } else if (action === 'opvragen_opleidingseenheid') {
          // never answers: the client's timeout must end the call
        } else {
          res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
          res.end(paged[action] ?? answer);
        }
      });
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/rio-raadplegen`;
}, 120_000); // key and certificate generation by openssl can take long on a loaded machine
afterAll(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
  rmSync(dir, { recursive: true, force: true });
});

const client = (over: Record<string, unknown> = {}) =>
  raadplegenClient({
    url,
    cert: pem('client.crt'),
    key: pem('client.key'),
    ca: pem('ca.crt'),
    ...OIN,
    ...over,
  });

describe.skipIf(!hasOpenssl)('Raadplegen client with mutual TLS', () => {
  it('sends an XSD-valid request with the WSDL SOAPAction and reads the typed answer', async () => {
    const r = await client().opvragen('opvragen_rioIdentificatiecode', {
      eigenOpleidingseenheidSleutel: '5f1c6b52-0d0e-4b8c-9a33-2f4a8c1d7e90',
    });
    expect(r).toMatchObject({
      action: 'opvragen_rioIdentificatiecode',
      goedgekeurd: true,
      code: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    });
    expect(r.bericht.issues).toEqual([]);
    expect(seen.at(-1)).toEqual({
      action: 'opvragen_rioIdentificatiecode',
      cn: 'instelling',
      issues: 0,
    });
    expect(RAADPLEGEN_SOAP_ACTION('x')).toBe(
      'http://duo.nl/contract/DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4/x',
    );
  });

  it('without a client certificate the server refuses: E_HTTP', async () => {
    const e = await client({ cert: pem('rogue.crt'), key: pem('rogue.key') })
      .opvragen('opvragen_rioIdentificatiecode', { eigenOpleidingseenheidSleutel: 'x' })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'E_HTTP' });
  });

  it('a server certificate from another CA is refused: E_HTTP', async () => {
    const e = await client({ ca: pem('rogue.crt') })
      .opvragen('opvragen_rioIdentificatiecode', { eigenOpleidingseenheidSleutel: 'x' })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'E_HTTP' });
  });

  it('a SOAP fault is E_RIO_FAULT without the BSN it carried', async () => {
    const e = (await client()
      .opvragen('opvragen_onderwijslocatie', { onderwijslocatieCode: '123X456' })
      .catch((x: unknown) => x)) as { code: string; message: string };
    expect(e.code).toBe('E_RIO_FAULT');
    expect(e.message).not.toContain('229854382');
  });

  it('a server that does not answer is E_TIMEOUT', async () => {
    const e = await client({ timeoutMs: 300 })
      .opvragen('opvragen_opleidingseenheid', { opleidingseenheidcode: '1010O6466' })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'E_TIMEOUT' });
  });

  it('a request the XSD refuses never leaves the machine; http: is refused', async () => {
    const n = seen.length;
    const e = await client()
      .opvragen('opvragen_rioIdentificatiecode', { onbekend: 'x' })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'E_RIO_MODEL' });
    expect(seen.length).toBe(n);
    expect(() => raadplegenClient({ url: 'http://127.0.0.1/', cert: '', key: '', ...OIN })).toThrow(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
  });

  it('gathers the RIO side through the service instead of CSV, and the plan reads it', async () => {
    const side = await readRioSideFromService(client(), '100B490', { peildatum: '2026-01-01' });
    expect(side.items.map((i) => [i.entiteit, i.code, i.eigenSleutel, i.naam, i.sector])).toEqual([
      ['aangebodenOpleiding', AO, 'sis-p1', 'Informatica', 'HO'],
      ['opleidingseenheid', '1010O6466', 'sis-es1', 'B Informatica', 'HO'],
    ]);
    const plan = buildPlan(
      '100B490',
      side,
      [
        {
          entiteit: 'opleidingseenheid',
          sleutel: 'sis-es1',
          ooapiType: 'education-specifications',
          rioCode: '',
          code: '',
          naam: 'B Informatica',
          begindatum: '',
          einddatum: '',
          ouder: '',
          cohorten: [],
        },
        {
          entiteit: 'aangebodenOpleiding',
          sleutel: 'sis-p1',
          ooapiType: 'programs',
          rioCode: '',
          code: '',
          naam: 'Informatica',
          begindatum: '',
          einddatum: '',
          ouder: 'sis-es1',
          cohorten: [],
        },
      ],
      { peildatum: '2026-01-01' },
    );
    expect(plan.items.map((i) => i.categorie)).toEqual(['al-gekoppeld', 'al-gekoppeld']);
    expect(plan.findings.map((f) => f.code)).toContain('RIO.SYNC.BRON_WEBSERVICE');
  });
});
