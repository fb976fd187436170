import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMessage, readMessage, readResponse, responseToReport } from '../src/index.js';

const fx = (n: string) => fileURLToPath(new URL(`./fixtures/${n}`, import.meta.url));
const ref = fileURLToPath(new URL('../../../../shared/reference/rio/', import.meta.url));

describe('readResponse', () => {
  it('reads a SOAP response with a Foutmelding into a typed result and a report', () => {
    const r = readResponse(readFileSync(fx('aanleveren_opleidingseenheid_response-fout.xml')), {
      file: 'fout.xml',
    });
    expect(r).toMatchObject({
      action: 'aanleveren_opleidingseenheid',
      service: 'beheren',
      goedgekeurd: false,
      header: { identificatiecodeBedrijfsdocument: 'antwoord-0001' },
      foutmeldingen: [
        {
          foutcode: 'A01161',
          fouttekst: 'Opleidingseenheid 1010O6466 bestaat niet.',
          sleutelgegeven: [{ sleutelnaam: 'opleidingseenheidcode', sleutelwaarde: '1010O6466' }],
        },
      ],
    });
    const rep = responseToReport(r, 'fout.xml');
    expect(rep.valid).toBe(false);
    expect(rep.issues.map((i) => [i.code, i.path])).toEqual([
      ['RIO.A01161', '/aanleveren_opleidingseenheid_response/opleidingseenheidcode=1010O6466'],
    ]);
  });

  it('reads an approval with the returned code', () => {
    const r = readResponse(
      readFileSync(fx('aanleveren_opleidingseenheid_response-ok.xml'), 'utf8'),
    );
    expect(r).toMatchObject({ goedgekeurd: true, code: '1010O6466', foutmeldingen: [] });
    expect(responseToReport(r).valid).toBe(true);
    const q = readResponse(readFileSync(fx('opvragen_rioIdentificatiecode_response.xml'), 'utf8'));
    expect(q).toMatchObject({
      action: 'opvragen_rioIdentificatiecode',
      service: 'raadplegen',
      code: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    });
  });

  it.skipIf(!existsSync(ref))('the fixtures are valid V4 responses (xmllint)', () => {
    const body = readFileSync(fx('aanleveren_opleidingseenheid_response-fout.xml'), 'utf8');
    const inner = body.slice(body.indexOf('<ns2:aanleveren'), body.indexOf('</SOAP-ENV:Body>'));
    const r1 = spawnSync(
      'xmllint',
      ['--noout', '--schema', `${ref}DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd`, '-'],
      { input: inner, encoding: 'utf8' },
    );
    expect(r1.stderr.trim()).toBe('- validates');
    const r2 = spawnSync(
      'xmllint',
      [
        '--noout',
        '--schema',
        `${ref}DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd`,
        fx('aanleveren_opleidingseenheid_response-ok.xml'),
      ],
      { encoding: 'utf8' },
    );
    expect(r2.status).toBe(0);
    const r3 = spawnSync(
      'xmllint',
      [
        '--noout',
        '--schema',
        `${ref}DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd`,
        fx('opvragen_rioIdentificatiecode_response.xml'),
      ],
      { encoding: 'utf8' },
    );
    expect(r3.status).toBe(0);
  });

  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as { code: string }).code;
    }
    return 'no error';
  };

  it('rejects DTDs, foreign roots, SOAP faults and garbage with typed errors', () => {
    expect(
      code(() => readResponse('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')),
    ).toMatch(/^E_XML_(DTD|ENTITY)$/);
    expect(
      code(() =>
        readResponse(
          '<foo_response xmlns="urn:other"><requestGoedgekeurd>true</requestGoedgekeurd></foo_response>',
        ),
      ),
    ).toBe('E_XML_ROOT');
    expect(
      code(() =>
        readResponse(
          '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>Certificaat onbekend</faultstring></s:Fault></s:Body></s:Envelope>',
        ),
      ),
    ).toBe('E_RIO_FAULT');
    expect(code(() => readResponse('<unterminated'))).toBe('E_XML_MALFORMED');
    expect(
      code(() =>
        readResponse(
          '<verwijderen_opleidingseenheid_response xmlns="http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4"/>',
        ),
      ),
    ).toBe('E_XML_MALFORMED');
  });
});

describe('readResponse on hostile input (#17 items 6 and 7)', () => {
  const NS = 'http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4';
  const resp = (inner: string) =>
    `<aanleveren_opleidingseenheid_response xmlns="${NS}"><requestGoedgekeurd>false</requestGoedgekeurd>${inner}</aanleveren_opleidingseenheid_response>`;
  const fail = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e as { code: string; message: string; location?: { path?: string } };
    }
    throw new Error('expected a throw');
  };

  it('a SOAP faultstring with a BSN is not repeated', () => {
    for (const bsn of ['229854382', '229 854 382', '229.854.382']) {
      const xml = `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>Onbekende persoon ${bsn} bij 100B490</faultstring></s:Fault></s:Body></s:Envelope>`;
      const e = fail(() => readResponse(xml));
      expect(e.code).toBe('E_RIO_FAULT');
      expect(e.message).not.toMatch(/229.?854.?382/);
      expect(e.message).toContain('100B490');
    }
  });

  it('a fouttekst with a BSN is hidden in the report message', () => {
    const r = readResponse(
      resp(
        '<foutmelding><foutcode>X1</foutcode><fouttekst>BSN 229854382 onbekend</fouttekst></foutmelding>',
      ),
    );
    expect(responseToReport(r).issues[0]!.message).toBe('BSN [nummer verborgen] onbekend');
  });

  it('<foutcode><toString/></foutcode> is a typed error with its path, not E_INTERNAL', () => {
    const e = fail(() =>
      readResponse(resp('<foutmelding><foutcode><toString/></foutcode></foutmelding>')),
    );
    expect(e.code).toBe('E_XML_MALFORMED');
    expect(e.location?.path).toBe('/aanleveren_opleidingseenheid_response/foutmelding[1]/foutcode');
  });

  it('elements named like Object members are plain data', () => {
    const r = readResponse(
      resp(
        '<constructor>c</constructor><toString>t</toString><__proto__><x>1</x></__proto__><hasOwnProperty>h</hasOwnProperty>',
      ),
    );
    expect(r.data.constructor).toBe('c');
    expect(r.data.toString).toBe('t');
    expect(JSON.stringify(r.data)).toBe(
      '{"constructor":"c","toString":"t","__proto__":{"x":"1"},"hasOwnProperty":"h"}',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('readResponse typed by the XSD (#12)', () => {
  it('the response element is also read by the codec: typed, and accepted by buildMessage', () => {
    const r = readResponse(readFileSync(fx('aanleveren_opleidingseenheid_response-fout.xml')));
    expect(r.bericht.element).toBe('aanleveren_opleidingseenheid_response');
    expect(r.bericht.issues).toEqual([]);
    expect(r.bericht.value.requestGoedgekeurd).toBe(false);
    expect(Array.isArray(r.bericht.value.foutmelding)).toBe(true);
    const again = buildMessage(r.bericht.element, r.bericht.value);
    expect(again.issues).toEqual([]);
    expect(readMessage(again.xml!).value).toEqual(r.bericht.value);
  });
});
