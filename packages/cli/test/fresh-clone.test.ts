/**
 * Issue #13: the README's set-up works on a fresh clone. Clones this repository's HEAD into a
 * temporary folder and runs exactly what the README says: `npm ci`, `npm run build`,
 * `npx edustandaard --help`. Slow (a full install and build), so it runs when FRESH_CLONE=1 or
 * CI=true — `.ci/run` sets both, so it always runs in CI. npm's cache makes `npm ci` offline-fast.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENABLED = process.env.FRESH_CLONE === '1' || process.env.CI === 'true';

describe.skipIf(!ENABLED)('fresh clone (README set-up)', () => {
  it('npm ci && npm run build && npx edustandaard --help', { timeout: 30 * 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'edustandaard-clone-'));
    try {
      const head = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], {
        encoding: 'utf8',
      }).trim();
      execFileSync('git', ['clone', '--quiet', ROOT, dir]);
      execFileSync('git', ['-C', dir, 'checkout', '--quiet', head]);
      // A clean environment as a new user has it: no turbo cache, no inherited npm_* settings.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !/^(npm_|TURBO_|VITEST|INIT_CWD)/i.test(k)),
      );
      const sh = (cmd: string, args: string[]) =>
        spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 << 20 });
      const ci = sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
      expect(ci.status, ci.stderr).toBe(0);
      expect(ci.stderr).not.toMatch(/EBADENGINE/); // e.g. undici@8 needs Node ≥ 22.19
      const build = sh('npm', ['run', 'build']);
      expect(build.status, build.stdout.slice(-4000) + build.stderr.slice(-4000)).toBe(0);
      const help = sh('npx', ['--no-install', 'edustandaard', '--help']);
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/^Gebruik: edustandaard/m);
      expect(help.stdout).toMatch(/swv\s/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
