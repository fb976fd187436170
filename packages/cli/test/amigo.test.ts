/**
 * AMIGO across contexts (issue #18): OSO, RIO and OKE objects become the same central models, and
 * the cross-context mapping "OKE person payload for a leerling from an OSO dossier" runs on every
 * official OSO example. It lives here because oso and oke may not import each other: oke's
 * `okePersonPayload` takes the central form, oso's `osoToCentral` gives it, and the cli layer (which
 * depends on both) composes them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  check,
  okeOrganizationFromCentral,
  okeOrganizationToCentral,
  okePersonPayload,
  okePersonToCentral,
  sampleData,
  type Person,
} from '@edustandaard/oke';
import {
  osoResolvedDerivations,
  osoLeerlingFromCentral,
  osoToCentral,
  read,
} from '@edustandaard/oso';
import { SWV_PROFILES } from '@edustandaard/oso-swv';
import { rioAanbiederToCentral, rioLocatieToCentral } from '@edustandaard/rio';

const REF = new URL('../../../../shared/reference/oso/2019.1/examples/', import.meta.url);
const HAS_REF = existsSync(REF);
if (!HAS_REF)
  console.warn(`SKIP: ../shared/reference absent (${REF.pathname}); AMIGO example tests skipped.`);
const examples = HAS_REF
  ? ['OV', 'PaO'].flatMap((g) =>
      readdirSync(new URL(`${g}/`, REF))
        .sort()
        .map((name) => ({ name, bytes: readFileSync(new URL(`${g}/${name}`, REF)) })),
    )
  : [];
const PERSON_ID = '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

describe.skipIf(!HAS_REF)('OSO dossier → OKE person payload (every official example)', () => {
  it('each example gives a payload check accepts, or names each missing field', () => {
    expect(examples).toHaveLength(12);
    const outcome: Record<string, string[]> = {};
    for (const ex of examples) {
      const c = osoToCentral(read(ex.bytes).dossier);
      expect(c.leerling, ex.name).toBeDefined();
      const r = okePersonPayload(c.leerling!, PERSON_ID);
      const accepted = check('1.persoonsinformatie-aanleveren', 'request', r.payload).valid;
      expect(accepted, ex.name).toBe(r.ok);
      if (r.ok) expect(r.ontbrekend, ex.name).toEqual([]);
      else {
        // every finding is a named missing field: nothing else is wrong with what was carried
        expect(r.ontbrekend.length, ex.name).toBeGreaterThan(0);
        expect(
          r.findings.every((f) => f.params?.keyword === 'required'),
          ex.name,
        ).toBe(true);
      }
      // never a BSN in an OKE payload (OSO SWV profielen PaO.LL12; OKE knows no PGN)
      expect(JSON.stringify(r.payload)).not.toMatch(/269326728/);
      outcome[ex.name] = r.ontbrekend;
    }
    // The full examples carry a non-secret e-mail, a roepnaam, the leerlingid and a datuminschrijving:
    const accepted = Object.entries(outcome)
      .filter(([, m]) => m.length === 0)
      .map(([n]) => n);
    expect(accepted.length).toBeGreaterThan(0);
    // The opt-out examples lack fields OKE requires; each is named, e.g. the e-mail address:
    for (const [name, missing] of Object.entries(outcome))
      if (missing.length)
        expect(
          missing.every((m) =>
            [
              'mail',
              'givenName',
              'primaryCode',
              'activeEnrollment',
              'surname',
              'displayName',
            ].includes(m),
          ),
          name,
        ).toBe(true);
  });

  it('the POVO leerling: OKE payload with the Edu-V identifier, the non-secret e-mail, and a report', () => {
    const ex = examples.find((e) => e.name === 'Voorbeelddossier_OV_POVO_full.xml')!;
    const c = osoToCentral(read(ex.bytes).dossier);
    const r = okePersonPayload(c.leerling!, PERSON_ID);
    expect(r.ok).toBe(true);
    expect(r.payload).toMatchObject({
      personId: PERSON_ID,
      primaryCode: { codeType: 'studentNumber', code: 'LN094837' },
      givenName: 'Daan',
      surnamePrefix: 'van de',
      surname: 'Berg',
      displayName: 'Daan van de Berg',
      mail: 'leerling@leerling.nl',
      gender: 'M',
      dateOfBirth: '2003-03-17',
      activeEnrollment: false,
      affiliations: ['student'],
    });
    expect(r.payload.mail).not.toBe('geheim@geheim.geheim');
    expect(r.nietOvergedragen.map((n) => n.path)).toEqual(
      expect.arrayContaining(['pgn', 'voornamen', 'onderwijsaanbieder']),
    );
  });

  it('the reverse for the shared fields: OKE person → central → OSO leerling elements', () => {
    const c = okePersonToCentral(sampleData.samplePerson(), 'student');
    const leerling = osoLeerlingFromCentral(c.value as never);
    expect(leerling.value).toMatchObject({
      achternaam: 'Damme',
      voorvoegsel: 'van',
      roepnaam: 'Maartje',
      leerlingid: '1000001',
      communicatielijst: { communicatie: [{ soort: 'e-mail', nummer: 'student1@example.org' }] },
    });
  });
});

describe('the same central models across OSO, RIO and OKE', () => {
  it('an OSO leerling and an OKE student person become the same central Onderwijsdeelnemer', () => {
    const person = {
      ...sampleData.samplePerson(),
      primaryCode: { codeType: 'studentNumber', code: 'LN094837' },
      givenName: 'Daan',
      surnamePrefix: 'van de',
      surname: 'Berg',
      mail: 'leerling@leerling.nl',
      gender: 'M',
      dateOfBirth: '2003-03-17',
    } as Person;
    const fromOke = okePersonToCentral(person, 'student').value;
    const dossier = {
      huidigeschool: {
        naam: 'Testschool',
        brincode: '00YY',
        leerling: {
          roepnaam: 'Daan',
          voorvoegsel: 'van de',
          achternaam: 'Berg',
          geslacht: 2,
          geboortedatum: '2003-03-17',
          leerlingid: 'LN094837',
          communicatielijst: {
            communicatie: [{ soort: 'e-mail', nummer: 'leerling@leerling.nl' }],
          },
        },
      },
    };
    const { onderwijsaanbieder, ...fromOso } = osoToCentral(dossier).leerling!;
    expect(onderwijsaanbieder).toEqual({ soort: 'OIE_CODE', waarde: '00YY', rang: 'secundair' });
    // The OKE sample person also carries an ECK iD (otherCodes, Edu-V eerste voorkeur); OSO has no
    // element for it, so the OSO leerling is the same Onderwijsdeelnemer without that identifier.
    const eck = { soort: 'eckId', waarde: person.otherCodes![0]!.code, rang: 'primair' };
    expect(fromOke.identificaties).toContainEqual(eck);
    expect(fromOso).toEqual({
      ...fromOke,
      identificaties: fromOke.identificaties!.filter((i) => i.soort !== 'eckId'),
    });
  });

  it('OSO school, RIO onderwijsaanbieder and OKE organization: the same Onderwijsaanbieder (BRIN4 as OIE_CODE)', () => {
    const oso = osoToCentral({
      huidigeschool: { naam: 'Hogeschool Voorbeeld', brincode: '30AB' },
    }).school!;
    const rio = rioAanbiederToCentral({
      onderwijsaanbiedercode: '110A133',
      inBedrijfdatum: '2020-08-01',
      periodes: [{ begindatum: '2020-08-01', naam: 'Hogeschool Voorbeeld' }],
      juridischeRelatie: [{ instellingserkenningscode: '30AB', begindatum: '2020-08-01' }],
    }).value;
    const oke = okeOrganizationToCentral({
      ...sampleData.sampleOrganization(),
      primaryCode: { codeType: 'brin', code: '30AB' },
      name: [{ language: 'nl-NL', value: 'Hogeschool Voorbeeld' }],
    }).value;
    for (const c of [oso, rio, oke]) {
      expect(c.niveau).toBe('onderwijsaanbieder');
      expect(c.naam).toBe('Hogeschool Voorbeeld');
      expect(c.identificaties).toContainEqual({
        soort: 'OIE_CODE',
        waarde: '30AB',
        rang: 'secundair',
      });
    }
    expect(oso).toEqual(oke);
    // RIO knows the primary identifier too; OKE then carries it via the Edu-V selection
    expect(rio.identificaties[0]).toEqual({ soort: 'OA_ID', waarde: '110A133', rang: 'primair' });
    expect(
      okeOrganizationFromCentral(rio, sampleData.SAMPLE_IDS.organization).value.primaryCode,
    ).toEqual({
      codeType: 'onderwijsaanbiedercode',
      code: '110A133',
    });
    expect(
      okeOrganizationFromCentral(oso, sampleData.SAMPLE_IDS.organization).value.primaryCode,
    ).toEqual({
      codeType: 'brin',
      code: '30AB',
    });
  });

  it('a RIO onderwijslocatie becomes an Onderwijslocatie with the central Adres', () => {
    const l = rioLocatieToCentral({
      onderwijslocatiecode: '123X456',
      postcode: '3511AB',
      huisnummer: 12,
      plaatsnaam: 'Utrecht',
    }).value;
    expect(l).toEqual({
      niveau: 'onderwijslocatie',
      identificaties: [{ soort: 'OL_CODE', waarde: '123X456', rang: 'primair' }],
      adressen: [{ postcode: '3511AB', huisnummer: 12, plaatsnaam: 'Utrecht' }],
    });
  });
});

describe('OSO coverage holds for every profile', () => {
  it('every element of every SWV profile has a row in the resolved derivation table of its version', () => {
    const profiles = Object.values(SWV_PROFILES);
    expect(profiles.length).toBeGreaterThanOrEqual(4);
    let paths = 0;
    for (const p of profiles) {
      const table =
        p.version === '2019.1'
          ? osoResolvedDerivations('2019.1')
          : osoResolvedDerivations('2024.1');
      const rows = new Set(table.elements.map((e) => e.element));
      for (const e of p.elements) {
        paths++;
        expect(rows.has(e.path), `${p.id} ${p.version} ${e.path}`).toBe(true);
      }
    }
    expect(paths).toBeGreaterThan(200);
  });
});
