/**
 * Dutch help screens (issue #13): commander writes its own words in English ("Usage:",
 * "Options:", "display help for command", "(default: …)"). Commander's `Help` is configured per
 * command (`configureHelp`, `helpOption`, `helpCommand`); {@link dutchHelp} does that for every
 * command of the program, so `edustandaard --help`, `edustandaard swv --help` and
 * `edustandaard swv validate --help` speak Dutch throughout. Option flags and argument names stay as
 * they are: they are what a user types, and usage errors name them (`E_USAGE swv validate <files>`).
 */
import { Help, type Argument, type Command, type Option } from 'commander';

/** Commander's headings and their Dutch words. */
const TITELS: Readonly<Record<string, string>> = {
  'Usage:': 'Gebruik:',
  'Arguments:': 'Argumenten:',
  'Options:': 'Opties:',
  'Global Options:': 'Algemene opties:',
  'Commands:': 'Opdrachten:',
};

/** The help option and help command of every command. */
export const HELP_FLAGS = '-h, --help';
export const HELP_DESCRIPTION = 'toon de hulp bij deze opdracht';
export const HELP_COMMAND = 'help [opdracht]';
export const HELP_COMMAND_DESCRIPTION = 'toon de hulp bij een opdracht';
/** `edustandaard -V` (the program's own option; subcommands have `--version <afsprakenset-versie>`). */
export const VERSION_FLAGS = '-V, --version';
export const VERSION_DESCRIPTION = 'toon het versienummer';

/** `[options]` and `[command]` in a usage line or a subcommand term. */
function placeholders(s: string): string {
  return s.replace(/\[options\]/g, '[opties]').replace(/\[command\]/g, '[opdracht]');
}

/** `(keuze: "a", "b", standaard: "a")` after a description, as commander adds it in English. */
function extra(description: string, parts: string[]): string {
  if (parts.length === 0) return description;
  const info = `(${parts.join(', ')})`;
  return description ? `${description} ${info}` : info;
}

const choices = (values: readonly string[] | undefined): string[] =>
  values ? [`keuze: ${values.map((c) => JSON.stringify(c)).join(', ')}`] : [];

/** The Help overrides: commander calls these instead of its own (configureHelp). */
const DUTCH: Partial<Help> = {
  styleTitle: (str: string) => TITELS[str] ?? str,
  commandUsage(this: Help, cmd: Command): string {
    return placeholders(Help.prototype.commandUsage.call(this, cmd));
  },
  subcommandTerm(this: Help, cmd: Command): string {
    return placeholders(Help.prototype.subcommandTerm.call(this, cmd));
  },
  optionDescription(option: Option): string {
    const parts = choices(option.argChoices);
    const shown =
      option.defaultValue !== undefined &&
      (option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean'));
    if (shown)
      parts.push(
        `standaard: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`,
      );
    if (option.presetArg !== undefined && option.optional)
      parts.push(`zonder waarde: ${JSON.stringify(option.presetArg)}`);
    if (option.envVar !== undefined) parts.push(`omgevingsvariabele: ${option.envVar}`);
    return extra(option.description, parts);
  },
  argumentDescription(argument: Argument): string {
    const parts = choices(argument.argChoices);
    if (argument.defaultValue !== undefined)
      parts.push(
        `standaard: ${argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)}`,
      );
    return extra(argument.description, parts);
  },
};

/**
 * Makes the help of a command and all its subcommands Dutch.
 * @param command - the program (or any command)
 */
export function dutchHelp(command: Command): void {
  command.configureHelp(DUTCH).helpOption(HELP_FLAGS, HELP_DESCRIPTION);
  // Only a command with subcommands has a help command (as commander does by default).
  if (command.commands.length > 0) command.helpCommand(HELP_COMMAND, HELP_COMMAND_DESCRIPTION);
  command.commands.forEach(dutchHelp);
}
