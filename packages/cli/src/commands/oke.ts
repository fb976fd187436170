/**
 * `edustandaard oke`: the OKE exam-chain flow contracts (flows 0–6 on OOAPI v5) on the command line.
 *
 *   edustandaard oke flows [--format text|json]
 *   edustandaard oke check <flow>.<interaction> <message.json|-> [--direction request|response] [--status N] [--format text|json]
 *   edustandaard oke conform --role ta|tpl|dr --base-url <url> [--timeout ms] [--token-url … --client-id … --client-secret … --scope …] [--format text|json]
 *   edustandaard oke serve --role ta|tpl|dr [--port N] [--host 127.0.0.1] [--base-path /ooapi]
 *
 * A thin wrapper over @edustandaard/oke.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EdustandaardError } from '@edustandaard/core';
import type { OkeRoleId } from '@edustandaard/oke';
import { formatOption } from '../program.js';
import { exitCodeFor, formatReports, type OutputFormat } from '../format.js';
import { readInput } from '../io.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit.js';

/**
 * @edustandaard/oke (its generated validators and reference servers) is loaded only when an `oke`
 * command runs, so other commands' start-up does not pay for it.
 */
const loadOke = () => import('@edustandaard/oke');

const roleOption = () =>
  new Option(
    '--role <role>',
    'rol van het systeem: ta (Toetsafname), tpl (Toetsplanning), dr (Deelnemerregistratie)',
  )
    .choices(['ta', 'tpl', 'dr'])
    .makeOptionMandatory();

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError('verwacht een geheel getal ≥ 0');
  return n;
}

