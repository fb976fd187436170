import type { Command } from 'commander';

/** Registers the `edustandaard oke` commands. */
export function registerOke(program: Command): void {
  void program;
}
