/**
 * `edustandaard oso`: the OSO gegevensset (issue #3) on the command line.
 *
 *   edustandaard oso validate <files...> [--version auto|2019.1|2024.1] [--format text|json]
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
import { exitCodeFor, formatReports, type OutputFormat } from '../format.js';
import { readInput, writeOutput } from '../io.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit.js';

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

/** True when the bytes look like JSON (first non-blank character `{`), after an optional BOM. */
function isJson(bytes: Buffer): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes[i] === 0x7b;
}

async function versionOfJson(d: unknown, file: string, wanted: string): Promise<OsoVersion> {
  if (wanted !== 'auto') return wanted as OsoVersion;
  const { OSO_VERSIONS, OSO_VERSION_INFO } = await loadOso();
  const std = (d as { metadata?: { standaardversie?: unknown } } | null)?.metadata?.standaardversie;
  const v = OSO_VERSIONS.find((x) => OSO_VERSION_INFO[x].standaardversie === std);
  if (!v)
    throw new EdustandaardError(
      'E_VERSION_UNKNOWN',
      'kan de OSO-versie niet bepalen uit metadata/standaardversie; gebruik --version',
      { file },
    );
  return v;
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
    const version = await versionOfJson(d, file, wanted);
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
export function registerOso(program: Command): void {
  const oso = program
    .command('oso')
    .description('OSO-gegevensset 2019.1 en 2024.1: valideren, converteren, migreren.');

  oso
    .command('validate')
    .description(
      'Basisvalidatie (structuur volgens XSD, codelijsten, gegevenssetregels) van OSO-dossiers (XML of JSON).',
    )
    .argument('<files...>', "dossierbestanden ('-' voor standaardinvoer)")
    .addOption(versionOption())
    .addOption(formatOption())
    .action(async (files: string[], opts: { version: string; format: OutputFormat }) => {
      const wanted = await checkVersion(opts.version);
      const { validate } = await loadOso();
      const reports = [];
      for (const file of files) {
        const bytes = await readInput(file);
        if (isJson(bytes)) {
          const d = readJson(bytes, { file });
          const version = await versionOfJson(d, file, wanted);
          reports.push(validate(d as Dossier, { file, version }));
        } else {
          reports.push(validate(bytes, { file, version: wanted }));
        }
      }
      process.stdout.write(formatReports(reports, opts.format));
      process.exitCode = exitCodeFor(reports);
    });

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
    .action(
      async (file: string, opts: { to: 'json' | 'xml'; version: string; output?: string }) => {
        const { write } = await loadOso();
        const { version, dossier, issues } = await load(file, await checkVersion(opts.version));
        const out =
          opts.to === 'json'
            ? `${JSON.stringify(dossier, null, 2)}\n`
            : write(dossier, { version });
        await writeOutput(opts.output, out);
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
    .addOption(formatOption())
    .action(async (file: string, opts: { to: '2024.1'; output?: string; format: OutputFormat }) => {
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
      await writeOutput(opts.output, write(m.dossier, { version: '2024.1' }));
      const report =
        opts.format === 'json'
          ? `${JSON.stringify({ file, from: '2019.1', to: '2024.1', report: m.report.map(({ value, ...rest }) => ({ ...rest, ...(value !== undefined ? { value } : {}) })) }, null, 2)}\n`
          : m.report
              .map((e) => `${e.action.padEnd(10)} ${e.from ?? '-'} → ${e.to ?? '-'}  ${e.reason}`)
              .join('\n') + '\n';
      process.stderr.write(report);
      process.exitCode = m.issues.some((i) => i.severity === 'fout') ? EXIT_FINDINGS : EXIT_OK;
    });
}
