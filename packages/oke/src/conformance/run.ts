/**
 * The conformance kit: plays the counterpart of a role against a base URL through the scripted
 * scenario, validates every response and reports pass/fail per interaction.
 */
import {
  createFinding,
  createReport,
  isEdustandaardError,
  type Finding,
  type ValidationReport,
} from '@edustandaard/core';
import { interactionById } from '../flows/index.js';
import { createOkeClient, type OkeClientOptions } from '../http/client.js';
import { operationById, successStatuses } from '../operations.js';
import type { OkeRoleId } from '../roles.js';
import { AFSPRAKENSET, OKE_VERSION, SPEC_SOURCE } from '../version.js';
import { OKE_MESSAGES, type OkeMessageId } from '../messages.js';
import { SCENARIOS, runIds, type ScenarioState } from './scenarios.js';
import {
  clientCredentialsTokenProvider,
  type ClientCredentials,
  type TokenProvider,
} from '../http/oauth.js';
import { OKE_SCOPES, requiredScopes } from '../http/scopes.js';
import { AUTH_PROBES } from './auth-probes.js';

/** A fresh row of the table (pass until a finding says otherwise). */
const newRow = (
  nr: number,
  stap: string,
  i: { id: string; naam: string },
  op: { method: string; path: string },
): ConformanceStepResult => ({
  nr,
  stap,
  interaction: i.id,
  naam: i.naam,
  method: op.method,
  path: op.path,
  status: null,
  outcome: 'pass',
  durationMs: null,
  issues: [],
});

const isProvider = (x: ClientCredentials | TokenProvider): x is TokenProvider =>
  typeof (x as TokenProvider).token === 'function';

/**
 * The OAuth2 scenarios (ErrorHandling.md): a call without a token and one with an unknown token
 * must be 401 with `WWW-Authenticate`; a token for another flow's scope must be 403. Run when
 * client credentials are given.
 */
