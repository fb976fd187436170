import { Command, CommanderError, Option } from 'commander';
import { isEdustandaardError } from '@edustandaard/core';
import { EXIT_UNUSABLE } from './exit.js';
import { CLI_VERSION } from './version.js';
import { dutchMessage } from './messages.js';
import { registerId } from './commands/id.js';
import { registerOso } from './commands/oso.js';
import { registerSwv } from './commands/swv.js';
import { registerOv } from './commands/ov.js';
import { registerRio } from './commands/rio.js';
import { registerOke } from './commands/oke.js';
import { registerDemo } from './commands/demo.js';
import { registerConformance } from './commands/conformance.js';
import { dutchHelp, VERSION_DESCRIPTION, VERSION_FLAGS } from './help.js';
import type { CliContext } from './pool.js';

/**
 * `--format text|json` for commands whose output is not a list of reports (`id list`, the
 * change summaries of `select` and `migrate`). Validating commands use `reportFormatOption()`
 * from `./format/index.js` (text, json, sarif, junit).
 * @param description - the help text
 */
export function formatOption(description = 'uitvoerformaat'): Option {
  return new Option('--format <format>', description).choices(['text', 'json']).default('text');
}

/**
 * Builds the `edustandaard` program. Each package's commands live in their own module.
 * @param context - `pool`: worker threads the entry started early for a large validation batch
 */
export function buildProgram(context: CliContext = {}): Command {
  const program = new Command('edustandaard')
    .description('Edustandaard afsprakensets: identifiers, OSO, SWV-profielen, RIO en OKE.')
    .version(CLI_VERSION, VERSION_FLAGS, VERSION_DESCRIPTION)
    // Program options (-V/--version) only before the subcommand, so subcommands can have their own
    // `--version <afsprakenset-versie>` (issue #2/#3/#4: `oso validate --version`, `swv validate --version`).
    .enablePositionalOptions()
    .exitOverride();
  registerId(program);
  registerOso(program, context);
  registerSwv(program, context);
  registerOv(program, context);
  registerRio(program);
  registerOke(program);
  registerDemo(program);
  registerConformance(program);
  // Usage errors are printed by run() as one Dutch line (issue #13); commander prints nothing.
  const quiet = (c: Command) => {
    c.exitOverride().configureOutput({ outputError: () => undefined });
    c.commands.forEach(quiet);
  };
  quiet(program);
  dutchHelp(program);
  return program;
}

/** A value someone may have typed by mistake (a BSN, say) is never echoed (issue #17 item 6). */
function safe(s: string): string {
  return /\d{5,}/.test(s) || s.length > 60 ? '…' : s;
}

/** The full command path of the command that failed, e.g. `swv validate`. */
function commandPath(program: Command, argv: readonly string[]): string {
  const names: string[] = [];
  let c: Command | undefined = program;
  for (const a of argv) {
    const sub: Command | undefined = c?.commands.find(
      (x) => x.name() === a || x.aliases().includes(a),
    );
    if (!sub) break;
    names.push(sub.name());
    c = sub;
  }
  return names.join(' ');
}

/**
 * A commander error as one Dutch line `E_USAGE location: message`. Commander's English text is
 * only parsed for the option or argument it names; a value the user typed is never repeated.
 */
export function usageLine(e: CommanderError, where: string): string {
  const m = e.message.replace(/^error: /, '');
  const opt = /option '([^' ]+)/.exec(m)?.[1];
  const quoted = /'([^']*)'/.exec(m)?.[1] ?? '';
  const choices = /Allowed choices are (.*)\.$/.exec(m)?.[1];
  const prefix = where ? `${where} ` : '';
  switch (e.code) {
    case 'commander.unknownOption':
      return `E_USAGE ${prefix}${safe(quoted)}: onbekende optie; zie --help`;
    case 'commander.unknownCommand':
      return `E_USAGE ${prefix}${safe(quoted)}: onbekende opdracht; zie --help`;
    case 'commander.missingArgument':
      return `E_USAGE ${prefix}<${quoted}>: verplicht argument ontbreekt`;
    case 'commander.optionMissingArgument':
      return `E_USAGE ${prefix}${opt ?? ''}: waarde ontbreekt`;
    case 'commander.missingMandatoryOptionValue':
      return `E_USAGE ${prefix}${opt ?? ''}: verplichte optie ontbreekt`;
    case 'commander.invalidArgument': {
      const name =
        opt ??
        (/for argument '([^']+)'/.exec(m)?.[1] ? `<${/for argument '([^']+)'/.exec(m)?.[1]}>` : '');
      const detail = choices ? `kies uit ${choices}` : (/is invalid\. (.*)$/.exec(m)?.[1] ?? '');
      return `E_USAGE ${prefix}${name}: ongeldige waarde${detail ? `; ${detail}` : ''}`;
    }
    case 'commander.excessArguments':
      return `E_USAGE ${prefix.trimEnd() || 'edustandaard'}: te veel argumenten; zie --help`;
    case 'commander.conflictingOption':
      return `E_USAGE ${prefix}${opt ?? ''}: opties sluiten elkaar uit`;
    default:
      return `E_USAGE ${prefix.trimEnd() || 'edustandaard'}: ongeldige aanroep; zie --help`;
  }
}

/**
 * Runs the CLI and returns the exit code (0 ok, 1 findings of severity `fout`, 2 unusable input
 * or usage error). Never throws: usage errors and typed errors print one line
 * `E_CODE location: message` on stderr.
 */
export async function run(argv: string[], context: CliContext = {}): Promise<number> {
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      // `edustandaard help swv` asked for help (exit 0); `edustandaard swv` without a subcommand
      // got the help on stderr instead of a command (exit 2).
      if (e.code === 'commander.help') return e.exitCode === 0 ? 0 : EXIT_UNUSABLE;
      process.stderr.write(`${usageLine(e, commandPath(program, argv))}\n`);
      return EXIT_UNUSABLE;
    }
    if (isEdustandaardError(e)) {
      const nl = dutchMessage(e.message);
      const line = e.format();
      process.stderr.write(`${line.slice(0, line.length - e.message.length)}${nl}\n`);
      return EXIT_UNUSABLE;
    }
    process.stderr.write(
      `E_INTERNAL: interne fout (${e instanceof Error ? e.name : typeof e}); meld dit met de opdracht die u gaf\n`,
    );
    return EXIT_UNUSABLE;
  }
}
