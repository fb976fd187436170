import type { Command } from 'commander';

/** Registers the `edustandaard swv` commands. */
export function registerSwv(program: Command): void {
  void program;
}
