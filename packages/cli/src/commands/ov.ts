/**
 * `edustandaard ov`: the overstapprofielen POPO, POVO, VOVO and BB (overdracht binnen brin), 2019.1 / 2024.1.
 *
 *   edustandaard ov validate <files|globs|dirs...> [-r] [--profile popo|povo|vovo|bb] [--version auto|2019.1|2024.1] [--format text|json|sarif|junit] [--quiet]
 *   edustandaard ov select <in> --profile popo|povo|vovo|bb [--opt-out <categories>] [--forceer] -o out.xml [--in-place] [--format text|json]
 *   edustandaard ov render <in> [-o view.html]
 *
 * The same contract as `edustandaard swv` (issue #13): the actions are the shared ones of
 * `../profile-commands.ts`, only the options and the library differ. A thin wrapper over
 * @edustandaard/oso-overstap, imported lazily in the actions so `edustandaard --help` and other
 * commands do not pay for loading the profiles. Input may be XML or a JSON dossier.
 *
 * oso-overstap's `select()` has no `ookAanbevolen` and never withholds its dossier, so `ov select`
 * has no `--ook-aanbevolen` (see {@link GEEN_OOK_AANBEVOLEN}); `--forceer` is the CLI's own: write
 * the export despite a `fout`.
 */
import { Option, type Command } from 'commander';
import { EdustandaardError } from '@edustandaard/core';
import type { SelectOptions } from '@edustandaard/oso-overstap';
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

/** How `ov` names itself in messages. */
const OV: ProfileCommand = { kind: 'ov', dossier: 'overstapdossier', profile: 'overstapprofiel' };

const PROFILES = ['popo', 'povo', 'vovo', 'bb', 'POPO', 'POVO', 'VOVO', 'BB'];

/**
 * Why `ov select` has no `--ook-aanbevolen` (issue #13), shown in `ov select --help` and as the
 * usage error when the option is given anyway (scripts that pass the `swv select` options).
 * `swv select --ook-aanbevolen` removes what `OSO SWV-profielen` Tabel 2 only *recommends* leaving
 * out (handelingsplan, lwoo, rvc, banknummer). The sources of the overstapprofielen name no such
 * data: the 59 OVa/OVb rules of the 2019.1 validation (business-rules-2019.1.json) hold no
 * recommendation, the only 2024.1 recommendation (§1.3, `Argumentatie`) asks to *include* a field,
 * and the category table has no "aanbevolen" status. The profile document of the overstapprofielen
 * itself is not among the references, so this is what the published sources say, not more; a test
 * of oso-overstap's rule data fails when a recommendation to leave data out appears.
 */
export const GEEN_OOK_AANBEVOLEN =
  'Geen --ook-aanbevolen: de bronnen van de overstapprofielen (de validatie 2019.1, de voorbeelddossiers en §1.3 van de afspraak 2024.1) ' +
  'noemen geen gegevens die alleen worden aanbevolen weg te laten, zoals Tabel 2 van de SWV-profielen dat doet; ' +
  'ov select laat weg wat het profiel verbiedt en wat u met --opt-out uitzet. ' +
  'Het profieldocument van de overstapprofielen zelf is niet bij de referenties.';

/** Registers the `edustandaard ov` commands. */
export function registerOv(program: Command, context: CliContext = {}): void {
  const ov = program
    .command('ov')
    .description(
      'Overstapprofielen POPO, POVO, VOVO en BB (overdracht binnen brin): valideren, selectief uitleveren, dossierweergave.',
    );

  addValidateOptions(
    ov
      .command('validate')
      .description(
        'Valideer overstapdossiers (XML of JSON) tegen de gegevensset en het overstapprofiel (afgeleid uit overdrachtsoort en metadata/overstap tenzij opgegeven).',
      ),
    PROFILES,
  ).action((files: string[], opts: ValidateCommandOptions) =>
    validateAction(OV, files, opts, context),
  );

  ov.command('select')
    .description(
      'Stel een overstapdossier samen uit een volledig dossier (selectief uitleveren): alleen wat het profiel toestaat, uitgezette categorieën eruit, geheime gegevens vervangen; elke wijziging staat in het overzicht op stderr.',
    )
    .argument('<in>', 'volledig dossier (XML of JSON, - voor standaardinvoer)')
    .addOption(new Option('--profile <profile>', 'profiel').choices(PROFILES).makeOptionMandatory())
    .option(
      '--opt-out <categories>',
      'optionele categorieën uitzetten (komma-gescheiden, bv. vve,verzuim)',
      collect,
    )
    .option(
      '--forceer',
      'het bestand ook schrijven als het overstapdossier fouten heeft (bv. ontbrekende verplichte gegevens)',
    )
    .addOption(
      // Hidden: given anyway, it is a usage error that says why (GEEN_OOK_AANBEVOLEN).
      new Option('--ook-aanbevolen').hideHelp(),
    )
    .requiredOption('-o, --output <file>', 'uitvoerbestand (XML; - voor standaarduitvoer)')
    .option('--in-place', 'het invoerbestand mag worden vervangen')
    .addOption(formatOption('formaat van het wijzigingsoverzicht op stderr'))
    .addHelpText('after', `\n${GEEN_OOK_AANBEVOLEN}\n`)
    .action(
      async (
        input: string,
        opts: SelectCommandOptions & { optOut?: string[]; ookAanbevolen?: boolean },
      ) => {
        if (opts.ookAanbevolen)
          throw new EdustandaardError(
            'E_USAGE',
            'de overstapprofielen kennen geen gegevens die alleen worden aanbevolen weg te laten; zie ov select --help',
            { path: 'ov select --ook-aanbevolen' },
          );
        const lib = await import('@edustandaard/oso-overstap');
        await selectAction(OV, lib, input, opts, (profile): SelectOptions => ({
          optOut: parseOption('ov select --opt-out', () =>
            lib.parseOptOut(opts.optOut ?? [], profile),
          ),
        }));
      },
    );

  ov.command('render')
    .description(
      'Maak de dossierweergave (één zelfstandige, toegankelijke HTML-pagina, af te drukken als PDF); waarschuwt op stderr als het dossier niet geldig is voor zijn overstapprofiel.',
    )
    .argument('<in>', 'dossier (XML of JSON, - voor standaardinvoer)')
    .option('-o, --output <file>', 'uitvoerbestand (HTML; standaard: standaarduitvoer)')
    .option('--in-place', 'het invoerbestand mag worden vervangen')
    .action(async (input: string, opts: { output?: string; inPlace?: boolean }) =>
      renderAction(OV, await import('@edustandaard/oso-overstap'), input, opts),
    );
}
