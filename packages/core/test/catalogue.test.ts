/**
 * The catalogue mechanism (#10 item 4): templates keyed by message id, rendered from params, one
 * finding builder; typed so that a misspelt id or a template for an unknown id fails to compile
 * (checked by `npm run lint`, which type-checks this file).
 */
import { describe, expect, it } from 'vitest';
import {
  XSD_MESSAGES,
  createFinding,
  defineCatalogue,
  formatMessage,
  mergeCatalogues,
  messageCode,
  placeholders,
  renderMessage,
  xsdMessage,
} from '../src/index.js';

const C = defineCatalogue(
  {
    'T.VELD.ontbreekt': "Het veld '{veld}' ontbreekt.",
    'T.VELD.ontbreekt#lijst': 'De lijst {veld} is leeg.',
    'T.WAARDE.onbekend': 'Waarde {waarde:json} niet in {toegestaan:quoted}.',
  },
  { 'T.VELD.ontbreekt': "Field '{veld}' is missing." },
);

describe('renderMessage', () => {
  it('fills placeholders, formats lists, leaves a missing one visible', () => {
    expect(renderMessage('{a} en {b}', { a: 1 })).toBe('1 en {b}');
    expect(renderMessage('{l}', { l: ['x', 2] })).toBe('x, 2');
    expect(renderMessage('{l:quoted}', { l: ['x', 2] })).toBe("'x', '2'");
    expect(renderMessage('{l:json}', { l: ['x', 2] })).toBe('"x", 2');
    expect(renderMessage('{v:json}', { v: 'x' })).toBe('"x"');
    expect(placeholders("'{a}' {b:quoted} {a}")).toEqual(['a', 'b']);
  });
});

describe('catalogues', () => {
  it('renders Dutch by default and another locale where it has the template', () => {
    expect(formatMessage(C, 'T.VELD.ontbreekt', { veld: 'naam' })).toBe(
      "Het veld 'naam' ontbreekt.",
    );
    expect(formatMessage(C, 'T.VELD.ontbreekt', { veld: 'naam' }, 'en')).toBe(
      "Field 'naam' is missing.",
    );
    expect(formatMessage(C, 'T.VELD.ontbreekt#lijst', { veld: 'x' }, 'en')).toBe(
      'De lijst x is leeg.',
    );
  });
  it('a variant belongs to its code', () => {
    expect(messageCode('T.VELD.ontbreekt#lijst')).toBe('T.VELD.ontbreekt');
    expect(messageCode('minOccurs')).toBe('minOccurs');
  });
  it('merges catalogues, later ones winning', () => {
    const m = mergeCatalogues(C, { nl: { 'T.VELD.ontbreekt': 'Anders {veld}.' } });
    expect(formatMessage(m, 'T.VELD.ontbreekt', { veld: 'a' })).toBe('Anders a.');
    expect(formatMessage(m, 'T.WAARDE.onbekend', { waarde: 1, toegestaan: ['a'] })).toBe(
      "Waarde 1 niet in 'a'.",
    );
  });
  it('types the ids: a misspelt id or a template for an unknown id does not compile', () => {
    // @ts-expect-error -- no template for this id
    expect(() => formatMessage(C, 'T.VELD.ontbrekt')).toThrow();
    // @ts-expect-error -- an English template for an id Dutch does not have
    defineCatalogue({ 'A.B': 'x' }, { 'A.C': 'y' });
    expect(true).toBe(true);
  });
});

describe('createFinding', () => {
  it('builds the finding from catalogue, id and params', () => {
    const f = createFinding(C, 'T.VELD.ontbreekt#lijst', {
      path: '/a',
      params: { veld: 'adressen' },
      source: { document: 'd' },
    });
    expect(f).toEqual({
      code: 'T.VELD.ontbreekt',
      severity: 'fout',
      path: '/a',
      message: 'De lijst adressen is leeg.',
      source: { document: 'd' },
      params: { veld: 'adressen' },
    });
    expect(Object.keys(f)).toEqual(['code', 'severity', 'path', 'message', 'source', 'params']);
  });
  it('takes the code from the caller for a catalogue keyed by kind', () => {
    const f = createFinding(XSD_MESSAGES, 'minOccurs', {
      code: 'X.XSD.minOccurs',
      severity: 'waarschuwing',
      path: '/r/a',
      params: { element: 'a' },
    });
    expect(f).toMatchObject({
      code: 'X.XSD.minOccurs',
      severity: 'waarschuwing',
      message: "Het verplichte element 'a' ontbreekt.",
    });
  });
  it("a package's own wording of a codec template", () => {
    const p = { element: 'x', parent: 'r' };
    expect(xsdMessage('unexpected', p)).toBe(
      "Element 'x' is niet toegestaan in 'r' volgens het schema.",
    );
    expect(
      xsdMessage('unexpected', p, { nl: { unexpected: "'{element}' hoort niet in '{parent}'." } }),
    ).toBe("'x' hoort niet in 'r'.");
  });
});
