// One docs build at a time per working tree: two builds writing the same dist/ and .astro/ break each
// other (e.g. `turbo run lint` building while a developer builds). A lock file holds the builder's pid;
// a lock whose process is gone is stale and taken over. Waiting is bounded.
import { openSync, writeSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

/**
 * Takes the build lock for a directory, waiting while another live process holds it.
 * @param {string} dir - the package directory being built
 * @param {{ timeoutMs?: number, pollMs?: number }} [options] - how long to wait at most
 * @returns {Promise<() => void>} releases the lock
 */
export async function acquireBuildLock(dir, { timeoutMs = 10 * 60_000, pollMs = 500 } = {}) {
  const file = join(
    tmpdir(),
    `edustandaard-docs-build-${createHash('sha1').update(dir).digest('hex').slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(file, 'utf8'));
    } catch {
      continue; // released between our attempts
    }
    if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
      rmSync(file, { force: true }); // stale
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(
        `een andere build (pid ${holder}) houdt ${file} langer dan ${timeoutMs / 1000} s vast`,
      );
    if (!announced) console.log(`[docs] wacht op een lopende build (pid ${holder})…`);
    announced = true;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
