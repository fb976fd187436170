/**
 * `edustandaard oke`: the OKE exam-chain flow contracts (flows 0–6 on OOAPI v5) on the command line.
 *
 *   edustandaard oke flows [--format text|json]
 *   edustandaard oke check <flow>.<interaction> <message.json|-> [--direction request|response] [--status N] [--format text|json]
 *   edustandaard oke conform --role ta|tpl|dr --base-url <url> [--timeout ms] [--token-url … --client-id … --client-secret … --scope … --auth-method basic|post] [--format text|json|junit]
 *   edustandaard oke serve --role ta|tpl|dr [--port N] [--host 127.0.0.1] [--base-path /ooapi] [--client id:secret[:scope,…]]… [--geen-auth] [--fault <name>]…
 *
 * `serve` enforces OAuth2 client credentials and the flow scopes by default (#14): without
 * `--client` it generates one client (all OKE scopes) and prints its id, secret and token URL once
 * on stderr; `--geen-auth` (alias `--no-auth`) switches OAuth2 off, loudly.
 *
 * A thin wrapper over @edustandaard/oke.
 */
import { randomBytes } from 'node:crypto';
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
    .addOption(
      new Option(
        '--auth-method <methode>',
        'clientauthenticatie bij het tokenendpoint: basic (client_secret_basic) of post (client_secret_post)',
      )
        .choices(['basic', 'post'])
        .default('basic'),
    )
    .addOption(
      new Option('--format <format>', 'uitvoerformaat (junit: JUnit XML voor CI)')
        .choices(['text', 'json', 'junit'])
        .default('text'),
    )
    .action(
      async (opts: {
        role: string;
        baseUrl: string;
        timeout: number;
        tokenUrl?: string;
        clientId?: string;
        clientSecret?: string;
        scope?: string;
        authMethod: 'basic' | 'post';
        format: OutputFormat | 'junit';
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
        const { runConformance, formatConformanceTable, formatConformanceJunit } = await loadOke();
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
                    method:
                      opts.authMethod === 'post' ? 'client_secret_post' : 'client_secret_basic',
                  },
                }
              : {}),
          },
        );
        process.stdout.write(
          opts.format === 'junit'
            ? formatConformanceJunit(result)
            : opts.format === 'json'
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
    .option(
      '--client <id:geheim[:scopes]>',
      "OAuth2-client van het tokenendpoint <basis>/oauth/token (herhaalbaar; scopes met komma's, standaard alle OKE-scopes). Zonder --client maakt serve zelf een client aan en toont id en geheim op stderr; elke aanroep eist een token met de scope van zijn stroom",
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option(
      '--geen-auth',
      'zet OAuth2 uit: elke aanroep wordt zonder token toegelaten (alleen om lokaal te proberen; serve waarschuwt op stderr)',
    )
    .addOption(new Option('--no-auth', 'zelfde als --geen-auth').hideHelp())
    .option(
      '--fault <naam>',
      'plant een fout om de conformiteitskit te toetsen (herhaalbaar): missing-required-field, wrong-status, wrong-content-type, timeout, skipped-mandatory-step, wrong-state-transition, missing-scope',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .action(
      async (opts: {
        role: string;
        port: number;
        host: string;
        basePath?: string;
        client?: string[];
        geenAuth?: boolean;
        auth?: boolean;
        fault?: string[];
      }) => {
        const { startReferenceServer, NAMED_FAULTS, OKE_SCOPES } = await loadOke();
        const role = opts.role.toUpperCase() as OkeRoleId;
        const clients: Record<string, { secret: string; scopes: string[] }> = {};
        for (const c of opts.client ?? []) {
          const [id, secret, scopes] = c.split(':');
          if (!id || !secret)
            throw new EdustandaardError('E_USAGE', '--client verwacht id:geheim[:scope,scope]', {
              file: '--client',
            });
          const list = scopes ? scopes.split(',').filter(Boolean) : [...OKE_SCOPES];
          const unknown = list.filter((sc) => !OKE_SCOPES.includes(sc));
          if (unknown.length)
            throw new EdustandaardError(
              'E_USAGE',
              `onbekende scope in --client: ${unknown.join(', ')}`,
              { file: '--client' },
            );
          clients[id] = { secret, scopes: list };
        }
        const noAuth = opts.geenAuth === true || opts.auth === false;
        if (noAuth && opts.client?.length)
          throw new EdustandaardError('E_USAGE', '--geen-auth en --client sluiten elkaar uit', {
            file: '--geen-auth',
          });
        // OAuth2 by default (#14): a generated client with every OKE scope, printed once on stderr.
        const generated = !noAuth && !Object.keys(clients).length;
        if (generated)
          clients[`oke-${role.toLowerCase()}-${randomBytes(4).toString('hex')}`] = {
            secret: randomBytes(24).toString('base64url'),
            scopes: [...OKE_SCOPES],
          };
        const faults: Record<string, unknown> = {};
        for (const name of opts.fault ?? []) {
          const f = Object.hasOwn(NAMED_FAULTS, name) ? NAMED_FAULTS[name] : undefined;
          if (!f)
            throw new EdustandaardError(
              'E_USAGE',
              `onbekende --fault; kies uit: ${Object.keys(NAMED_FAULTS).join(', ')}`,
              { file: '--fault' },
            );
          const r = f.roles[role];
          if (!r)
            throw new EdustandaardError(
              'E_USAGE',
              `--fault ${name} bestaat niet voor rol ${role}`,
              { file: '--fault' },
            );
          if (f.needsAuth && noAuth)
            throw new EdustandaardError(
              'E_USAGE',
              `--fault ${name} vraagt OAuth2 (geen --geen-auth)`,
              {
                file: '--fault',
              },
            );
          // Merge per kind (status, dropField, …), so several faults can be planted together.
          for (const [k, v] of Object.entries(r))
            faults[k] = Array.isArray(v)
              ? [...((faults[k] as unknown[]) ?? []), ...v]
              : typeof v === 'object'
                ? { ...(faults[k] as object), ...v }
                : v;
        }
        const server = await startReferenceServer({
          role,
          port: opts.port,
          host: opts.host,
          ...(opts.basePath ? { basePath: opts.basePath } : {}),
          ...(Object.keys(clients).length ? { auth: { clients } } : {}),
          ...(Object.keys(faults).length ? { faults } : {}),
        }).catch((e: NodeJS.ErrnoException) => {
          throw new EdustandaardError(
            'E_IO',
            `kan niet luisteren op ${opts.host}:${opts.port} (${e.code ?? 'onbekend'})`,
          );
        });
        if (noAuth)
          process.stderr.write(
            `WAARSCHUWING: --geen-auth: OAuth2 staat UIT. ${role} op ${server.url} laat elke aanroep zonder token toe en controleert geen scopes; OKE eist OAuth2 client credentials met een scope per stroom. Alleen om lokaal te proberen.\n`,
          );
        else if (generated) {
          const [id, c] = Object.entries(clients)[0]!;
          process.stderr.write(
            `OAuth2 (client credentials, alle OKE-scopes): tokenendpoint ${server.url}/oauth/token\n` +
              `  client_id=${id}\n  client_secret=${c.secret}\n` +
              `(eigen clients: --client id:geheim[:scopes]; zonder OAuth2: --geen-auth)\n`,
          );
        }
        process.stdout.write(
          `OKE-referentie-implementatie ${role} luistert op ${server.url}` +
            (noAuth ? ' (ZONDER OAuth2)' : ` (OAuth2: ${server.url}/oauth/token)`) +
            (opts.fault?.length ? ` met geplante fout(en): ${opts.fault.join(', ')}` : '') +
            '\n',
        );
        await new Promise<void>((resolve) => {
          const stop = () => void server.close().then(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      },
    );
}
