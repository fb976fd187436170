/**
 * `edustandaard ov`: the overstapprofielen POPO, POVO, VOVO and BB (overdracht binnen brin), 2019.1 / 2024.1.
 *
 *   edustandaard ov validate <files...> [--profile popo|povo|vovo|bb] [--version auto|2019.1|2024.1] [--format text|json]
 *   edustandaard ov select <in.xml> --profile popo|povo|vovo|bb [--opt-out <categories>] -o out.xml [--format text|json]
 *   edustandaard ov render <in.xml> -o view.html
 *
 * The same options, exit codes and JSON report as `edustandaard swv` (this file mirrors swv.ts). A thin
 * wrapper over @edustandaard/oso-overstap, imported lazily in the actions so `edustandaard --help` and
 * other commands do not pay for loading the profiles.
 */
import { Option, type Command } from 'commander';
import { EdustandaardError, isEdustandaardError, type ValidationReport } from '@edustandaard/core';
import { formatOption } from '../program.js';
import { exitCodeFor, formatReports, type OutputFormat } from '../format.js';
import { readInput, writeOutput } from '../io.js';
import { EXIT_OK } from '../exit.js';

const PROFILES = ['popo', 'povo', 'vovo', 'bb', 'POPO', 'POVO', 'VOVO', 'BB'];

/** Splits `--opt-out vve,verzuim` (comma- or space-separated, repeatable). */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(/[\s,]+/).filter(Boolean)];
}

/** Registers the `edustandaard ov` commands. */
export function registerOv(program: Command): void {
  const ov = program
    .command('ov')
    .description(
      'Overstapprofielen POPO, POVO, VOVO en BB (overdracht binnen brin): valideren, selectief uitleveren, dossierweergave.',
    );

  ov.command('validate')
    .description(
      'Valideer overstapdossiers tegen de gegevensset en het overstapprofiel (afgeleid uit overdrachtsoort en metadata/overstap tenzij opgegeven).',
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
        const { validate } = await import('@edustandaard/oso-overstap');
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

  ov.command('select')
    .description(
      'Stel een overstapdossier samen uit een volledig dossier (selectief uitleveren): alleen wat het profiel toestaat, uitgezette categorieën eruit, geheime gegevens vervangen.',
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
          import('@edustandaard/oso-overstap'),
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

  ov.command('render')
    .description(
      'Maak de dossierweergave (één zelfstandige, toegankelijke HTML-pagina, af te drukken als PDF).',
    )
    .argument('<in>', 'dossier (XML, - voor standaardinvoer)')
    .requiredOption('-o, --output <file>', 'uitvoerbestand (HTML; - voor standaarduitvoer)')
    .action(async (input: string, opts: { output: string }) => {
      const { render } = await import('@edustandaard/oso-overstap');
      const data = await readInput(input);
      await writeOutput(opts.output, render(data));
      process.exitCode = EXIT_OK;
    });
}