/** The flows as readable text: one block per flow with its interactions. */
export async function formatFlowsText(): Promise<string> {
  const { FLOWS, operationById } = await loadOke();
  const lines: string[] = [];
  for (const f of FLOWS) {
    lines.push(
      `Flow ${f.nummer} ${f.naam} (OKE ${f.sinds}${f.optioneel ? ', optioneel' : ''}; ${f.consumers.join('/')} → ${f.providers.join('/')}; scope ${f.scope})`,
    );
    for (const i of f.interactions) {
      const op = operationById(i.operationId);
      lines.push(
        `  ${i.id.padEnd(42)} ${`${op.method} ${op.path}`.padEnd(42)} ${[i.consumer].flat().join('/')}→${i.provider}  ${i.naam}${i.optioneel ? ' (optioneel)' : ''}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** Registers the `edustandaard oke` commands. */
export function registerOke(program: Command): void {
  const oke = program
    .command('oke')
    .description('OKE (Onderwijs Koppelvlakken Examinering): flows 0–6 op OOAPI v5');

  oke
    .command('flows')
    .description('toon de informatiestromen 0–6 met hun interacties en OOAPI-operaties')
    .addOption(formatOption())
    .action(async (opts: { format: OutputFormat }) => {
      const { FLOWS } = await loadOke();
      process.stdout.write(
        opts.format === 'json' ? JSON.stringify(FLOWS, null, 2) + '\n' : await formatFlowsText(),
      );
    });

  oke
    .command('check')
    .description(
      'controleer een bericht (JSON) tegen het contract van een interactie, bv. 2.zitting-aanmaken',
    )
    .argument('<interactie>', '<flow>.<interactie>, zie `edustandaard oke flows`')
    .argument('<bericht>', 'JSON-bestand, of - voor standaardinvoer')
    .addOption(
      new Option('--direction <richting>', 'request (verzoek) of response (antwoord)')
        .choices(['request', 'response'])
        .default('request'),
    )
    .option(
      '--status <code>',
      'HTTP-status van het antwoord (bij --direction response)',
      positiveInt,
    )
    .addOption(formatOption())
    .action(
      async (
        interaction: string,
        file: string,
        opts: { direction: 'request' | 'response'; status?: number; format: OutputFormat },
      ) => {
        const { checkJson } = await loadOke();
        const bytes = await readInput(file);
        const report = checkJson(interaction, opts.direction, bytes, {
          file,
          ...(opts.status !== undefined ? { status: opts.status } : {}),
        });
        process.stdout.write(formatReports([report], opts.format));
        process.exitCode = exitCodeFor([report]);
      },
    );

  oke
    .command('conform')
    .description(
      'speel de tegenpartij van een rol via het OKE-scenario en toets elk antwoord (exit 1 bij fouten)',
    )
    .addOption(roleOption())
    .requiredOption('--base-url <url>', 'basis-URL van het systeem onder test')
    .option('--timeout <ms>', 'time-out per aanroep in milliseconden', positiveInt, 10_000)
    .option('--token-url <url>', 'OAuth2-tokenendpoint (client credentials)')
    .option('--client-id <id>', 'OAuth2 client id')
    .option(
      '--client-secret <secret>',
      'OAuth2 client secret (of omgevingsvariabele OKE_CLIENT_SECRET)',
    )
    .option('--scope <scope>', 'OAuth2 scope, bv. nl-test-admin-flow-2-3-4')
    .addOption(formatOption())
    .action(
      async (opts: {
        role: string;
        baseUrl: string;
        timeout: number;
        tokenUrl?: string;
        clientId?: string;
        clientSecret?: string;
        scope?: string;
        format: OutputFormat;
      }) => {
        let base: URL;
        try {
          base = new URL(opts.baseUrl);
          if (!['http:', 'https:'].includes(base.protocol)) throw new Error();
        } catch {
          throw new EdustandaardError('E_USAGE', 'ongeldige --base-url (verwacht http(s)://…)', {
            file: '--base-url',
          });
        }
        const secret = opts.clientSecret ?? process.env.OKE_CLIENT_SECRET;
        if (opts.tokenUrl && (!opts.clientId || !secret))
          throw new EdustandaardError(
            'E_USAGE',
            '--token-url vraagt ook --client-id en --client-secret (of OKE_CLIENT_SECRET)',
          );
        const { runConformance, formatConformanceTable } = await loadOke();
        const result = await runConformance(
          opts.role.toUpperCase() as OkeRoleId,
          base.toString().replace(/\/$/, ''),
          {
            timeoutMs: opts.timeout,
            ...(opts.tokenUrl
              ? {
                  auth: {
                    tokenUrl: opts.tokenUrl,
                    clientId: opts.clientId!,
                    clientSecret: secret!,
                    ...(opts.scope ? { scope: opts.scope } : {}),
                  },
                }
              : {}),
          },
        );
        process.stdout.write(
          opts.format === 'json'
            ? // The CLI contract's ValidationReport[] (one report for the run), with the pass/fail
              // table per interaction as `steps` beside the report fields.
              JSON.stringify(
                [
                  {
                    ...result.report,
                    role: result.role,
                    passed: result.passed,
                    steps: result.steps,
                  },
                ],
                null,
                2,
              ) + '\n'
            : formatConformanceTable(result),
        );
        process.exitCode = result.passed ? EXIT_OK : EXIT_FINDINGS;
      },
    );

  oke
    .command('serve')
    .description(
      'start een in-memory referentie-implementatie van een rol (standaard op 127.0.0.1)',
    )
    .addOption(roleOption())
    .option('--port <n>', 'poort (0 = vrije poort)', positiveInt, 8080)
    .option('--host <host>', 'adres', '127.0.0.1')
    .option('--base-path <pad>', 'padvoorvoegsel, bv. /ooapi')
    .action(async (opts: { role: string; port: number; host: string; basePath?: string }) => {
      const { startReferenceServer } = await loadOke();
      const server = await startReferenceServer({
        role: opts.role.toUpperCase() as OkeRoleId,
        port: opts.port,
        host: opts.host,
        ...(opts.basePath ? { basePath: opts.basePath } : {}),
      }).catch((e: NodeJS.ErrnoException) => {
        throw new EdustandaardError(
          'E_IO',
          `kan niet luisteren op ${opts.host}:${opts.port} (${e.code ?? 'onbekend'})`,
        );
      });
      process.stdout.write(
        `OKE-referentie-implementatie ${opts.role.toUpperCase()} luistert op ${server.url}\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
