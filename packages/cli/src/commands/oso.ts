/**
 * `edustandaard oso`: the OSO gegevensset (issue #3) on the command line.
 *
 *   edustandaard oso validate <files|globs|dirs...> [-r] [--version auto|2019.1|2024.1] [--format text|json|sarif|junit] [--quiet]
 *   edustandaard oso convert <file> --to json|xml [--version auto|2019.1|2024.1] [-o out]
 *   edustandaard oso migrate <file> --to 2024.1 [-o out] [--format text|json]
 *
 * Input may be XML or JSON (a decoded dossier, the shape `oso convert --to json` writes). A thin wrapper
 * over @edustandaard/oso; outputs are written atomically. A BSN or onderwijsnummer is never echoed.
 */
import { Option, type Command } from 'commander';
import { EdustandaardError, countBySeverity, readJson, type Finding } from '@edustandaard/core';
import type { Dossier, Dossier2019, OsoVersion } from '@edustandaard/oso';
import { formatOption } from '../program.js';
import { reportFormatOption, ReportWriter, type OutputFormat } from '../format/index.js';
import { isJson, readInput, writeOutput } from '../io.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit.js';
import { expandInputs } from '../inputs.js';
import { runBatch } from '../batch.js';
import type { CliContext } from '../pool.js';
import { versionOfJson } from '../validate-one.js';

/**
 * @edustandaard/oso is loaded only when an `oso` command runs, so other commands' start-up does not
 * pay for its module graph; `--version` is therefore checked against `OSO_VERSIONS` in the action.
 */
const loadOso = () => import('@edustandaard/oso');

const versionOption = (): Option =>
  new Option(
    '--version <versie>',
    'OSO-versie (auto, 2019.1, 2024.1); auto = uit de namespace (XML) of metadata/standaardversie (JSON)',
  ).default('auto');

/** The `--version` value as a known version or `auto`; anything else is a usage error (exit 2). */
async function checkVersion(v: string): Promise<'auto' | OsoVersion> {
  const { OSO_VERSIONS } = await loadOso();
  if (v === 'auto' || (OSO_VERSIONS as readonly string[]).includes(v))
    return v as 'auto' | OsoVersion;
  throw new EdustandaardError(
    'E_USAGE',
    `onbekende OSO-versie '${v}'; kies uit auto, ${OSO_VERSIONS.join(', ')}`,
    { file: '--version' },
  );
}

/** Loads a dossier from XML or JSON: version, dossier and structural findings. */
async function load(
  file: string,
  wanted: string,
): Promise<{ version: OsoVersion; dossier: Dossier; issues: Finding[] }> {
  const { read, validateStructure } = await loadOso();
  const bytes = await readInput(file);
  if (isJson(bytes)) {
    const d = readJson(bytes, { file });
    if (d === null || typeof d !== 'object' || Array.isArray(d)) {
      throw new EdustandaardError(
        'E_USAGE',
        'JSON-invoer moet een dossier-object zijn (de inhoud van <dossier>)',
        { file },
      );
    }
    const version = (await versionOfJson(d, file, wanted)) as OsoVersion;
    return { version, dossier: d as Dossier, issues: validateStructure(d, version) };
  }
  const r = read(bytes, { file, version: wanted as 'auto' | OsoVersion });
  return { version: r.version, dossier: r.dossier, issues: r.issues };
}

function summarise(issues: readonly Finding[], file: string): string {
  const c = countBySeverity(issues);
  const head = `${file}: ${c.fout} fout, ${c.waarschuwing} waarschuwing, ${c.aanbeveling} aanbeveling`;
  return (
    [
      head,
      ...issues
        .slice(0, 50)
        .map((i) => `  ${i.severity.padEnd(12)} ${i.code.padEnd(22)} ${i.path} ${i.message}`),
    ].join('\n') + '\n'
  );
}

