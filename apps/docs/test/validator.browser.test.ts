/**
 * The validator page (issue #16 part 1) in Chromium: every official OSO example is picked (and one is
 * dropped) on /validator/ and gives the same findings as the real CLI (`edustandaard swv validate
 * --format json`, spawned here) — or the same error code when the CLI refuses the file; the dossier view
 * appears and the export downloads (the very bytes `edustandaard swv select` writes); no network request
 * is made after the files are chosen, and with the
 * network cut the page still validates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite } from '../scripts/browser.mjs';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLES = join(REPO, '..', 'shared', 'reference', 'oso', '2019.1', 'examples');
const CLI = join(REPO, 'packages', 'cli', 'bin', 'edustandaard.js');

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((e) => {
    const p = join(d, e);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.xml') ? [p] : [];
  });
const files = existsSync(EXAMPLES) ? walk(EXAMPLES).sort() : [];

interface Finding {
  code: string;
  severity: string;
  path: string;
  message: string;
}
type Outcome = { issues: Finding[]; valid: boolean } | { error: string };
const pick = (i: Finding): Finding => ({
  code: i.code,
  severity: i.severity,
  path: i.path,
  message: i.message,
});

/** What one CLI command (`swv` or `ov`) says about a file. */
function run(
  cmd: 'swv' | 'ov',
  file: string,
): Outcome & { profile?: string; afsprakenset?: string } {
  const r = spawnSync(process.execPath, [CLI, cmd, 'validate', file, '--format', 'json'], {
    encoding: 'utf8',
  });
  if (r.status === 0 || r.status === 1) {
    const [report] = JSON.parse(r.stdout) as {
      issues: Finding[];
      valid: boolean;
      profile?: string;
      afsprakenset?: string;
    }[];
    return {
      issues: report!.issues.map(pick),
      valid: report!.valid,
      profile: report!.profile,
      afsprakenset: report!.afsprakenset,
    };
  }
  return { error: /^(E_[A-Z_]+)/.exec(r.stderr.trim())?.[1] ?? `exit ${r.status}: ${r.stderr}` };
}

/**
 * What the CLI says about a file: `edustandaard swv validate`, and for a dossier no SWV profile fits
 * (E_PROFILE_UNKNOWN) `edustandaard ov validate`, as the page does.
 */
function cliFull(file: string): ReturnType<typeof run> {
  const swv = run('swv', file);
  if (!('error' in swv) || swv.error !== 'E_PROFILE_UNKNOWN') return swv;
  const ov = run('ov', file);
  return 'error' in ov && ov.error === 'E_PROFILE_UNKNOWN' ? swv : ov;
}
const cli = (file: string): Outcome => {
  const o = cliFull(file);
  return 'error' in o ? { error: o.error } : { issues: o.issues, valid: o.valid };
};

/** What the page says about each file (by name). */
async function results(page: Page): Promise<Map<string, Outcome>> {
  await page.waitForSelector('#es-results[data-done]', { timeout: 120_000 });
  const raw = await page.$$eval('#es-results section.es-result', (sections) =>
    sections.map((s) => ({
      file: s.getAttribute('data-file')!,
      report: s.getAttribute('data-report'),
      error: s.querySelector('.es-error')?.getAttribute('data-code') ?? null,
    })),
  );
  return new Map<string, Outcome>(
    raw.map((r): [string, Outcome] => {
      if (r.report) {
        const rep = JSON.parse(r.report) as { issues: Finding[]; valid: boolean };
        return [r.file, { issues: rep.issues.map(pick), valid: rep.valid }];
      }
      return [r.file, { error: r.error ?? 'geen resultaat' }];
    }),
  );
}

