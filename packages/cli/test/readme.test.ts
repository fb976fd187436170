/**
 * README examples show the message of the version they name (issue #13): every JSON example in
 * the root and CLI READMEs with a `version`, a rule `code` and a `message` must carry the message
 * that rule has in that version's data (oso-swv's SWV_RULES), word for word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SWV_RULES } from '@edustandaard/oso-swv/data';

const READMES = ['../../../README.md', '../README.md'].map((p) => new URL(p, import.meta.url));

describe('README examples', () => {
  for (const url of READMES) {
    it(`${url.pathname.split('/').slice(-3).join('/')}: messages match the version named`, () => {
      const text = readFileSync(url, 'utf8');
      const examples = [
        ...text.matchAll(
          /"version": "(\d{4}\.\d)"[\s\S]*?"code": "(PaO\.\w+)"[\s\S]*?"message": "([^"]+)"/g,
        ),
      ];
      expect(examples.length).toBeGreaterThan(0);
      for (const [, version, code, message] of examples) {
        const rules = SWV_RULES[version as keyof typeof SWV_RULES];
        const rule = rules.find((r) => r.code === code);
        expect(rule, `${code} in ${version}`).toBeDefined();
        expect(message).toBe(rule!.message);
      }
    });
  }
});
