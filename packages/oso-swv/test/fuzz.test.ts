/**
 * The seeded fuzz harness (issue #17 "Done when", `fuzz/harness.mjs`) inside `npm test`: a few thousand
 * mutations of the official examples through every entry point (oso read/validate/convert/migrate,
 * oso-swv validate/select, core readJson): 0 untyped errors, 0 calls over 2 s. `npm run fuzz` runs
 * 20,000. Lives here because oso-swv is the package that sees every other one.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { fuzz, officialExamples } from '../../../fuzz/harness.mjs';

const REFERENCE = fileURLToPath(new URL('../../../../shared/reference/', import.meta.url));
const examples = officialExamples(REFERENCE);
const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 2000);

describe.skipIf(examples.length === 0)(`fuzz (${examples.length} official examples)`, () => {
  it(
    `${ITERATIONS} seeded mutations: every error typed, no call over 2 s`,
    { timeout: 900_000 },
    () => {
      const res = fuzz({ examples, iterations: ITERATIONS, seed: 17 });
      console.log(
        `fuzz: ${res.calls} calls, slowest ${res.maxMs.toFixed(0)} ms, typed errors ${JSON.stringify(res.typed)}`,
      );
      expect(res.untyped).toEqual([]);
      expect(res.slow).toEqual([]);
      expect(res.calls).toBeGreaterThan(ITERATIONS * 6);
    },
  );
});
