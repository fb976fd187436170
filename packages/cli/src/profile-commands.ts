/**
 * The actions `swv` and `ov` share (issue #13): both validate, select and render OSO dossiers
 * against a profile of their library (`@edustandaard/oso-swv`, `@edustandaard/oso-overstap`), with
 * one contract — many inputs in worker threads, every report format, exit codes 0/1/2, `render`
 * to stdout with a validity warning, `select` written atomically and never on a `fout` unless
 * `--forceer`. A command module declares its options and calls these; the logic exists once.
 */
import { Option, type Command } from 'commander';
import {
  EdustandaardError,
  isEdustandaardError,
  readJson,
  type ValidationReport,
} from '@edustandaard/core';
import type { Dossier } from '@edustandaard/oso';
import {
  formatReports,
  exitCodeFor,
  reportFormatOption,
  ReportWriter,
  type OutputFormat,
} from './format/index.js';
import { isJson, readInput, writeOutput } from './io.js';
import { EXIT_OK } from './exit.js';
import { expandInputs } from './inputs.js';
import { runBatch } from './batch.js';
import type { CliContext } from './pool.js';
import type { ValidateTask } from './validate-one.js';

/** Splits `--opt-out vve,verzuim` (comma- or space-separated, repeatable). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(/[\s,]+/).filter(Boolean)];
}

/** XML bytes as they are, or a JSON dossier decoded (with the file name in its errors). */
export function dossierInput(bytes: Buffer, file: string): Buffer | Record<string, unknown> {
  return isJson(bytes) ? (readJson(bytes, { file }) as Record<string, unknown>) : bytes;
}

/**
 * Runs `fn` and gives an error without a file name (the libraries' `select()` takes no file and
 * reads as `-`) the input's name, so `E_XML_MALFORMED` points at the file the user gave.
 */
function inFile<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const named = isEdustandaardError(e) ? e.location?.file : undefined;
    if (file !== '-' && isEdustandaardError(e) && (named === undefined || named === '-'))
      throw new EdustandaardError<string>(
        e.code,
        e.message,
        { ...(e.location ?? {}), file },
        { cause: e },
      );
    throw e;
  }
}

/**
 * Runs the parser of an option value and gives its error (a library's `E_USAGE` for an opt-out
 * that is not optional, say) the option as its location: `E_USAGE swv select --opt-out: …`.
 * @param where - the command and option, e.g. `swv select --opt-out`
 * @param parse - the library's parser over the value
 */
export function parseOption<T>(where: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (isEdustandaardError(e) && e.location === undefined)
      throw new EdustandaardError<string>(e.code, e.message, { path: where }, { cause: e });
    throw e;
  }
}

/** One change a library's `select()` made. */
export interface ProfileSelectChange {
  action: string;
  code: string;
  path: string;
  reason: string;
}

/**
 * What the commands need of a profile library (oso-swv and oso-overstap both provide it). The
 * libraries take literal profile ids (`Id`) and versions; what a person typed goes through their
 * parse functions first (issue #13).
 */
export interface ProfileLibrary<Id extends string, SelectOptions> {
  /** Text to a profile id; throws `E_PROFILE_UNKNOWN` with the known ids. */
  parseProfileId(input: string): Id;
  validate(
    input: Buffer | Record<string, unknown> | string,
    options: { file?: string; profile?: NoInfer<Id>; version?: '2019.1' | '2024.1' | 'auto' },
  ): ValidationReport;
  select(
    input: Buffer | Record<string, unknown>,
    profile: NoInfer<Id>,
    options: SelectOptions,
  ): {
    /** `null` when the library withholds the export (a privacy `fout`). */
    dossier: unknown;
    version: '2019.1' | '2024.1';
    profile: NoInfer<Id>;
    changes: readonly ProfileSelectChange[];
    report: ValidationReport;
  };
  render(input: Buffer | Record<string, unknown>, options: { file?: string }): string;
}

/** How a command names itself and its dossiers in messages. */
export interface ProfileCommand {
  /** `swv` or `ov`: the command and the batch's validation kind. */
  kind: 'swv' | 'ov';
  /** The dossier in Dutch messages: `SWV-dossier`, `overstapdossier`. */
  dossier: string;
  /** The profile in Dutch messages: `SWV-profiel`, `overstapprofiel`. */
  profile: string;
  /**
   * Prefix of findings only `select()` itself can make (e.g. `SWV.SELECT.` for its privacy guard):
   * they stay in the report next to the validation of the written file.
   */
  selectCodes?: string;
}

/** Options of `<cmd> validate`. */
export interface ValidateCommandOptions {
  profile?: string;
  version: string;
  format: OutputFormat;
  recursive?: boolean;
  quiet?: boolean;
}

/**
 * `<cmd> validate <files...>`: expands the inputs (globs, `-r`, `-`), validates each in the batch
 * runner and streams the reports; sets the exit code.
 */
export async function validateAction(
  cmd: ProfileCommand,
  files: string[],
  opts: ValidateCommandOptions,
  context: CliContext = {},
): Promise<void> {
  const inputs = await expandInputs(files, { recursive: opts.recursive });
  const out = new ReportWriter(opts.format, {
    command: `edustandaard ${cmd.kind} validate`,
    quiet: opts.quiet,
    total: inputs.length,
  });
  const task: Omit<ValidateTask, 'file'> = {
    kind: cmd.kind,
    version: opts.version,
    ...(opts.profile ? { profile: opts.profile } : {}),
  };
  await runBatch(inputs, task, (r) => out.add(r), { pool: context.pool });
  process.exitCode = await out.end();
}

