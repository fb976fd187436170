/**
 * `edustandaard swv`: the SWV profiles PO-SWV and VO-SWV (`OSO SWV-profielen` 2019.1 / 2024.1).
 *
 *   edustandaard swv validate <files|globs|dirs...> [-r] [--profile po-swv|vo-swv] [--version auto|2019.1|2024.1] [--format text|json|sarif|junit] [--quiet]
 *   edustandaard swv select <in> --profile po-swv|vo-swv [--opt-out <categories>] [--ook-aanbevolen] [--forceer] -o out.xml [--format text|json]
 *   edustandaard swv render <in> [-o view.html]
 *
 * A thin wrapper over @edustandaard/oso-swv, imported lazily in the actions so `edustandaard --help`
 * and other commands do not pay for loading the profiles. Input may be XML or a JSON dossier.
 */
import { Option, type Command } from 'commander';
import { readJson, type ValidationReport } from '@edustandaard/core';
import type { Dossier } from '@edustandaard/oso';
import type { DecodedDossier, SelectOptions, SwvProfileName } from '@edustandaard/oso-swv';
import { formatOption } from '../program.js';
import {
  formatReports,
  exitCodeFor,
  reportFormatOption,
  ReportWriter,
  type OutputFormat,
} from '../format/index.js';
import { isJson, readInput, writeOutput } from '../io.js';
import { EXIT_OK } from '../exit.js';
import { expandInputs } from '../inputs.js';
import { runBatch } from '../batch.js';

const PROFILES: readonly SwvProfileName[] = ['po-swv', 'vo-swv', 'PO-SWV', 'VO-SWV'];

/** Splits `--opt-out vve,verzuim` (comma- or space-separated, repeatable). */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(/[\s,]+/).filter(Boolean)];
}

/**
 * `swv select --help` examples, one per profile: each runs as written (a test runs them), so the
 * categories are optional (Figuur 4: `o`) in the profile they are shown with.
 */
export const SELECT_EXAMPLES: readonly string[] = [
  'edustandaard swv select volledig.xml --profile po-swv --opt-out vve,verzuim -o swv.xml',
  'edustandaard swv select volledig.xml --profile vo-swv --opt-out doorstroomtoets,verzuim -o swv.xml',
];

