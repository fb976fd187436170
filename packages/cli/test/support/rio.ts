/**
 * The argument list of `edustandaard rio sync` for tests, in one place: the in-process and the
 * spawned tests over generated DUO exports all build it.
 */
import { join } from 'node:path';

/**
 * `rio sync --bestuur … --rio … --sis … [--config …] [-o …]`.
 * @param o - `rio`: the exports folder; `sis` defaults to `sis.json` in it; `config` and `out` are
 *   added when given
 */
export function rioSyncArgs(o: {
  bestuur: string;
  rio: string;
  sis?: string;
  config?: string;
  out?: string;
}): string[] {
  return [
    'rio',
    'sync',
    '--bestuur',
    o.bestuur,
    '--rio',
    o.rio,
    '--sis',
    o.sis ?? join(o.rio, 'sis.json'),
    ...(o.config !== undefined ? ['--config', o.config] : []),
    ...(o.out !== undefined ? ['-o', o.out] : []),
  ];
}
