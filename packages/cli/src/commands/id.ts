import type { Command } from 'commander';

/** Registers the `edustandaard id` commands. */
export function registerId(program: Command): void {
  void program;
}
