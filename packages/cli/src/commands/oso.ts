import type { Command } from 'commander';

/** Registers the `edustandaard oso` commands. */
export function registerOso(program: Command): void {
  void program;
}