/** XML bytes or a JSON dossier, as oso-swv accepts them. */
function swvInput(bytes: Buffer, file: string): Buffer | DecodedDossier {
  return isJson(bytes) ? (readJson(bytes, { file }) as DecodedDossier) : bytes;
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
      'Valideer SWV-dossiers (XML of JSON) tegen de gegevensset en het SWV-profiel (afgeleid uit metadata/overstap tenzij opgegeven).',
    )
    .argument(
      '<files...>',
      "bestanden, patronen ('dossiers/*.xml') of mappen met -r; - voor standaardinvoer",
    )
    .option('-r, --recursive', 'mappen doorlopen (.xml en .json)')
    .option('-q, --quiet', 'alleen ongeldige en onbruikbare bestanden; geen samenvatting')
    .addOption(new Option('--profile <profile>', 'profiel').choices([...PROFILES]))
    .addOption(
      new Option('--version <version>', 'versie van de afspraak')
        .choices(['auto', '2019.1', '2024.1'])
        .default('auto'),
    )
    .addOption(reportFormatOption())
    .action(
      async (
        files: string[],
        opts: {
          profile?: string;
          version: string;
          format: OutputFormat;
          recursive?: boolean;
          quiet?: boolean;
        },
      ) => {
        const inputs = await expandInputs(files, { recursive: opts.recursive });
        const out = new ReportWriter(opts.format, {
          command: 'edustandaard swv validate',
          quiet: opts.quiet,
          total: inputs.length,
        });
        await runBatch(
          inputs,
          {
            kind: 'swv',
            version: opts.version,
            ...(opts.profile ? { profile: opts.profile } : {}),
          },
          (r) => out.add(r),
        );
        process.exitCode = await out.end();
      },
    );

  swv
    .command('select')
    .description(
      'Stel een SWV-dossier samen uit een volledig dossier (selectief uitleveren): verboden en uitgezette gegevens eruit, geheime gegevens vervangen; elke verwijdering staat in het overzicht op stderr.',
    )
    .argument('<in>', 'volledig dossier (XML of JSON, - voor standaardinvoer)')
    .addOption(
      new Option('--profile <profile>', 'profiel').choices([...PROFILES]).makeOptionMandatory(),
    )
    .option(
      '--opt-out <categories>',
      'optionele categorieën (Figuur 4) uitzetten, komma-gescheiden; zie de voorbeelden per profiel',
      collect,
    )
    .option(
      '--ook-aanbevolen',
      'ook weglaten wat Tabel 2 alleen aanbeveelt weg te laten (bv. handelingsplan)',
    )
    .option(
      '--forceer',
      'het bestand ook schrijven als het SWV-dossier fouten heeft (bv. gegevens buiten het schema)',
    )
    .requiredOption('-o, --output <file>', 'uitvoerbestand (XML; - voor standaarduitvoer)')
    .option('--in-place', 'het invoerbestand mag worden vervangen')
    .addOption(formatOption('formaat van het wijzigingsoverzicht op stderr'))
    .addHelpText('after', `\nVoorbeelden:\n${SELECT_EXAMPLES.map((e) => `  ${e}`).join('\n')}\n`)
    .action(
      async (
        input: string,
        opts: {
          profile: string;
          optOut?: string[];
          ookAanbevolen?: boolean;
          forceer?: boolean;
          output: string;
          inPlace?: boolean;
          format: 'text' | 'json';
        },
      ) => {
        const [{ select, validate }, { write }] = await Promise.all([
          import('@edustandaard/oso-swv'),
          import('@edustandaard/oso'),
        ]);
        const bytes = await readInput(input);
        const options: SelectOptions = {
          optOut: opts.optOut ?? [],
          ...(opts.ookAanbevolen ? { ookAanbevolen: true } : {}),
          ...(opts.forceer ? { force: true } : {}),
        };
        const result = select(swvInput(bytes, input), opts.profile, options);
        // DecodedDossier (oso-swv) is not yet assignable to oso's Dossier: the engine/xml branches
        // align the two types (#13 item "write(swv.dossier) without as never").
        // Issue #17 item 1: the library withholds the export (dossier null) when its privacy guard
        // finds forbidden data (SWV.SELECT.* fout) unless forced; then its own report is the answer.
        let xml: string | undefined;
        let report = result.report;
        if (result.dossier !== null) {
          xml = write(result.dossier as unknown as Dossier, { version: result.version });
          // The written file itself is validated; the privacy findings of select() stay in the report.
          const own = validate(xml, {
            file: opts.output,
            profile: result.profile,
            version: result.version,
          });
          const privacy = result.report.issues.filter((i) => i.code.startsWith('SWV.SELECT.'));
          report = {
            ...own,
            issues: [...privacy, ...own.issues],
            valid: own.valid && !privacy.some((i) => i.severity === 'fout'),
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
            `niet geschreven ${opts.output}: het SWV-dossier heeft ${report.issues.filter((i) => i.severity === 'fout').length} fout(en); los ze op of schrijf het toch met --forceer\n`,
          );
        process.exitCode = report.valid ? EXIT_OK : exitCodeFor([report]);
      },
    );

  swv
    .command('render')
    .description(
      'Maak de dossierweergave (één zelfstandige, toegankelijke HTML-pagina, af te drukken als PDF); waarschuwt op stderr als het dossier niet geldig is voor zijn profiel.',
    )
    .argument('<in>', 'dossier (XML of JSON, - voor standaardinvoer)')
    .option('-o, --output <file>', 'uitvoerbestand (HTML; standaard: standaarduitvoer)')
    .option('--in-place', 'het invoerbestand mag worden vervangen')
    .action(async (input: string, opts: { output?: string; inPlace?: boolean }) => {
      const { render, validate } = await import('@edustandaard/oso-swv');
      const bytes = await readInput(input);
      const dossier = swvInput(bytes, input);
      const html = render(dossier, { file: input });
      let report: ValidationReport | undefined;
      try {
        report = validate(dossier, { file: input });
      } catch {
        report = undefined; // e.g. no profile can be inferred: the view is still made
      }
      await writeOutput(opts.output, html, { inputs: [input], inPlace: opts.inPlace });
      if (!report)
        process.stderr.write(
          `waarschuwing ${input}: het profiel van dit dossier is niet te bepalen; de weergave is niet gecontroleerd tegen een SWV-profiel\n`,
        );
      else if (!report.valid) {
        const fouten = report.issues.filter((i) => i.severity === 'fout').length;
        process.stderr.write(
          `waarschuwing ${input}: het dossier is niet geldig voor ${report.profile ?? 'zijn profiel'} (${fouten} fout); controleer het met 'edustandaard swv validate'\n`,
        );
      }
      process.exitCode = EXIT_OK;
    });
}
