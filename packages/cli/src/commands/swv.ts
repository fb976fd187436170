/**
 * `edustandaard swv`: the SWV profiles PO-SWV and VO-SWV (`OSO SWV-profielen` 2019.1 / 2024.1).
 *
 *   edustandaard swv validate <files...> [--profile po-swv|vo-swv] [--version auto|2019.1|2024.1] [--format text|json]
 *   edustandaard swv select <in.xml> --profile po-swv|vo-swv [--opt-out <categories>] -o out.xml [--format text|json]
 *   edustandaard swv render <in.xml> -o view.html
 *
 * A thin wrapper over @edustandaard/oso-swv, imported lazily in the actions so `edustandaard --help`
 * and other commands do not pay for loading the profiles.
 */
import { Option, type Command } from 'commander';
import { EdustandaardError, isEdustandaardError, type ValidationReport } from '@edustandaard/core';
import { formatOption } from '../program.js';
import { exitCodeFor, formatReports, type OutputFormat } from '../format.js';
import { readInput, writeOutput } from '../io.js';
import { EXIT_OK } from '../exit.js';

const PROFILES = ['po-swv', 'vo-swv', 'PO-SWV', 'VO-SWV'];

/** Splits `--opt-out vve,verzuim` (comma- or space-separated, repeatable). */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(/[\s,]+/).filter(Boolean)];
}

/** Registers the `edustandaard swv` commands. */
export function registerSwv(program: Command): void {
  const swv = program
    .command('swv')
    .description(
      'SWV-profielen PO-SWV en VO-SWV: valideren, selectief uitleveren, dossierweergave.',
    );

  swv
    .command('validate')
    .description(
      'Valideer SWV-dossiers tegen de gegevensset en het SWV-profiel (afgeleid uit metadata/overstap tenzij opgegeven).',
    )
    .argument('<files...>', 'XML-bestanden (- voor standaardinvoer)')
    .addOption(new Option('--profile <profile>', 'profiel').choices(PROFILES))
    .addOption(
      new Option('--version <version>', 'versie van de afspraak')
        .choices(['auto', '2019.1', '2024.1'])
        .default('auto'),
    )
    .addOption(formatOption())
    .action(
      async (
        files: string[],
        opts: { profile?: string; version: string; format: OutputFormat },
      ) => {
        const { validate } = await import('@edustandaard/oso-swv');
        const reports: ValidationReport[] = [];
        for (const file of files) {
          const data = await readInput(file);
          try {
            reports.push(
              validate(data, {
                file,
                version: opts.version,
                ...(opts.profile ? { profile: opts.profile } : {}),
              }),
            );
          } catch (e) {
            if (isEdustandaardError(e) && e.location?.file === undefined) {
              throw new EdustandaardError<string>(
                e.code,
                e.message,
                { ...(e.location ?? {}), file },
                { cause: e },
              );
            }
            throw e;
          }
        }
        process.stdout.write(formatReports(reports, opts.format));
        process.exitCode = exitCodeFor(reports);
      },
    );

  swv
    .command('select')
    .description(
      'Stel een SWV-dossier samen uit een volledig dossier (selectief uitleveren): verboden en uitgezette gegevens eruit, geheime gegevens vervangen.',
    )
    .argument('<in>', 'volledig dossier (XML, - voor standaardinvoer)')
    .addOption(new Option('--profile <profile>', 'profiel').choices(PROFILES).makeOptionMandatory())
    .option(
      '--opt-out <categories>',
      'optionele categorieën uitzetten (komma-gescheiden, bv. vve,verzuim)',
      collect,
    )
    .requiredOption('-o, --output <file>', 'uitvoerbestand (XML; - voor standaarduitvoer)')
    .addOption(
      new Option('--format <format>', 'formaat van het wijzigingsoverzicht op stderr')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(
      async (
        input: string,
        opts: { profile: string; optOut?: string[]; output: string; format: OutputFormat },
      ) => {
        const [{ select, validate }, { write }] = await Promise.all([
          import('@edustandaard/oso-swv'),
          import('@edustandaard/oso'),
        ]);
        const data = await readInput(input);
        const result = select(data, opts.profile, { optOut: opts.optOut ?? [] });
        const xml = write(result.dossier as never, { version: result.version });
        const report = validate(xml, {
          file: opts.output,
          profile: result.profile,
          version: result.version,
        });
        await writeOutput(opts.output, xml);
        const summary =
          opts.format === 'json'
            ? JSON.stringify(
                {
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
        process.exitCode = report.valid ? EXIT_OK : exitCodeFor([report]);
      },
    );

  swv
    .command('render')
    .description(
      'Maak de dossierweergave (één zelfstandige, toegankelijke HTML-pagina, af te drukken als PDF).',
    )
    .argument('<in>', 'dossier (XML, - voor standaardinvoer)')
    .requiredOption('-o, --output <file>', 'uitvoerbestand (HTML; - voor standaarduitvoer)')
    .action(async (input: string, opts: { output: string }) => {
      const { render } = await import('@edustandaard/oso-swv');
      const data = await readInput(input);
      await writeOutput(opts.output, render(data));
      process.exitCode = EXIT_OK;
    });
}
