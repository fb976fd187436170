import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// npm links a workspace's bins at install time; on a fresh clone dist/ does not exist then, so a
// bin that points into dist/ is never linked and `npx edustandaard` asks the registry (issue #13).
describe('the edustandaard bin', () => {
  const pkgUrl = new URL('../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(pkgUrl, 'utf8')) as { bin: Record<string, string> };
  it('is a tracked file outside dist/, so it exists before the build', () => {
    const bin = pkg.bin.edustandaard!;
    expect(bin.startsWith('./dist/')).toBe(false);
    expect(existsSync(fileURLToPath(new URL(bin, pkgUrl)))).toBe(true);
  });
});
