import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { generateMessages } from '../scripts/generate-messages.mjs';

const REF = fileURLToPath(new URL('../../../../shared/reference/', import.meta.url));
const OUT = fileURLToPath(new URL('../src/generated/rio-2022.ts', import.meta.url));

describe('generated RIO descriptors', () => {
  it.skipIf(!existsSync(`${REF}/rio`))(
    'src/generated/rio-2022.ts is what @edustandaard/codegen makes of the XSDs (no drift; regenerate with npm run generate)',
    () => {
      expect(generateMessages(REF)).toBe(readFileSync(OUT, 'utf8'));
    },
  );
});
