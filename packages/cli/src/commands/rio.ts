import type { Command } from 'commander';

/** Registers the `edustandaard rio` commands. */
export function registerRio(program: Command): void {
  void program;
}
