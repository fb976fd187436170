import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireBuildLock } from '../scripts/build-lock.mjs';

const lockFile = (dir: string): string =>
  join(
    tmpdir(),
    `edustandaard-docs-build-${createHash('sha1').update(dir).digest('hex').slice(0, 12)}.lock`,
  );

describe('acquireBuildLock', () => {
  it('serialises builds of one directory and releases the lock', async () => {
    const dir = `/tmp/docs-lock-test-${process.pid}-a`;
    const release = await acquireBuildLock(dir);
    expect(existsSync(lockFile(dir))).toBe(true);
    let second = false;
    const waiting = acquireBuildLock(dir, { pollMs: 20 }).then((r) => {
      second = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(second).toBe(false);
    release();
    const release2 = await waiting;
    expect(second).toBe(true);
    release2();
    expect(existsSync(lockFile(dir))).toBe(false);
  });

  it('takes over a stale lock of a process that is gone, and gives up after its timeout on a live one', async () => {
    const dir = `/tmp/docs-lock-test-${process.pid}-b`;
    writeFileSync(lockFile(dir), '999999999');
    const release = await acquireBuildLock(dir, { timeoutMs: 1000 });
    release();
    writeFileSync(lockFile(dir), String(process.pid)); // held by a live process (this one)
    await expect(acquireBuildLock(dir, { timeoutMs: 100, pollMs: 20 })).rejects.toThrow(
      `een andere build (pid ${process.pid})`,
    );
    writeFileSync(lockFile(dir), '');
    const r = await acquireBuildLock(dir, { timeoutMs: 1000 });
    r();
  });
});
