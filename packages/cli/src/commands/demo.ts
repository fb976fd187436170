import type { Command } from 'commander';

/** The published test vector of the Kennisnet Nummervoorziening reference implementation (SchoolID parameters). */
const DEMO_SALT = 'rktYml0MIp9TC9u6Ny6uqw==';

/** A demo step: the command line, and the exit code it is expected to end with. */
export interface DemoStep {
  argv: string[];
  expect: number;
  note?: string;
}

/** The tour, as data: ordinary command lines. */
export function demoSteps(commandNames: readonly string[]): DemoStep[] {
  const eckId =
    'https://ketenid.nl/201703/1a5c9c7203901866532c2d72ce056e1d29cacc70836fe2bc3a517f3f9a53eed3d77ef370ad6dcf80b3f34ced1c547c7d2e679e8e47002355f938213b3656b206';
  return [
    { argv: ['--help'], expect: 0 },
    { argv: ['id', 'list'], expect: 0, note: 'alle identifiers van de afspraak Identiteiten' },
    { argv: ['id', 'check', 'eckId', eckId], expect: 0 },
    { argv: ['id', 'check', 'OA_ID', '104A158'], expect: 0 },
    {
      argv: ['id', 'check', 'OB_ID', '104A158'],
      expect: 1,
      note: 'een OnderwijsaanbiederID is geen OnderwijsbestuurID',
    },
    {
      argv: ['id', 'check', 'BSN', '111222333'],
      expect: 0,
      note: 'een BSN wordt nooit herhaald in de uitvoer',
    },
    { argv: ['id', 'check', 'BSN', '111222334'], expect: 1 },
    { argv: ['id', 'check', 'onderwijsnummer', '101222331'], expect: 0 },
    {
      argv: [
        'id',
        'hash-pgn',
        '--salt',
        DEMO_SALT,
        '--n',
        '16384',
        '--r',
        '8',
        '--p',
        '1',
        '063138219',
      ],
      expect: 0,
      note: 'testvector van de Nummervoorziening-referentie-implementatie (verwacht 95237cd2…5e7b); zonder --n/--r/--p gelden N=131072, r=8, p=4',
    },
    ...commandNames
      .filter((c) => c !== 'demo' && c !== 'id')
      .map((c) => ({ argv: [c, '--help'], expect: 0 })),
  ];
}

/**
 * `edustandaard demo`: a short tour that runs a few real commands, so `npm start` shows the CLI
 * working on a fresh machine. Each step is an ordinary command line; an unexpected exit code is
 * reported and makes the demo exit 1.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('korte rondleiding: voert enkele echte commando’s uit')
    .action(async () => {
      const { run } = await import('../program.js');
      let unexpected = 0;
      for (const s of demoSteps(program.commands.map((c) => c.name()))) {
        process.stdout.write(
          `\n$ edustandaard ${s.argv.map((a) => (/^[\w@./:=+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}\n`,
        );
        if (s.note) process.stdout.write(`# ${s.note}\n`);
        const code = await run(s.argv);
        if (code !== 0 || code !== s.expect)
          process.stdout.write(
            `(exit ${code}${code === s.expect ? ', zoals verwacht' : `, verwacht ${s.expect}`})\n`,
          );
        if (code !== s.expect) unexpected++;
      }
      process.exitCode = unexpected ? 1 : 0;
    });
}