/** Registers the `edustandaard oso` commands. */
export function registerOso(program: Command, context: CliContext = {}): void {
  const oso = program
    .command('oso')
    .description('OSO-gegevensset 2019.1 en 2024.1: valideren, converteren, migreren.');

  oso
    .command('validate')
    .description(
      'Basisvalidatie (structuur volgens XSD, codelijsten, gegevenssetregels) van OSO-dossiers (XML of JSON).',
    )
    .argument(
      '<files...>',
      "bestanden, patronen ('dossiers/*.xml') of mappen met -r; - voor standaardinvoer",
    )
    .option('-r, --recursive', 'mappen doorlopen (.xml en .json)')
    .option('-q, --quiet', 'alleen ongeldige en onbruikbare bestanden; geen samenvatting')
    .addOption(versionOption())
    .addOption(reportFormatOption())
    .action(
      async (
        files: string[],
        opts: { version: string; format: OutputFormat; recursive?: boolean; quiet?: boolean },
      ) => {
        const wanted = await checkVersion(opts.version);
        const inputs = await expandInputs(files, { recursive: opts.recursive });
        const out = new ReportWriter(opts.format, {
          command: 'edustandaard oso validate',
          quiet: opts.quiet,
          total: inputs.length,
        });
        await runBatch(inputs, { kind: 'oso', version: wanted }, (r) => out.add(r), {
          pool: context.pool,
        });
        process.exitCode = await out.end();
      },
    );

  oso
    .command('convert')
    .description(
      'Zet een OSO-dossier om tussen XML en JSON (de JSON volgt schema/oso-<versie>.json).',
    )
    .argument('<file>', "dossierbestand ('-' voor standaardinvoer)")
    .addOption(
      new Option('--to <formaat>', 'doelformaat').choices(['json', 'xml']).makeOptionMandatory(),
    )
    .addOption(versionOption())
    .option('-o, --output <file>', 'uitvoerbestand (standaard: standaarduitvoer)')
    .option('--in-place', 'het invoerbestand mag worden vervangen')
    .action(
      async (
        file: string,
        opts: { to: 'json' | 'xml'; version: string; output?: string; inPlace?: boolean },
      ) => {
        const { write } = await loadOso();
        const { version, dossier, issues } = await load(file, await checkVersion(opts.version));
        const out =
          opts.to === 'json'
            ? `${JSON.stringify(dossier, null, 2)}\n`
            : write(dossier, { version });
        await writeOutput(opts.output, out, { inputs: [file], inPlace: opts.inPlace });
        // Structural problems do not stop the conversion (nothing is dropped), but are reported.
        if (issues.some((i) => i.severity === 'fout')) {
          process.stderr.write(summarise(issues, file));
          process.exitCode = EXIT_FINDINGS;
        } else process.exitCode = EXIT_OK;
      },
    );

  oso
    .command('migrate')
    .description(
      'Migreert een OSO 2019.1-dossier naar 2024.1; het rapport (overgenomen, hernoemd, standaard ingevuld, vervallen) gaat naar stderr.',
    )
    .argument('<file>', "2019.1-dossier (XML of JSON; '-' voor standaardinvoer)")
    .addOption(new Option('--to <versie>', 'doelversie').choices(['2024.1']).makeOptionMandatory())
    .option('-o, --output <file>', 'uitvoerbestand (XML; standaard: standaarduitvoer)')
    .option('--in-place', 'het invoerbestand mag worden vervangen')
    .addOption(formatOption('formaat van het migratierapport op stderr'))
    .action(
      async (
        file: string,
        opts: { to: '2024.1'; output?: string; format: 'text' | 'json'; inPlace?: boolean },
      ) => {
        const { migrate, write } = await loadOso();
        const { version, dossier, issues } = await load(file, 'auto');
        if (version !== '2019.1') {
          throw new EdustandaardError(
            'E_VERSION_UNKNOWN',
            `het dossier is al versie ${version}; alleen 2019.1 kan worden gemigreerd`,
            { file },
          );
        }
        if (issues.some((i) => i.severity === 'fout')) {
          process.stderr.write(summarise(issues, file));
          throw new EdustandaardError(
            'E_USAGE',
            'het 2019.1-dossier voldoet niet aan de XSD; los eerst de structuurfouten op',
            { file },
          );
        }
        const m = migrate(dossier as Dossier2019, opts.to);
        await writeOutput(opts.output, write(m.dossier, { version: '2024.1' }), {
          inputs: [file],
          inPlace: opts.inPlace,
        });
        const report =
          opts.format === 'json'
            ? `${JSON.stringify({ file, from: '2019.1', to: '2024.1', report: m.report.map(({ value, ...rest }) => ({ ...rest, ...(value !== undefined ? { value } : {}) })) }, null, 2)}\n`
            : m.report
                .map((e) => `${e.action.padEnd(10)} ${e.from ?? '-'} → ${e.to ?? '-'}  ${e.reason}`)
                .join('\n') + '\n';
        process.stderr.write(report);
        process.exitCode = m.issues.some((i) => i.severity === 'fout') ? EXIT_FINDINGS : EXIT_OK;
      },
    );
}
