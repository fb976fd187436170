import { describe, expect, it } from 'vitest';
import { EdustandaardError, readJson } from '../src/index.js';

function err(fn: () => unknown): EdustandaardError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EdustandaardError) return e;
    throw new Error(`expected EdustandaardError, got ${String(e)}`);
  }
  throw new Error('expected a throw');
}

describe('readJson', () => {
  it('reads what JSON.parse reads', () => {
    const text =
      '{\n "a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"],\n "b": {}, "c": [], "d": "é😀"\n}';
    expect(readJson(text)).toEqual(JSON.parse(text));
    expect(readJson(new TextEncoder().encode(text))).toEqual(JSON.parse(text));
    expect(readJson(' 0 ')).toBe(0);
    expect(readJson('"__proto__"')).toBe('__proto__');
    const proto = readJson('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });

  it('strips a BOM from text and bytes', () => {
    expect(readJson('\uFEFF{"a":1}')).toEqual({ a: 1 });
    expect(readJson(new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x5d]))).toEqual([]);
  });

  it.each([
    ['', 1, 1],
    ['{', 1, 2],
    ['{"a":1,}', 1, 8],
    ['[1,2,]', 1, 6],
    ['[1 2]', 1, 4],
    ['{"a" 1}', 1, 6],
    ['{a:1}', 1, 2],
    ['{\n  "a": tru\n}', 2, 8],
    ['[01]', 1, 3],
    ['[1.]', 1, 4],
    ['[1e]', 1, 4],
    ['[-]', 1, 3],
    ['["a\\x"]', 1, 4],
    ['["\\u12G4"]', 1, 3],
    ['["a\tb"]', 1, 4],
    ['"abc', 1, 1],
    ['{} x', 1, 4],
    ["{'a':1}", 1, 2],
    ['[NaN]', 1, 2],
    ['[+1]', 1, 2],
  ])('E_JSON_MALFORMED for %j at %i:%i', (text, line, column) => {
    const e = err(() => readJson(text, { file: 'x.json' }));
    expect(e.code).toBe('E_JSON_MALFORMED');
    expect(e.location).toEqual({ file: 'x.json', line, column });
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('rejects duplicate keys (JSON.parse would drop one) unless asked to keep the last', () => {
    const e = err(() => readJson('{"a": 1,\n "b": {"c": 1, "\\u0063": 2}}'));
    expect(e.code).toBe('E_JSON_MALFORMED');
    expect(e.location).toEqual({ line: 2, column: 16 });
    expect(e.message).toBe('Sleutel "c" komt dubbel voor in één object');
    expect(readJson('{"a":1,"a":2}', { duplicateKeys: 'last' })).toEqual({ a: 2 });
    expect(err(() => readJson('{"123456782":1,"123456782":2}')).message).not.toContain('123456782');
    expect(readJson('[{"a":1},{"a":2}]')).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('rejects integers JSON.parse would round, unless allowed', () => {
    const e = err(() => readJson('{"n": 9007199254740993}'));
    expect(e.code).toBe('E_JSON_PRECISION');
    expect(e.location).toEqual({ line: 1, column: 7 });
    expect(
      readJson('[9007199254740991, -9007199254740991, 1.5e300, 12345678901234567890.5]'),
    ).toEqual([9007199254740991, -9007199254740991, 1.5e300, 12345678901234567890.5]);
    expect(readJson('9007199254740993', { unsafeIntegers: 'allow' })).toBe(9007199254740992);
  });

  it('E_JSON_TOO_DEEP at the first bracket beyond the limit, also for 100,000 levels', () => {
    const e = err(() => readJson('[[[[1]]]]', { maxDepth: 3 }));
    expect(e.code).toBe('E_JSON_TOO_DEEP');
    expect(e.location).toEqual({ line: 1, column: 4 });
    expect(readJson('[[[1]]]', { maxDepth: 3 })).toEqual([[[1]]]);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(err(() => readJson(deep)).code).toBe('E_JSON_TOO_DEEP');
    expect(err(() => readJson('{"a":'.repeat(300) + '1' + '}'.repeat(300))).code).toBe(
      'E_JSON_TOO_DEEP',
    );
  });

  it('E_JSON_TOO_LARGE before reading, for text and bytes', () => {
    expect(
      err(() => readJson('[' + '1,'.repeat(100) + '1]', { maxBytes: 100, file: 'big.json' })),
    ).toMatchObject({
      code: 'E_JSON_TOO_LARGE',
      location: { file: 'big.json' },
    });
    expect(err(() => readJson(new Uint8Array(101).fill(0x20), { maxBytes: 100 })).code).toBe(
      'E_JSON_TOO_LARGE',
    );
    expect(readJson('"éé"', { maxBytes: 6 })).toBe('éé');
    expect(err(() => readJson('"ééé"', { maxBytes: 6 })).code).toBe('E_JSON_TOO_LARGE');
    // 4-byte characters (surrogate pairs) and lone surrogates counted as TextEncoder encodes them
    for (const t of ['"😀😀"', '"\ud800x"', '"a\udc00"', '"€"']) {
      const text = JSON.parse(`[${t}]`)[0] as string;
      const quoted = `"${text}"`;
      const size = new TextEncoder().encode(quoted).length;
      expect(readJson(quoted, { maxBytes: size })).toBe(text);
      expect(err(() => readJson(quoted, { maxBytes: size - 1 })).code).toBe('E_JSON_TOO_LARGE');
    }
  });

  it('E_JSON_MALFORMED with the location of invalid UTF-8', () => {
    const bytes = new Uint8Array([
      0x7b, 0x0a, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0xa9, 0xff, 0x22, 0x7d,
    ]);
    const e = err(() => readJson(bytes));
    expect(e.code).toBe('E_JSON_MALFORMED');
    expect(e.location).toEqual({ line: 2, column: 7 });
    expect(err(() => readJson(new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]))).location).toEqual({
      line: 1,
      column: 2,
    });
    expect(err(() => readJson(new Uint8Array([0x22, 0xe2, 0x82]))).location).toEqual({
      line: 1,
      column: 2,
    });
  });

  it('agrees with JSON.parse on random values and random single-character mutations', () => {
    let seed = 42;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const value = (d: number): unknown => {
      switch (rnd(d > 4 ? 5 : 8)) {
        case 0:
          return rnd(2) === 0;
        case 1:
          return null;
        case 2:
          return rnd(1_000_000) / (rnd(3) + 1) - 5000;
        case 3:
          return String.fromCharCode(
            ...Array.from({ length: rnd(6) }, () => (rnd(3) === 0 ? rnd(0x3000) : 32 + rnd(95))),
          );
        case 4:
          return rnd(2) ? 'x' : 7;
        case 5:
          return Array.from({ length: rnd(4) }, () => value(d + 1));
        default:
          return Object.fromEntries(
            Array.from({ length: rnd(4) }, (_, k) => [`k${k}${rnd(9)}`, value(d + 1)]),
          );
      }
    };
    const alphabet = [
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '\\',
      '1',
      '-',
      '.',
      'e',
      ' ',
      'n',
      't',
      '\n',
      'x',
    ];
    for (let k = 0; k < 2000; k++) {
      const v = value(0);
      const text = JSON.stringify(v, null, rnd(2) ? 1 : undefined);
      expect(readJson(text)).toEqual(JSON.parse(text));
      const at = rnd(text.length + 1);
      const mutated = text.slice(0, at) + alphabet[rnd(alphabet.length)] + text.slice(at + rnd(2));
      let native: unknown;
      let nativeOk = true;
      try {
        native = JSON.parse(mutated);
      } catch {
        nativeOk = false;
      }
      let ours: unknown;
      let code: string | undefined;
      try {
        ours = readJson(mutated);
      } catch (e) {
        code = (e as EdustandaardError).code;
      }
      if (nativeOk && code === undefined) expect(ours).toEqual(native);
      else if (nativeOk)
        expect(code, mutated).toMatch(/^E_JSON_(MALFORMED|PRECISION)$/); // duplicate key / precision only
      else expect(code, mutated).toBe('E_JSON_MALFORMED');
    }
  });
});
