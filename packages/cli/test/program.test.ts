import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/program.js';

describe('edustandaard CLI contract', () => {
  it('exits 0 on --help', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await run(['--help'])).toBe(0);
    out.mockRestore();
  });
  it('exits 2 on an unknown command', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await run(['no-such-command'])).toBe(2);
    err.mockRestore();
  });
});
