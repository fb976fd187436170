/**
 * `edustandaard id`: the identifiers of the Edu-V agreement "Identiteiten" on the command line.
 *
 *   edustandaard id list [--format text|json]
 *   edustandaard id check <type> <waarde> [--format text|json]   (exit 0 geldig, 1 ongeldig, 2 onbekend type)
 *   edustandaard id hash-pgn --salt <base64> [--n N --r R --p P] <pgn|->
 *
 * A thin wrapper over @edustandaard/identifiers. A BSN, onderwijsnummer or PGN is never echoed.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  EdustandaardError,
  createReport,
  isEdustandaardError,
  type Finding,
  type SourceRef,
  type ValidationReport,
} from '@edustandaard/core';
import {
  AFSPRAKENSET_VERSIONS,
  GEEN_ECK_ID_SITUATIES,
  IDENTIFIER_TERMS,
  IDENTIFIER_TYPES,
  PGN_REGELS,
  hashPgnAsync,
  identifierTables,
  isIdentifierError,
  type IdentifierErrorCode,
  parseBsn,
  parseIdentifier,
  parseOnderwijsnummer,
  type IdentifierTerm,
  type ParseResult,
} from '@edustandaard/identifiers';
import { formatOption } from '../program.js';
import { exitCodeFor, formatReports, type OutputFormat } from '../format.js';
import { readInput } from '../io.js';
import { EXIT_OK } from '../exit.js';

/** Types `id check` accepts: the technical terms of the agreement's tables plus the two PGN kinds. */
export type CheckType = IdentifierTerm | 'BSN' | 'onderwijsnummer';

export const CHECK_TYPES: readonly CheckType[] = [...IDENTIFIER_TERMS, 'BSN', 'onderwijsnummer'];

/** Types whose value is a persoonsgebonden nummer and must never be printed. */
const SECRET: ReadonlySet<CheckType> = new Set<CheckType>(['BSN', 'onderwijsnummer']);

/** Largest standard input `hash-pgn -` / `check <type> -` accept (one identifier is a few hundred bytes at most). */
const MAX_VALUE_INPUT = 4096;

/**
 * Resolves a user-typed type name (exact first, then case-insensitively).
 * @param name - what the user typed
 */
export function resolveCheckType(name: string): CheckType {
  const exact = CHECK_TYPES.find((t) => t === name);
  if (exact) return exact;
  const folded = CHECK_TYPES.filter((t) => t.toLowerCase() === name.toLowerCase());
  if (folded.length === 1 && folded[0]) return folded[0];
  // Never echo something that looks like a number someone typed in the wrong place (a BSN, say),
  // also when it is written with separators ('229 854 382', '229.854.382') (issue #17 item 6).
  const digits = name.replace(/\D/g, '').length;
  const shown = digits >= 5 || name.length > 40 ? '' : ` '${name}'`;
  throw new EdustandaardError(
    'E_USAGE',
    `onbekend identificatietype${shown}; kies uit: ${CHECK_TYPES.join(', ')}`,
    { file: '<type>' },
  );
}

function check(type: CheckType, value: string): ParseResult<string> {
  if (type === 'BSN') return parseBsn(value);
  if (type === 'onderwijsnummer') return parseOnderwijsnummer(value);
  return parseIdentifier(type, value);
}

function sourceFor(type: CheckType): SourceRef {
  if (type === 'BSN' || type === 'onderwijsnummer') return PGN_REGELS[type].bron;
  const sources = IDENTIFIER_TYPES[type].format.sources;
  const s = sources[sources.length - 1] ?? sources[0];
  return s ? { ...s } : { document: 'Edu-V afsprakenstelsel — Identiteiten' };
}

/**
 * The `id check` result as the one report shape (`--format json` prints `ValidationReport[]`).
 * @param type - the resolved type
 * @param result - the parser's result
 */
export function checkReport(type: CheckType, result: ParseResult<string>): ValidationReport {
  const issues: Finding[] = result.ok
    ? []
    : [
        {
          code: `ID.${type}.${result.code}`,
          severity: 'fout',
          path: `/${type}`,
          message: result.reason,
          source: sourceFor(type),
        },
      ];
  return createReport({
    file: type,
    afsprakenset: 'Edu-V Identiteiten',
    version: AFSPRAKENSET_VERSIONS[0],
    profile: null,
    issues,
  });
}

function describeValid(type: CheckType, value: string): string {
  if (type === 'BSN') return 'geldig: BSN (elfproef klopt)\n';
  if (type === 'onderwijsnummer') return 'geldig: onderwijsnummer (controle met rest 5 klopt)\n';
  return `geldig: ${type} ${value}\n`;
}

function listText(): string {
  const lines: string[] = [];
  for (const t of identifierTables) {
    lines.push(`${t.niveau}`);
    for (const r of t.rows) {
      const info = IDENTIFIER_TYPES[r.term];
      const formaat = info.format.pattern ?? 'geen publiek formaat: elke niet-lege waarde';
      const voorbeeld = r.example ? `${r.example}${r.exampleOf ? ` (${r.exampleOf})` : ''}` : '–';
      lines.push(`  ${r.rang.padEnd(9)} ${r.term.padEnd(8)} ${r.type.padEnd(29)} ${formaat}`);
      lines.push(`  ${''.padEnd(9)} ${''.padEnd(8)} voorbeeld: ${voorbeeld}`);
    }
    lines.push('');
  }
  lines.push('Persoonsgebonden nummers (id check BSN|onderwijsnummer):');
  for (const r of Object.values(PGN_REGELS)) lines.push(`  ${r.naam.padEnd(16)} ${r.beschrijving}`);
  lines.push('');
  lines.push('Wanneer geen ECK iD? (secundaire identifier toegestaan), onder meer:');
  for (const s of GEEN_ECK_ID_SITUATIES) lines.push(`  - ${s.omschrijving}`);
  return lines.join('\n') + '\n';
}

