/**
 * `edustandaard rio`: DUO RIO V4 messages and the SIS↔RIO synchronisation plan, over @edustandaard/rio.
 *
 *   edustandaard rio actions [--format text|json]
 *   edustandaard rio request <action> <entity.json|-> [--envelope] [--verzender OIN] [--ontvanger OIN]
 *   edustandaard rio request <action> --example [--envelope]
 *   edustandaard rio response <response.xml|-> [--format text|json]       (exit 1 when RIO reports a Foutmelding)
 *   edustandaard rio sync --bestuur <OB_ID> --rio <dir> --sis <file> [-o plan.json] [--csv plan.csv] [--config overrides.json]
 *
 * `sync` shows a progress bar per export on a terminal (bytes and rows) and is quiet otherwise; it never
 * writes to RIO, and writes no plan file unless the whole plan could be made.
 */
import { Option, type Command } from 'commander';
import { EdustandaardError, readJson } from '@edustandaard/core';
import type { PlanCategorie, SyncConfig, SyncPlan } from '@edustandaard/rio';
import { formatOption } from '../program.js';
import { exitCodeFor, formatReports, type OutputFormat } from '../format.js';
import { readInput } from '../io.js';
import { threadCount } from '../pool.js';

/**
 * @edustandaard/rio is loaded only when a `rio` command runs, so `edustandaard --help` and the other
 * commands do not pay for its module graph (CLI start-up budget, issue #4).
 */
const loadRio = () => import('@edustandaard/rio');

/** Largest JSON input `rio request` accepts. */
const MAX_ENTITY_BYTES = 16 * 1024 * 1024;

