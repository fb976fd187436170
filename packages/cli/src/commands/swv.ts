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
import type { SelectOptions, SwvProfileName } from '@edustandaard/oso-swv';
import { formatOption } from '../program.js';
import {
  addValidateOptions,
  collect,
  parseOption,
  renderAction,
  selectAction,
  validateAction,
  type ProfileCommand,
  type SelectCommandOptions,
  type ValidateCommandOptions,
} from '../profile-commands.js';
import type { CliContext } from '../pool.js';

/** How `swv` names itself in messages; `SWV.SELECT.*` are select()'s privacy findings (#17 item 1). */
const SWV: ProfileCommand = {
  kind: 'swv',
  dossier: 'SWV-dossier',
  profile: 'SWV-profiel',
  selectCodes: 'SWV.SELECT.',
};

const PROFILES: readonly SwvProfileName[] = ['po-swv', 'vo-swv', 'PO-SWV', 'VO-SWV'];

/**
 * `swv select --help` examples, one per profile: each runs as written (a test runs them), so the
 * categories are optional (Figuur 4: `o`) in the profile they are shown with.
 */
export const SELECT_EXAMPLES: readonly string[] = [
  'edustandaard swv select volledig.xml --profile po-swv --opt-out vve,verzuim -o swv.xml',
  'edustandaard swv select volledig.xml --profile vo-swv --opt-out doorstroomtoets,verzuim -o swv.xml',
];

/** Registers the `edustandaard swv` commands. */
export function registerSwv(program: Command, context: CliContext = {}): void {
  const swv = program
    .command('swv')
    .description(
      'SWV-profielen PO-SWV en VO-SWV: valideren, selectief uitleveren, dossierweergave.',
    );

  addValidateOptions(
    swv
      .command('validate')
      .description(
        'Valideer SWV-dossiers (XML of JSON) tegen de gegevensset en het SWV-profiel (afgeleid uit metadata/overstap tenzij opgegeven).',
      ),
    PROFILES,
  ).action((files: string[], opts: ValidateCommandOptions) =>
    validateAction(SWV, files, opts, context),
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
        opts: SelectCommandOptions & { optOut?: string[]; ookAanbevolen?: boolean },
      ) => {
        const lib = await import('@edustandaard/oso-swv');
        await selectAction(SWV, lib, input, opts, (profile): SelectOptions => ({
          optOut: parseOption('swv select --opt-out', () =>
            lib.parseOptOut(opts.optOut ?? [], profile),
          ),
          ...(opts.ookAanbevolen ? { ookAanbevolen: true } : {}),
          ...(opts.forceer ? { force: true } : {}),
        }));
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
    .action(async (input: string, opts: { output?: string; inPlace?: boolean }) =>
      renderAction(SWV, await import('@edustandaard/oso-swv'), input, opts),
    );
}