function positiveInt(name: string): (v: string) => number {
  return (v: string) => {
    if (!/^[0-9]{1,10}$/.test(v))
      throw new InvalidArgumentError(`${name} moet een positief geheel getal zijn`);
    return Number(v);
  };
}

/**
 * The value argument, or one value read from standard input for `-` (so that a BSN or PGN need not
 * appear on the command line, where the process list shows it).
 */
async function readValue(arg: string): Promise<string> {
  if (arg !== '-') return arg;
  // Bounded while reading: a 200 MB stdin stops after MAX_VALUE_INPUT + 1 bytes (issue #17 item 4).
  const bytes = await readInput('-', { maxBytes: MAX_VALUE_INPUT }).catch((e: unknown) => {
    if (isEdustandaardError(e) && e.code === 'E_INPUT_TOO_LARGE')
      throw new EdustandaardError(
        'E_USAGE',
        `standaardinvoer is groter dan ${MAX_VALUE_INPUT} bytes; verwacht één waarde`,
        { file: '-' },
      );
    throw e;
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EdustandaardError('E_USAGE', 'standaardinvoer is geen geldige UTF-8', { file: '-' });
  }
  // One trailing line break (echo, heredoc) is not part of the value.
  return text.replace(/\r?\n$/, '');
}

/** Registers the `edustandaard id` commands. */
export function registerId(program: Command): void {
  const id = program
    .command('id')
    .description(
      'identifiers van de Edu-V afspraak Identiteiten: overzicht, controle en PGN-hash voor de Nummervoorziening',
    );

  id.command('list')
    .description('alle identificatietypen per niveau (primair/secundair), met formaat en voorbeeld')
    .addOption(formatOption())
    .action((opts: { format: OutputFormat }) => {
      if (opts.format === 'json') {
        const data = {
          tables: identifierTables,
          types: IDENTIFIER_TYPES,
          pgn: PGN_REGELS,
          geenEckId: GEEN_ECK_ID_SITUATIES,
        };
        process.stdout.write(JSON.stringify(data, null, 2) + '\n');
      } else {
        process.stdout.write(listText());
      }
      process.exitCode = EXIT_OK;
    });

  id.command('check')
    .description(
      'controleert één waarde; exit 0 = geldig, 1 = ongeldig (met reden), 2 = onbekend type',
    )
    .argument('<type>', `technische term: ${CHECK_TYPES.join(', ')}`)
    .argument(
      '<waarde>',
      'de te controleren waarde, of - voor standaardinvoer (aanbevolen voor een BSN)',
    )
    .addOption(formatOption())
    .action(async (typeName: string, valueArg: string, opts: { format: OutputFormat }) => {
      const type = resolveCheckType(typeName);
      const result = check(type, await readValue(valueArg));
      const report = checkReport(type, result);
      if (opts.format === 'json') process.stdout.write(formatReports([report], 'json'));
      else if (result.ok)
        process.stdout.write(describeValid(type, SECRET.has(type) ? '' : result.value));
      else process.stdout.write(`ongeldig: ${result.reason}\n`);
      process.exitCode = exitCodeFor([report]);
    });

  id.command('hash-pgn')
    .description(
      'berekent de 1e-niveau hash van een PGN voor het aanvragen van een stampseudoniem bij de Nummervoorziening ' +
        '(scrypt over de PGN in kleine letters, N=131072, r=8, p=4, 32 bytes, hex). Geef "-" om de PGN van ' +
        'standaardinvoer te lezen: een PGN op de opdrachtregel is zichtbaar in de proceslijst.',
    )
    .argument('<pgn>', 'de PGN (BSN of onderwijsnummer), of - voor standaardinvoer')
    .addOption(
      new Option('--salt <base64>', 'de salt van Kennisnet voor de omgeving, base64')
        .env('EDUSTANDAARD_PGN_SALT')
        .makeOptionMandatory(),
    )
    .addOption(new Option('--n <N>', 'scrypt N (macht van 2)').argParser(positiveInt('--n')))
    .addOption(new Option('--r <R>', 'scrypt r').argParser(positiveInt('--r')))
    .addOption(new Option('--p <P>', 'scrypt p').argParser(positiveInt('--p')))
    .action(async (pgnArg: string, opts: { salt: string; n?: number; r?: number; p?: number }) => {
      const pgn = await readValue(pgnArg);
      try {
        const hex = await hashPgnAsync(pgn, { salt: opts.salt, N: opts.n, r: opts.r, p: opts.p });
        process.stdout.write(`${hex}\n`);
      } catch (e) {
        if (isIdentifierError(e)) {
          const where =
            e.code === 'E_SALT_INVALID'
              ? '--salt'
              : e.code === 'E_SCRYPT_PARAMETERS'
                ? '--n/--r/--p'
                : pgnArg === '-'
                  ? '-'
                  : '<pgn>';
          throw new EdustandaardError<IdentifierErrorCode>(e.code, e.message, { file: where });
        }
        throw e;
      }
      process.exitCode = EXIT_OK;
    });
}
