/** The README's example is test/readme-example.ts (type-checked by `tsc -p tsconfig.json`), verbatim. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('README example = test/readme-example.ts', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL('./readme-example.ts', import.meta.url), 'utf8');
  const shown = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(shown).toBe(example);
});
