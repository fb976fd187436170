/**
 * A misspelt profile id, version or opt-out category does not compile (issue #13): the public API
 * of @edustandaard/oso-swv and @edustandaard/oso-overstap takes literal unions, checked with
 * `tsc --strict --skipLibCheck false` against the built packages. Every `@ts-expect-error` line
 * must be an error (tsc reports an unused directive otherwise); the lines without one must compile.
 * Untrusted text goes through the packages' parse functions, as the CLI does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheck } from './support/tsc.js';

const here = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(here, '.profile-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = `
import * as swv from '@edustandaard/oso-swv';
import * as ov from '@edustandaard/oso-overstap';

declare const xml: string;
declare const typed: string; // e.g. a command-line argument

// SWV: the ids (any case the type lists), versions and optional categories compile.
swv.validate(xml, { profile: 'PO-SWV', version: '2024.1' });
swv.validate(xml, { profile: 'vo-swv', version: 'auto' });
swv.select(xml, 'PO-SWV', { optOut: ['vve', 'cat_verzuim'], version: '2019.1' });
swv.getProfile('VO-SWV', '2019.1');
// Untrusted text is parsed first.
const id: swv.SwvProfileId = swv.parseProfileId(typed);
swv.select(xml, id, { optOut: swv.parseOptOut([typed], id), version: swv.parseVersion(typed) });

// @ts-expect-error -- misspelt profile id
swv.validate(xml, { profile: 'PO-SVW' });
// @ts-expect-error -- misspelt profile id
swv.select(xml, 'PO-SVW');
// @ts-expect-error -- misspelt profile id
swv.getProfile('PO-SVW', '2024.1');
// @ts-expect-error -- an unknown version
swv.validate(xml, { version: '2024.2' });
// @ts-expect-error -- an unknown version
swv.select(xml, 'PO-SWV', { version: '2042.1' });
// @ts-expect-error -- misspelt opt-out category
swv.select(xml, 'PO-SWV', { optOut: ['verzuimm'] });
// @ts-expect-error -- not an opt-out category in any SWV profile (leerling is verplicht)
swv.select(xml, 'PO-SWV', { optOut: ['leerling'] });
// @ts-expect-error -- a string is not a profile id: parse it first
swv.select(xml, typed);

// Overstap: POPO, POVO, VOVO, BB.
ov.validate(xml, 'POVO');
ov.validate(xml, { profile: 'bb', version: '2024.1' });
ov.select(xml, 'VOVO', { optOut: ['verzuim', 'cat_cijferlijsten'], version: 'auto' });
ov.getProfile('BB', '2024.1');
const ovId: ov.OvProfileId = ov.parseProfileId(typed);
ov.select(xml, ovId, { optOut: ov.parseOptOut([typed], ovId), version: ov.parseVersion(typed) });

// @ts-expect-error -- misspelt profile id
ov.validate(xml, 'POOP');
// @ts-expect-error -- misspelt profile id
ov.validate(xml, { profile: 'VOPO' });
// @ts-expect-error -- misspelt profile id
ov.select(xml, 'PO-VO');
// @ts-expect-error -- an unknown version
ov.validate(xml, { version: '2019.2' });
// @ts-expect-error -- misspelt opt-out category
ov.select(xml, 'POVO', { optOut: ['verzuimm'] });
// @ts-expect-error -- a string is not a profile id: parse it first
ov.validate(xml, { profile: typed });

export {};
`;

describe('profile ids, versions and opt-outs are literal types', () => {
  it(
    'a misspelt id, version or category fails to compile (tsc --strict --skipLibCheck false)',
    { timeout: 120_000 },
    () => {
      // One tsc run over two files: the marked one must be clean, and the same code without the
      // directives shows that the check can fail (one error per misspelling, nothing else).
      const marked = join(dir, 'marked.ts');
      const unmarked = join(dir, 'unmarked.ts');
      writeFileSync(marked, SOURCE);
      writeFileSync(unmarked, SOURCE.replace(/^\/\/ @ts-expect-error.*$/gm, ''));
      const r = typeCheck([marked, unmarked], here);
      const errors = r.output.split('\n').filter((l) => /error TS\d+/.test(l));
      expect(errors.filter((l) => !l.includes('unmarked.ts'))).toEqual([]);
      expect(errors).toHaveLength((SOURCE.match(/@ts-expect-error/g) ?? []).length);
    },
  );
});
