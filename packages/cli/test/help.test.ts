/**
 * Every help screen is Dutch (issue #13), through the real binary: the test walks the command tree
 * as a user would — `edustandaard --help`, then `--help` of every command listed under
 * "Opdrachten:" — and finds none of commander's English words on any screen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnBin } from './support/spawn.js';
import { GEEN_OOK_AANBEVOLEN } from '../src/commands/ov.js';

const tmp = mkdtempSync(join(tmpdir(), 'cli-help-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const bin = (args: string[]) => spawnBin(args, { cwd: tmp });

/** What commander writes in English when left alone. */
const ENGLISH = [
  'Usage:',
  'Options:',
  'Commands:',
  'Arguments:',
  'Global Options:',
  'display help for command',
  'output the version number',
  '(default:',
  ', default:',
  'choices:',
  'preset:',
  '[options]',
  '[command]',
];

/** The subcommands a help screen lists under "Opdrachten:" (without `help`). */
function subcommands(help: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf('Opdrachten:');
  if (start < 0) return [];
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    const name = /^ {2}(\S+)/.exec(line)?.[1];
    if (name && name !== 'help') names.push(name);
  }
  return names;
}

describe('Dutch help screens', () => {
  it(
    'every command in the tree: exit 0, Dutch headings, no English commander word',
    { timeout: 300_000 },
    () => {
      const seen: string[] = [];
      const queue: string[][] = [[]];
      while (queue.length > 0) {
        const path = queue.shift()!;
        const r = bin([...path, '--help']);
        const where = `edustandaard ${[...path, '--help'].join(' ')}`;
        expect(r.code, where).toBe(0);
        expect(r.out, where).toMatch(/^Gebruik: edustandaard/);
        expect(r.out, where).toContain('-h, --help');
        expect(r.out, where).toContain('toon de hulp bij deze opdracht');
        expect(ENGLISH.filter((w) => r.out.includes(w)).map((w) => `${where}: ${w}`)).toEqual([]);
        seen.push(path.join(' '));
        for (const sub of subcommands(r.out)) queue.push([...path, sub]);
      }
      // The walk reached the commands the issue names, and leaves of every group.
      expect(seen).toEqual(
        expect.arrayContaining(['', 'swv', 'swv validate', 'ov select', 'oso', 'rio', 'oke', 'id']),
      );
      expect(seen.length).toBeGreaterThan(25);
    },
  );

  it('the program screen: Opties, Opdrachten, the version option and the help command', () => {
    const r = bin(['--help']);
    expect(r.out).toContain('\nOpties:\n');
    expect(r.out).toContain('\nOpdrachten:\n');
    expect(r.out).toMatch(/-V, --version +toon het versienummer/);
    expect(r.out).toMatch(/help \[opdracht\] +toon de hulp bij een opdracht/);
  });

  it('a leaf command: Argumenten, [opties], keuze and standaard for option values', () => {
    const r = bin(['swv', 'validate', '--help']);
    expect(r.out).toMatch(/^Gebruik: edustandaard swv validate \[opties\] <files\.\.\.>\n/);
    expect(r.out).toContain('\nArgumenten:\n');
    expect(r.out).toMatch(/keuze: "auto", "2019\.1",\s+"2024\.1", standaard: "auto"/);
  });

  it('`help <command>` and a group without a subcommand (help on stderr, exit 2) are Dutch too', () => {
    const viaHelp = bin(['help', 'swv']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.out).toMatch(/^Gebruik: edustandaard swv \[opties\] \[opdracht\]/);
    const bare = bin(['swv']);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/^Gebruik: edustandaard swv \[opties\] \[opdracht\]/);
    expect(ENGLISH.filter((w) => bare.err.includes(w))).toEqual([]);
  });

  it('ov select --help says why there is no --ook-aanbevolen; given anyway it is a usage error', () => {
    const help = bin(['ov', 'select', '--help']);
    expect(help.out).toContain(GEEN_OOK_AANBEVOLEN);
    expect(help.out).not.toMatch(/^ +--ook-aanbevolen/m);
    const r = bin([
      'ov',
      'select',
      'in.xml',
      '--profile',
      'povo',
      '--ook-aanbevolen',
      '-o',
      'x.xml',
    ]);
    expect([r.code, r.out, r.err]).toEqual([
      2,
      '',
      'E_USAGE ov select --ook-aanbevolen: de overstapprofielen kennen geen gegevens die alleen worden aanbevolen weg te laten; zie ov select --help\n',
    ]);
  });
});
