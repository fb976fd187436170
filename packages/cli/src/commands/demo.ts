import type { Command } from 'commander';

/**
 * `edustandaard demo`: a short tour that runs a few real commands, so `npm start` shows the CLI
 * working on a fresh machine. Each step is an ordinary command line; failures are reported, not hidden.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('korte rondleiding: voert enkele echte commando’s uit')
    .action(async () => {
      const { run } = await import('../program.js');
      const steps: string[][] = [['--help']];
      for (const c of program.commands) if (c.name() !== 'demo') steps.push([c.name(), '--help']);
      for (const s of steps) {
        process.stdout.write(`\n$ edustandaard ${s.join(' ')}\n`);
        const code = await run(s);
        if (code !== 0) process.stdout.write(`(exit ${code})\n`);
      }
      process.exitCode = 0;
    });
}
