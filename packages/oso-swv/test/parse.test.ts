/**
 * Parsing untrusted input into the public API's literal types (issue #13): the CLI's --profile,
 * --version and --opt-out go through these; the typed errors carry the Dutch message and the
 * known values.
 */
import { describe, expect, it } from 'vitest';
import {
  CATEGORIEEN,
  SWV_CATEGORIE_NAMEN,
  SWV_PROFILE_IDS,
  SWV_VERSIONS,
  parseOptOut,
  parseProfileId,
  parseVersion,
} from '../src/index.js';
import { catElement } from '../src/opt-out.js';

describe('parseProfileId', () => {
  it('gives the canonical id for any case', () => {
    expect(['po-swv', 'PO-SWV', 'Vo-Swv'].map(parseProfileId)).toEqual([
      'PO-SWV',
      'PO-SWV',
      'VO-SWV',
    ]);
  });
  it("a misspelt id is E_PROFILE_UNKNOWN with the known ids (core's findProfile)", () => {
    expect(() => parseProfileId('PO-SVW')).toThrowError(
      expect.objectContaining({
        code: 'E_PROFILE_UNKNOWN',
        message: "Onbekend profiel 'PO-SVW'; bekend: PO-SWV, VO-SWV",
      }),
    );
  });
});

describe('parseVersion', () => {
  it('accepts auto and every version', () => {
    expect(['auto', ...SWV_VERSIONS].map(parseVersion)).toEqual(['auto', '2019.1', '2024.1']);
  });
  it('anything else is E_VERSION_UNKNOWN with the known versions', () => {
    expect(() => parseVersion('2024.2')).toThrowError(
      expect.objectContaining({
        code: 'E_VERSION_UNKNOWN',
        message: "Onbekende versie '2024.2'; bekend: auto, 2019.1, 2024.1",
      }),
    );
  });
});

describe('parseOptOut', () => {
  it('accepts names as people write them and gives the typed short names', () => {
    expect(parseOptOut(['VVE', 'cat_verzuim', 'Toetsresultaten'], 'PO-SWV')).toEqual([
      'vve',
      'verzuim',
      'toetsresultaten',
    ]);
    // The 2019.1 element name of the doorstroomtoets (verboden in PO-SWV, optioneel in VO-SWV).
    expect(parseOptOut(['cat_eindtoetsbo'], 'VO-SWV')).toEqual(['doorstroomtoets']);
  });
  it('a mandatory, forbidden or unknown category is E_USAGE in Dutch', () => {
    expect(() => parseOptOut(['leerling'], 'PO-SWV')).toThrowError(
      expect.objectContaining({
        code: 'E_USAGE',
        message:
          "Categorie 'Leerling' is verplicht in PO-SWV en kan niet worden uitgezet (alleen optionele categorieën, Figuur 4)",
      }),
    );
    expect(() => parseOptOut(['vve'], 'VO-SWV')).toThrowError(
      expect.objectContaining({ code: 'E_USAGE', message: expect.stringContaining('verboden') }),
    );
    expect(() => parseOptOut(['sport'], 'PO-SWV')).toThrowError(
      expect.objectContaining({
        code: 'E_USAGE',
        message: expect.stringMatching(/^Onbekende categorie 'sport'; bekend: cat_metadata, /),
      }),
    );
  });
  it('SWV_CATEGORIE_NAMEN (the opt-out type) is every category optional in some profile, in both versions', () => {
    const optional = CATEGORIEEN.filter((c) => SWV_PROFILE_IDS.some((id) => c[id] === 'o'));
    const names = new Set(
      optional.flatMap((c) => SWV_VERSIONS.map((v) => catElement(c, v).replace(/^cat_/, ''))),
    );
    expect([...SWV_CATEGORIE_NAMEN].sort()).toEqual([...names].sort());
  });
});