/** Registers the `edustandaard rio` commands. */
export function registerRio(program: Command): void {
  const rio = program
    .command('rio')
    .description('RIO: V4-webserviceberichten en synchronisatie SIS ↔ RIO');

  rio
    .command('actions')
    .description('toon alle acties van de Beheren- en Raadplegen-service')
    .addOption(formatOption())
    .action(async (opts: { format: OutputFormat }) => {
      const { RIO_ACTIONS } = await loadRio();
      if (opts.format === 'json') {
        process.stdout.write(
          JSON.stringify(
            RIO_ACTIONS.map(
              ({
                action,
                service,
                requestElement,
                responseElement,
                input,
                omschrijving,
                inWsdl,
              }) => ({
                action,
                service,
                requestElement,
                responseElement,
                input,
                omschrijving,
                inWsdl,
              }),
            ),
            null,
            2,
          ) + '\n',
        );
        return;
      }
      for (const a of RIO_ACTIONS)
        process.stdout.write(`${a.action.padEnd(48)} ${a.service.padEnd(10)} ${a.omschrijving}\n`);
    });

  rio
    .command('request')
    .description(
      'bouw het SOAP-body-element van een actie uit een JSON-model (of het meegeleverde voorbeeld)',
    )
    .argument('<action>', 'actie, bv. aanleveren_opleidingseenheid (zie: edustandaard rio actions)')
    .argument('[entity]', 'JSON-bestand met het model (- voor standaardinvoer)')
    .option('--example', 'gebruik het meegeleverde voorbeeld van de actie')
    .option('--envelope', 'verpak in een SOAP 1.1-envelop')
    .option(
      '--verzender <oin>',
      'OIN van de verzendende instantie (standaard: die van het voorbeeld)',
    )
    .option(
      '--ontvanger <oin>',
      'OIN van de ontvangende instantie (standaard: die van het voorbeeld)',
    )
    .action(
      async (
        action: string,
        entity: string | undefined,
        opts: { example?: boolean; envelope?: boolean; verzender?: string; ontvanger?: string },
      ) => {
        const { EXAMPLE_HEADER, RIO_ACTIONS, RIO_EXAMPLES, buildRequest, toSoapEnvelope } =
          await loadRio();
        if (!RIO_ACTIONS.some((a) => a.action === action)) {
          throw new EdustandaardError(
            'E_USAGE',
            `onbekende actie '${action}'; zie 'edustandaard rio actions'`,
            { file: '<action>' },
          );
        }
        let input: unknown;
        if (opts.example) {
          if (entity)
            throw new EdustandaardError(
              'E_USAGE',
              'geef een model-bestand óf --example, niet beide',
              { file: '<entity>' },
            );
          input = RIO_EXAMPLES[action];
        } else {
          if (!entity)
            throw new EdustandaardError(
              'E_USAGE',
              'geef een JSON-bestand met het model, of --example',
              { file: '<entity>' },
            );
          input = readJson(await readInput(entity), { file: entity, maxBytes: MAX_ENTITY_BYTES });
        }
        const header = opts.example
          ? EXAMPLE_HEADER
          : {
              verzendendeInstantie: opts.verzender ?? EXAMPLE_HEADER.verzendendeInstantie,
              ontvangendeInstantie: opts.ontvanger ?? EXAMPLE_HEADER.ontvangendeInstantie,
            };
        let xml: string;
        try {
          xml = buildRequest(action, input, { header });
        } catch (e) {
          // Model errors carry a JSON path; add the input file so the location is complete.
          if (e instanceof EdustandaardError && !e.location?.file) {
            throw new EdustandaardError(
              e.code,
              e.message,
              { ...e.location, file: entity ?? `--example ${action}` },
              { cause: e },
            );
          }
          throw e;
        }
        process.stdout.write(
          opts.envelope ? toSoapEnvelope(xml) : xml.endsWith('\n') ? xml : `${xml}\n`,
        );
      },
    );

  rio
    .command('response')
    .description('lees een antwoord van RIO (SOAP of kaal) en toon de foutmeldingen')
    .argument('<file>', 'antwoord-XML (- voor standaardinvoer)')
    .addOption(formatOption())
    .action(async (file: string, opts: { format: OutputFormat }) => {
      const { readResponse, responseToReport } = await loadRio();
      const r = readResponse(await readInput(file), { file });
      const report = responseToReport(r, file);
      if (opts.format === 'json')
        process.stdout.write(JSON.stringify([{ ...report, response: r }], null, 2) + '\n');
      else {
        process.stdout.write(
          `${file}: ${r.action} ${r.goedgekeurd ? 'goedgekeurd' : 'afgekeurd'}${r.code ? ` (${r.code})` : ''}\n`,
        );
        if (report.issues.length)
          process.stdout.write(formatReports([report], 'text').split('\n').slice(1).join('\n'));
      }
      process.exitCode = exitCodeFor([report]);
    });

  rio
    .command('sync')
    .description(
      'maak het synchronisatieplan SIS ↔ RIO voor één onderwijsbestuur (schrijft nooit naar RIO)',
    )
    .requiredOption('--bestuur <OB_ID>', 'onderwijsbestuurcode, bv. 100B490')
    .requiredOption('--rio <dir>', 'map met de DUO open-data-exports (nfo_opleidingen.csv, …)')
    .requiredOption('--sis <file>', 'SIS-export: OOAPI v5 JSON (.json) of CSV')
    .option('-o, --output <plan.json>', 'schrijf het plan als JSON')
    .option('--csv <plan.csv>', 'schrijf het plan als CSV (voor een link/unlink-job)')
    .option(
      '--config <overrides.json>',
      'override-bestand: kolomnamen, scheidingsteken, verwachte omvang, handmatig beheerde codes, peildatum',
    )
    .addOption(
      new Option('--format <format>', 'uitvoerformaat van de samenvatting')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(
      async (opts: {
        bestuur: string;
        rio: string;
        sis: string;
        output?: string;
        csv?: string;
        config?: string;
        format: OutputFormat;
      }) => {
        const { PLAN_CATEGORIEEN, planSync, writePlan } = await loadRio();
        const config = opts.config
          ? (readJson(await readInput(opts.config), { file: opts.config }) as SyncConfig)
          : undefined;
        if (
          config !== undefined &&
          (typeof config !== 'object' || config === null || Array.isArray(config))
        ) {
          throw new EdustandaardError('E_USAGE', 'override-bestand moet een JSON-object zijn', {
            file: opts.config,
          });
        }
        const bar = progressBar(process.stderr);
        let plan: SyncPlan;
        try {
          plan = await planSync({
            bestuur: opts.bestuur,
            rioDir: opts.rio,
            sisFile: opts.sis,
            ...(config ? { config } : {}),
            ...(bar ? { onFile: bar.file, onProgress: bar.progress } : {}),
            // EDUSTANDAARD_WORKERS=1 keeps the command in one thread, as for validation batches.
            ...(threadCount() < 2 ? { parallel: false as const } : {}),
          });
          bar?.done(true);
        } catch (e) {
          bar?.done(false);
          throw e;
        }
        await writePlan(plan, {
          ...(opts.output ? { json: opts.output } : {}),
          ...(opts.csv ? { csv: opts.csv } : {}),
        });
        if (opts.format === 'json')
          process.stdout.write(
            JSON.stringify(
              opts.output || opts.csv ? { ...plan, items: undefined } : plan,
              null,
              2,
            ) + '\n',
          );
        else process.stdout.write(summaryTable(plan, PLAN_CATEGORIEEN));
      },
    );
}

/**
 * The summary table printed after `rio sync`.
 * @param plan - the plan
 * @param categorieen - the plan categories (`PLAN_CATEGORIEEN` of @edustandaard/rio), in table order
 */
export function summaryTable(
  plan: SyncPlan,
  categorieen: readonly { categorie: PlanCategorie; actie: string }[],
): string {
  const rows = categorieen.map((c) => {
    const n = (e: string) =>
      plan.items.filter((i) => i.categorie === c.categorie && i.entiteit === e).length;
    return [
      c.categorie,
      c.actie,
      n('opleidingseenheid'),
      n('aangebodenOpleiding'),
      n('cohort'),
      plan.samenvatting[c.categorie],
    ] as const;
  });
  const head = ['categorie', 'actie', 'opl.eenheid', 'aangeboden', 'cohort', 'totaal'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: readonly (string | number)[]) =>
    cells.map((c, i) => (i < 2 ? String(c).padEnd(w[i]!) : String(c).padStart(w[i]!))).join('  ');
  const out = [
    `Synchronisatieplan onderwijsbestuur ${plan.bestuur} (peildatum ${plan.peildatum})`,
    ...plan.bronnen.map(
      (b) =>
        `  ${b.file}: ${b.rows} rijen, ${b.matched} van dit bestuur (${b.encoding}, '${b.separator === '\t' ? '\\t' : b.separator}')`,
    ),
    '',
    line(head),
    line(w.map((n) => '-'.repeat(n))),
    ...rows.map(line),
    line(['totaal', '', '', '', '', plan.items.length]),
  ];
  for (const f of plan.findings) out.push(`${f.severity}: ${f.code} ${f.message}`);
  return out.join('\n') + '\n';
}

interface Bar {
  file: (name: string, bytes: number) => void;
  progress: (p: { bytesRead: number; bytesTotal: number; rows: number }) => void;
  done: (ok: boolean) => void;
}

/** A one-line progress bar on a TTY (bytes and rows of the current export); `undefined` when not a TTY. */
function progressBar(stream: NodeJS.WriteStream): Bar | undefined {
  if (!stream.isTTY) return undefined;
  let name = '';
  let last = 0;
  const draw = (read: number, total: number, rows: number, final = false): void => {
    const now = Date.now();
    if (!final && now - last < 100) return;
    last = now;
    const width = 24;
    const frac = total ? Math.min(1, read / total) : 1;
    const filled = Math.round(frac * width);
    const mib = (n: number) => (n / 1048576).toFixed(1);
    stream.write(
      `\r${name.padEnd(36)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(frac * 100)).padStart(3)}% ${mib(read)}/${mib(total)} MiB ${rows.toLocaleString('nl-NL')} rijen\x1b[K`,
    );
    if (final) stream.write('\n');
  };
  let current = { read: 0, total: 0, rows: 0 };
  return {
    file(n, bytes) {
      if (name) draw(current.total, current.total, current.rows, true);
      name = n;
      current = { read: 0, total: bytes, rows: 0 };
      draw(0, bytes, 0);
    },
    progress(p) {
      current = { read: p.bytesRead, total: p.bytesTotal, rows: p.rows };
      draw(p.bytesRead, p.bytesTotal, p.rows);
    },
    done(ok) {
      if (!name) return;
      if (ok) draw(current.total, current.total, current.rows, true);
      else stream.write('\n');
    },
  };
}