async function authSteps(
  role: OkeRoleId,
  baseUrl: string,
  creds: ClientCredentials,
  options: ConformanceOptions,
  offset: number,
): Promise<ConformanceStepResult[]> {
  const probe = AUTH_PROBES[role];
  const i = interactionById(probe.interaction);
  const op = operationById(i.operationId);
  const url = `${baseUrl.replace(/\/$/, '')}${op.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(probe.params[n] ?? ''))}`;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const other = OKE_SCOPES.filter((sc) => !requiredScopes(role, op.operationId).includes(sc));
  const cases: {
    stap: string;
    token: () => Promise<string | undefined | null>;
    expect: 401 | 403;
  }[] = [
    { stap: 'beveiliging: zonder token', token: async () => undefined, expect: 401 },
    {
      stap: 'beveiliging: onbekend token',
      token: async () => 'onbekend-token-van-de-kit',
      expect: 401,
    },
    {
      stap: 'beveiliging: scope van een andere stroom',
      token: async () => {
        for (const sc of other) {
          try {
            return await clientCredentialsTokenProvider(
              { ...creds, scope: sc },
              { fetch: doFetch, timeoutMs },
            ).token();
          } catch {
            // This client may not get that scope; try the next.
          }
        }
        return null;
      },
      expect: 403,
    },
  ];
  const rows: ConformanceStepResult[] = [];
  for (const c of cases) {
    const row = newRow(offset + rows.length + 1, c.stap, i, op);
    rows.push(row);
    const token = await c.token();
    if (token === null) {
      row.outcome = 'skip';
      row.issues.push({
        ...finding('OKE.CONFORM.auth', i.id),
        severity: 'aanbeveling',
      });
      continue;
    }
    const started = performance.now();
    try {
      const res = await doFetch(url, {
        method: op.method,
        headers: {
          accept: 'application/json, application/problem+json',
          ...(op.requestBody ? { 'content-type': op.requestBody.contentType } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(op.requestBody ? { body: JSON.stringify(probe.body ?? {}) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      await res.body?.cancel().catch(() => undefined);
      row.status = res.status;
      row.durationMs = Math.round(performance.now() - started);
      if (res.status !== c.expect)
        row.issues.push(
          finding('OKE.CONFORM.status', i.id, {
            expected: [c.expect],
            actual: res.status,
            verwacht: String(c.expect),
          }),
        );
      else if (!/^Bearer\b/i.test(res.headers.get('www-authenticate') ?? ''))
        row.issues.push(finding('OKE.CONFORM.wwwAuthenticate', i.id, { status: c.expect }));
    } catch (e) {
      row.issues.push(
        (e as Error).name === 'TimeoutError'
          ? finding('OKE.CONFORM.timeout', i.id, { timeoutMs })
          : finding('OKE.CONFORM.transport', i.id),
      );
    }
    if (row.issues.some((f) => f.severity === 'fout')) row.outcome = 'fail';
  }
  return rows;
}

/** One row of the pass/fail table. */
export interface ConformanceStepResult {
  nr: number;
  stap: string;
  interaction: string;
  naam: string;
  method: string;
  path: string;
  status: number | null;
  /** `pass`, `fail`, or `skip` (an optional interaction the server does not offer, or a step whose input an earlier step did not give). */
  outcome: 'pass' | 'fail' | 'skip';
  durationMs: number | null;
  issues: Finding[];
}

/** The result of a run. */
export interface ConformanceResult {
  role: OkeRoleId;
  baseUrl: string;
  passed: boolean;
  steps: ConformanceStepResult[];
  /** The same findings in the one report shape (file = base URL, profile = `conform-<role>`). */
  report: ValidationReport;
}

/** Options of {@link runConformance}. */
export interface ConformanceOptions extends Omit<OkeClientOptions, 'baseUrl' | 'role'> {
  /** Seed for the ids the scenario creates (default: random UUIDs). */
  seed?: number;
}

/** The query values an interaction fixes (null = free, left out). */
const fixedQuery = (
  q: Readonly<Record<string, string | null>> | undefined,
): Record<string, string> =>
  Object.fromEntries(Object.entries(q ?? {}).filter((e): e is [string, string] => e[1] !== null));

const finding = (
  id: OkeMessageId,
  interaction: string,
  params?: Record<string, unknown>,
): Finding =>
  createFinding(OKE_MESSAGES, id, {
    path: '/',
    source: SPEC_SOURCE,
    params: { interaction, ...params },
  });

/**
 * @param role - the role of the system under test (`TA`, `TPL`, `DR`)
 * @param baseUrl - its base URL
 * @param options - auth, timeout, fetch, seed
 * @returns the table and report; never throws for a misbehaving server
 */
export async function runConformance(
  role: OkeRoleId,
  baseUrl: string,
  options: ConformanceOptions = {},
): Promise<ConformanceResult> {
  const client = createOkeClient({ ...options, baseUrl });
  const state: ScenarioState = runIds(options.seed);
  const steps: ConformanceStepResult[] = [];
  let nr = 0;
  for (const step of SCENARIOS[role]) {
    nr++;
    const i = interactionById(step.interaction);
    const op = operationById(i.operationId);
    const row = newRow(nr, step.stap, i, op);
    steps.push(row);
    const params = step.params?.(state) ?? {};
    const missing = Object.entries(params)
      .filter(([, v]) => v === undefined)
      .map(([k]) => k);
    if (missing.length) {
      // A mandatory step that cannot run is a failure with its reason (#14): an empty catalogue
      // or a missing person must not end in GESLAAGD. An optional step is skipped.
      row.outcome = step.optioneel ? 'skip' : 'fail';
      row.issues.push({
        ...finding(step.optioneel ? 'OKE.CONFORM.skipped#optional' : 'OKE.CONFORM.skipped', i.id, {
          missing,
        }),
        severity: step.optioneel ? 'waarschuwing' : 'fout',
      });
      continue;
    }
    try {
      const r = await client.interact(i, {
        params: params as Record<string, string>,
        query: { ...fixedQuery(i.query), ...step.query },
        ...(step.body ? { body: step.body(state) } : {}),
      });
      row.status = r.status;
      row.durationMs = r.durationMs;
      const ok = [...(step.expect ?? successStatuses(op))];
      if (!ok.includes(r.status)) {
        if (step.optioneel && (r.status === 404 || r.status === 501)) {
          row.outcome = 'skip';
          row.issues.push({
            ...finding('OKE.CONFORM.optional', i.id, { status: r.status }),
            severity: 'aanbeveling',
          });
          continue;
        }
        row.issues.push(
          finding('OKE.CONFORM.status', i.id, {
            expected: ok,
            actual: r.status,
            verwacht: ok.join(' of '),
          }),
        );
      }
      row.issues.push(
        ...r.report.issues.map((f) => ({ ...f, params: { ...f.params, interaction: i.id } })),
      );
      if (ok.includes(r.status)) {
        const wrong = step.verify?.(r.body, state);
        if (wrong) row.issues.push(finding('OKE.CONFORM.state', i.id, { reason: wrong }));
        step.remember?.(r.body, state);
      }
    } catch (e) {
      if (!isEdustandaardError(e)) throw e;
      row.issues.push(
        finding(
          e.code === 'E_TIMEOUT' ? 'OKE.CONFORM.timeout#error' : 'OKE.CONFORM.transport#error',
          i.id,
          { error: e.code, reason: e.message },
        ),
      );
    }
    if (row.issues.some((f) => f.severity === 'fout')) row.outcome = 'fail';
  }
  if (options.auth && !isProvider(options.auth))
    for (const row of await authSteps(role, baseUrl, options.auth, options, steps.length))
      steps.push(row);
  const issues = steps.flatMap((s) => s.issues);
  const report = createReport({
    file: baseUrl,
    afsprakenset: AFSPRAKENSET,
    version: OKE_VERSION,
    profile: `conform-${role}`,
    issues,
  });
  return { role, baseUrl, passed: steps.every((s) => s.outcome !== 'fail'), steps, report };
}

/**
 * A pass/fail table as text, one row per interaction, with the findings (code and JSON pointer) below.
 * @param result - a conformance result
 */
export function formatConformanceTable(result: ConformanceResult): string {
  const rows = result.steps.map((s) => [
    String(s.nr),
    s.outcome === 'pass' ? 'OK' : s.outcome === 'skip' ? 'OVERGESLAGEN' : 'FOUT',
    s.stap,
    s.interaction,
    `${s.method} ${s.path}`,
    s.status === null ? '-' : String(s.status),
    s.durationMs === null ? '-' : `${s.durationMs} ms`,
  ]);
  const head = ['#', 'uitkomst', 'stap', 'interactie', 'operatie', 'status', 'duur'];
  const w = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, k) => c.padEnd(w[k]!))
      .join('  ')
      .trimEnd();
  const out = [
    `OKE ${OKE_VERSION} conformiteit — rol ${result.role} op ${result.baseUrl}: ${result.passed ? 'GESLAAGD' : 'NIET GESLAAGD'}`,
    line(head),
    line(w.map((n) => '-'.repeat(n))),
  ];
  for (const s of result.steps) {
    out.push(line(rows[s.nr - 1]!));
    for (const f of s.issues)
      out.push(`      ${f.severity} ${f.code} ${s.interaction} ${f.path}: ${f.message}`);
  }
  const c = (o: string) => result.steps.filter((s) => s.outcome === o).length;
  out.push(`${c('pass')} geslaagd, ${c('fail')} fout, ${c('skip')} overgeslagen`);
  return out.join('\n') + '\n';
}
