import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { isEdustandaardError } from '@edustandaard/core';
import { EXIT_UNUSABLE } from './exit.js';
import { registerId } from './commands/id.js';
import { registerOso } from './commands/oso.js';
import { registerSwv } from './commands/swv.js';
import { registerOv } from './commands/ov.js';
import { registerRio } from './commands/rio.js';
import { registerOke } from './commands/oke.js';
import { registerDemo } from './commands/demo.js';
import { registerConformance } from './commands/conformance.js';

/** `--format text|json` for every command that reports findings. */
export function formatOption(): Option {
  return new Option('--format <format>', 'uitvoerformaat')
    .choices(['text', 'json'])
    .default('text');
}

/** Builds the `edustandaard` program. Each package's commands live in their own module. */
export function buildProgram(): Command {
  const program = new Command('edustandaard')
    .description('Edustandaard afsprakensets: identifiers, OSO, SWV-profielen, RIO en OKE.')
    .version((createRequire(import.meta.url)('../package.json') as { version: string }).version)
    .showHelpAfterError()
    // Program options (-V/--version) only before the subcommand, so subcommands can have their own
    // `--version <afsprakenset-versie>` (issue #2/#3/#4: `oso validate --version`, `swv validate --version`).
    .enablePositionalOptions()
    .exitOverride();
  registerId(program);
  registerOso(program);
  registerSwv(program);
  registerOv(program);
  registerRio(program);
  registerOke(program);
  registerDemo(program);
  registerConformance(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/**
 * Runs the CLI and returns the exit code (0 ok, 1 findings of severity `fout`, 2 unusable input
 * or usage error). Never throws: typed errors print `E_CODE location: message` on stderr.
 */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0;
      return EXIT_UNUSABLE;
    }
    if (isEdustandaardError(e)) {
      process.stderr.write(`${e.format()}\n`);
      return EXIT_UNUSABLE;
    }
    process.stderr.write(`E_INTERNAL: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_UNUSABLE;
  }
}