/** Options of `<cmd> select` the CLI handles itself (the library's own come separately). */
export interface SelectCommandOptions {
  profile: string;
  forceer?: boolean;
  output: string;
  inPlace?: boolean;
  format: 'text' | 'json';
}

/**
 * `<cmd> select <in>`: runs the library's `select()`, validates the file it would write, writes it
 * atomically only when valid (or `--forceer`), prints the changes and the report on stderr, and
 * sets the exit code.
 */
export async function selectAction<Id extends string, O>(
  cmd: ProfileCommand,
  lib: ProfileLibrary<Id, O>,
  input: string,
  opts: SelectCommandOptions,
  options: (profile: Id) => O,
): Promise<void> {
  const { write } = await import('@edustandaard/oso');
  const profile = lib.parseProfileId(opts.profile);
  const libOptions = options(profile);
  const bytes = await readInput(input);
  const result = inFile(input, () => lib.select(dossierInput(bytes, input), profile, libOptions));
  // Issue #17 item 1: a library may withhold the export (dossier null) when its privacy guard
  // finds forbidden data unless forced; then its own report is the answer.
  let xml: string | undefined;
  let report = result.report;
  if (result.dossier !== null && result.dossier !== undefined) {
    // The decoded dossiers of the profile libraries are not typed as oso's Dossier (#13).
    xml = write(result.dossier as Dossier, { version: result.version });
    // The written file itself is validated; findings only select() makes stay in the report.
    const own = lib.validate(xml, {
      file: opts.output,
      profile: result.profile,
      version: result.version,
    });
    const prefix = cmd.selectCodes;
    const kept = prefix ? result.report.issues.filter((i) => i.code.startsWith(prefix)) : [];
    report = {
      ...own,
      issues: [...kept, ...own.issues],
      valid: own.valid && !kept.some((i) => i.severity === 'fout'),
    };
  }
  // An export with a `fout` (e.g. content outside the schema, which may be forbidden data) is
  // not written unless the user insists with --forceer.
  const written = xml !== undefined && (report.valid || opts.forceer === true);
  if (written && xml !== undefined)
    await writeOutput(opts.output, xml, { inputs: [input], inPlace: opts.inPlace });
  const summary =
    opts.format === 'json'
      ? JSON.stringify(
          {
            file: input,
            output: opts.output,
            profile: result.profile,
            version: result.version,
            changes: result.changes,
            report,
          },
          null,
          2,
        ) + '\n'
      : result.changes
          .map(
            (c) =>
              `${c.action.padEnd(9)} ${c.code.padEnd(22)} ${c.path}\n${' '.repeat(10)}${c.reason}`,
          )
          .join('\n') +
        `\n${result.changes.length} wijziging(en); ${formatReports([report], 'text')}`;
  process.stderr.write(summary);
  if (!written)
    process.stderr.write(
      `niet geschreven ${opts.output}: het ${cmd.dossier} heeft ${report.issues.filter((i) => i.severity === 'fout').length} fout(en); los ze op of schrijf het toch met --forceer\n`,
    );
  process.exitCode = report.valid ? EXIT_OK : exitCodeFor([report]);
}

/**
 * `<cmd> render <in>`: the dossier view to `-o` or stdout; a warning on stderr when the dossier is
 * not valid for its profile (or none can be inferred). The view is made either way (exit 0).
 */
export async function renderAction<Id extends string, O>(
  cmd: ProfileCommand,
  lib: ProfileLibrary<Id, O>,
  input: string,
  opts: { output?: string; inPlace?: boolean },
): Promise<void> {
  const bytes = await readInput(input);
  const dossier = dossierInput(bytes, input);
  const html = lib.render(dossier, { file: input });
  let report: ValidationReport | undefined;
  try {
    report = lib.validate(dossier, { file: input });
  } catch {
    report = undefined; // e.g. no profile can be inferred: the view is still made
  }
  await writeOutput(opts.output, html, { inputs: [input], inPlace: opts.inPlace });
  if (!report)
    process.stderr.write(
      `waarschuwing ${input}: het profiel van dit dossier is niet te bepalen; de weergave is niet gecontroleerd tegen een ${cmd.profile}\n`,
    );
  else if (!report.valid) {
    const fouten = report.issues.filter((i) => i.severity === 'fout').length;
    process.stderr.write(
      `waarschuwing ${input}: het dossier is niet geldig voor ${report.profile ?? 'zijn profiel'} (${fouten} fout); controleer het met 'edustandaard ${cmd.kind} validate'\n`,
    );
  }
  process.exitCode = EXIT_OK;
}

/**
 * The arguments and options of every profile `validate`: inputs, `-r`, `--quiet`, `--profile`
 * (one of `profiles`), `--version`, `--format text|json|sarif|junit`.
 */
export function addValidateOptions(command: Command, profiles: readonly string[]): Command {
  return command
    .argument(
      '<files...>',
      "bestanden, patronen ('dossiers/*.xml') of mappen met -r; - voor standaardinvoer",
    )
    .option('-r, --recursive', 'mappen doorlopen (.xml en .json)')
    .option('-q, --quiet', 'alleen ongeldige en onbruikbare bestanden; geen samenvatting')
    .addOption(new Option('--profile <profile>', 'profiel').choices([...profiles]))
    .addOption(
      new Option('--version <version>', 'versie van de afspraak')
        .choices(['auto', '2019.1', '2024.1'])
        .default('auto'),
    )
    .addOption(reportFormatOption());
}
