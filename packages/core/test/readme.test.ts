import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateProfile, type Profile } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the report the example really produces', () => {
    const src = { document: 'OSO SWV profielen', version: '2024.1', section: 'Tabel 2' };
    const profiel: Profile = {
      id: 'PO-SWV',
      naam: 'PO SWV PaO',
      afsprakenset: 'OSO-SWV',
      version: '2024.1',
      base: { id: 'OSO', version: '2024.1' },
      elements: [
        {
          path: '/dossier/huidigeschool/leerling/geboorteplaats',
          cardinality: '0',
          rule: 'PaO.LL10',
          source: src,
        },
      ],
      rules: [
        {
          code: 'PaO.LL10',
          severity: 'fout',
          message: 'Geboorteplaats is verboden in alle SWV-dossiers.',
          paths: ['/dossier/huidigeschool/leerling/geboorteplaats'],
          source: src,
        },
      ],
    };
    const dossier = {
      dossier: { huidigeschool: { leerling: { achternaam: 'Jansen', geboorteplaats: 'Utrecht' } } },
    };
    const shown = /```json\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(evaluateProfile(profiel, dossier, { file: 'dossier.xml' })).toEqual(JSON.parse(shown));
    expect(readme).toContain("rule: 'PaO.LL10', source: src }],");
  });
});