let site: { base: string; context: BrowserContext; close: () => Promise<void> };
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe.skipIf(!files.length)('validator page', () => {
  it('gives the CLI’s findings for every official example, shows the dossier view, downloads the export, and sends nothing', async () => {
    const expected = new Map(files.map((f) => [basename(f), cli(f)]));
    const page = await site.context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.base}/validator/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-validator-ready="true"]', { state: 'attached' });
    page.on('request', (r) => {
      if (/^https?:/.test(r.url())) requests.push(r.url());
    });
    await page.setInputFiles('#es-files', files);
    const got = await results(page);
    expect(errors).toEqual([]);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, want] of expected) expect(got.get(file), file).toEqual(want);
    // At least one example was usable by the CLI, so the comparison covered real findings.
    expect([...expected.values()].filter((o) => 'issues' in o).length).toBeGreaterThan(0);
    // The eight official overstap examples are validated by the overstapprofielen (as `ov validate`),
    // each with the profile its file name names; none is refused.
    const ov = files.filter((f) => /_OV_/.test(basename(f)));
    expect(ov.length).toBe(8);
    const reports = new Map(
      (
        await page.$$eval('#es-results section.es-result', (ss) =>
          ss.map((s) => [s.getAttribute('data-file')!, s.getAttribute('data-report')] as const),
        )
      ).map(([f, r]) => [
        f,
        r ? (JSON.parse(r) as { profile?: string; afsprakenset?: string }) : null,
      ]),
    );
    for (const f of ov) {
      const want = cliFull(f);
      expect('issues' in want, f).toBe(true);
      const rep = reports.get(basename(f));
      expect(rep?.afsprakenset, f).toBe('OSO-OVERSTAP');
      expect(rep?.profile, f).toBe(/_OV_([A-Z]+)_/.exec(basename(f))![1]);
      expect(rep?.profile, f).toBe(want.profile);
    }

    // Dossier view and export for an SWV example.
    const swv = [...expected.keys()].find((f) => /_PaO_/.test(f) && 'issues' in expected.get(f)!)!;
    const section = page.locator(`section.es-result[data-file="${swv}"]`);
    const view = await section.locator('iframe.es-dossierview').getAttribute('srcdoc');
    expect(view).toContain('<html');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.locator('a.es-download[download$=".xml"]').first().click(),
    ]);
    const xml = readFileSync((await download.path())!, 'utf8');
    expect(xml).toMatch(/<dossier[\s>]/);
    // Written in the browser by core's browser build: the bytes `edustandaard swv select` writes in Node.
    const profile = reports.get(swv)!.profile!;
    const dir = mkdtempSync(join(tmpdir(), 'docs-select-'));
    try {
      const out = join(dir, 'swv.xml');
      const sel = spawnSync(
        process.execPath,
        [
          CLI,
          'swv',
          'select',
          files.find((f) => basename(f) === swv)!,
          '--profile',
          profile,
          '--forceer',
          '-o',
          out,
        ],
        { encoding: 'utf8' },
      );
      expect(sel.status, sel.stderr).toBe(0);
      expect(xml.trimEnd()).toBe(readFileSync(out, 'utf8').trimEnd());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The codes link to their rule pages, the paths to element pages.
    const links = await section
      .locator('table.es-report a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);

    expect(requests).toEqual([]);
    await page.close();
  }, 300_000);

  it('accepts a dropped file', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.base}/validator/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-validator-ready="true"]', { state: 'attached' });
    const file = files.find((f) => /PaO/.test(f)) ?? files[0]!;
    const text = readFileSync(file, 'utf8');
    const dt = await page.evaluateHandle(
      ([name, body]) => {
        const d = new DataTransfer();
        d.items.add(new File([body], name, { type: 'application/xml' }));
        return d;
      },
      [basename(file), text] as const,
    );
    await page.dispatchEvent('#es-drop', 'drop', { dataTransfer: dt });
    const got = await results(page);
    expect(got.get(basename(file))).toEqual(cli(file));
    await page.close();
  }, 120_000);

  it('checks an OKE JSON message like `edustandaard oke check`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-oke-'));
    try {
      // A message with a wrong type and an unknown enum value, so there are findings to compare.
      const file = join(dir, 'zitting.json');
      writeFileSync(file, JSON.stringify({ offeringId: 42, offeringType: 'nope', name: [] }));
      const r = spawnSync(
        process.execPath,
        [CLI, 'oke', 'check', '2.zitting-aanmaken', file, '--format', 'json'],
        { encoding: 'utf8' },
      );
      const [want] = JSON.parse(r.stdout) as { issues: Finding[]; valid: boolean }[];
      expect(want!.issues.length).toBeGreaterThan(0);
      const page = await site.context.newPage();
      await page.goto(`${site.base}/validator/`, { waitUntil: 'networkidle' });
      await page.waitForSelector('html[data-validator-ready="true"]', { state: 'attached' });
      await page.locator('.es-oke-options summary').click();
      await page.selectOption('#es-oke-interaction', '2.zitting-aanmaken');
      await page.setInputFiles('#es-files', [file]);
      const got = await results(page);
      expect(got.get('zitting.json')).toEqual({
        issues: want!.issues.map(pick),
        valid: want!.valid,
      });
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('still validates with the network cut after loading', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.base}/validator/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-validator-ready="true"]', { state: 'attached' });
    const aborted: string[] = [];
    await page.route('**/*', (route) => {
      aborted.push(route.request().url());
      return route.abort();
    });
    const file = files.find((f) => /PaO/.test(f)) ?? files[0]!;
    await page.setInputFiles('#es-files', [file]);
    const got = await results(page);
    expect(got.get(basename(file))).toEqual(cli(file));
    expect(aborted.filter((u) => /^https?:/.test(u))).toEqual([]);
    await page.close();
  }, 120_000);
});
