/**
 * The one module that evaluates OKE flow duties (data in data.ts) on JSON messages and on the
 * chain's state. Message duties read the message alone (check(), handlers, kit); chain duties get
 * the stored records the message acts on (reference servers, kit).
 */
import { formatMessage, renderMessage, type Finding } from '@edustandaard/core';
import { OKE_MESSAGES } from '../messages.js';
import { parseEckId, selectIdentifier, type KnownIdentifiers } from '@edustandaard/identifiers';
import { OKE_DUTIES } from './data.js';
import type { OkeDuty, OkeDutyCheck } from './types.js';

/** A JSON node found by a pointer pattern. */
interface Hit {
  value: unknown;
  path: string;
}

const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Nodes matching a JSON-pointer pattern under `from` (`*` = every array entry or member).
 * @param from - the start node
 * @param pattern - `''`/`.` for the node itself, `a/b`, `/a/*\/b`
 */
export function select(from: Hit, pattern: string): Hit[] {
  const parts = pattern
    .replace(/^\.?\/?/, '')
    .split('/')
    .filter(Boolean);
  let cur: Hit[] = [from];
  for (const p of parts) {
    const next: Hit[] = [];
    for (const h of cur) {
      if (p === '*') {
        if (Array.isArray(h.value))
          h.value.forEach((v, i) => next.push({ value: v, path: `${h.path}/${i}` }));
        else if (isObj(h.value))
          for (const [k, v] of Object.entries(h.value))
            next.push({ value: v, path: `${h.path}/${esc(k)}` });
      } else if (isObj(h.value) && Object.hasOwn(h.value, p) && h.value[p] !== undefined)
        next.push({ value: h.value[p], path: `${h.path}/${esc(p)}` });
      else if (Array.isArray(h.value) && /^\d+$/.test(p) && Number(p) < h.value.length)
        next.push({ value: h.value[Number(p)], path: `${h.path}/${p}` });
    }
    cur = next;
  }
  return cur;
}

function holds(node: Hit, when: { path: string; in?: readonly string[] } | undefined): boolean {
  if (!when) return true;
  const vs = select(node, when.path).map((h) => h.value);
  if ('in' in when && when.in) return vs.some((v) => when.in!.includes(String(v)));
  return vs.length > 0;
}

/** Every IdentifierEntry-like object ({ codeType, code }) in a message. */
function identifierEntries(root: Hit): Hit[] {
  const out: Hit[] = [];
  const stack: Hit[] = [root];
  let budget = 100_000;
  while (stack.length && budget-- > 0) {
    const h = stack.pop()!;
    if (Array.isArray(h.value))
      h.value.forEach((v, i) => stack.push({ value: v, path: `${h.path}/${i}` }));
    else if (isObj(h.value)) {
      if (typeof h.value.codeType === 'string' && 'code' in h.value) out.push(h);
      for (const [k, v] of Object.entries(h.value))
        if (typeof v === 'object' && v !== null)
          stack.push({ value: v, path: `${h.path}/${esc(k)}` });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const norm = (t: string) => t.toLowerCase().replace(/^x-/, '');

interface Hit2 {
  path: string;
  params?: Record<string, unknown>;
  detail?: string;
}

/** Evaluates one message check; chain kinds return no hits here. */
function evaluateMessage(check: OkeDutyCheck, root: Hit): Hit2[] {
  switch (check.kind) {
    case 'requiredWhen': {
      const hits: Hit2[] = [];
      for (const m of select(root, check.context)) {
        if (!isObj(m.value) || !holds(m, check.when as never)) continue;
        if (check.requires.some((r) => select(m, r).length > 0)) continue;
        const at = check.at ?? check.requires[0]!.split('/')[0]!;
        hits.push({ path: `${m.path}/${at}`, params: { requires: check.requires } });
      }
      return hits;
    }
    case 'valueConstraint': {
      const hits: Hit2[] = [];
      // core's ValueConstraintCheck allows one context or several.
      const contexts = typeof check.context === 'string' ? [check.context] : check.context;
      for (const m of contexts.flatMap((c) => select(root, c))) {
        if (!holds(m, check.when as never)) continue;
        const ts = select(m, check.target);
        if (!ts.length && check.required)
          hits.push({
            path: `${m.path}/${check.target.split('/')[0]}`,
            params: { missing: check.target },
          });
        for (const t of ts) {
          const v = typeof t.value === 'string' ? t.value : JSON.stringify(t.value);
          const bad =
            (check.pattern !== undefined &&
              new RegExp(check.pattern).test(v) === !!check.patternAbsent) ||
            (check.notIn?.includes(v) ?? false) ||
            (check.minLength !== undefined && v.length < check.minLength) ||
            (check.maxLength !== undefined && v.length > check.maxLength);
          if (bad) hits.push({ path: t.path, params: { value: t.value } });
        }
      }
      return hits;
    }
    case 'identifiers': {
      const hits: Hit2[] = [];
      const forbidden = new Set((check.forbiddenCodeTypes ?? []).map(norm));
      for (const e of identifierEntries(root)) {
        const entry = e.value as { codeType: string; code: unknown };
        if (forbidden.has(norm(entry.codeType)))
          // Never echo the number itself (DESIGN.md §8).
          hits.push({ path: `${e.path}/codeType`, params: { codeType: entry.codeType } });
        const term = check.parse?.[norm(entry.codeType)];
        if (term === 'eckId') {
          const r = parseEckId(entry.code);
          if (!r.ok)
            hits.push({ path: `${e.path}/code`, detail: r.reason, params: { reason: r.reason } });
        }
      }
      return hits;
    }
    case 'identifierSelection': {
      const hits: Hit2[] = [];
      const terms = new Map(check.codeTypes.map(([t, term]) => [norm(t), term]));
      // Students only: the agreement's table for medewerkers has no primary identifier.
      const student = (person: Hit, p: string) =>
        p === ''
          ? Array.isArray((person.value as { affiliations?: unknown }).affiliations) &&
            (person.value as { affiliations: unknown[] }).affiliations.includes('student')
          : isObj(root.value) && root.value.role === 'student';
      for (const p of check.persons)
        for (const person of select(root, p)) {
          if (!isObj(person.value) || !student(person, p)) continue;
          const codes = [
            person.value.primaryCode,
            ...(Array.isArray(person.value.otherCodes) ? person.value.otherCodes : []),
          ];
          // Every identifier the person carries, by term (the first of a term counts): the
          // agreement takes the ECK iD first and a secondary one "bij ontbreken van de eerste voorkeur".
          const known: KnownIdentifiers = {};
          for (const c of codes) {
            if (!isObj(c) || typeof c.codeType !== 'string') continue;
            const term = terms.get(norm(c.codeType));
            if (term && known[term] === undefined) known[term] = c.code;
          }
          const sel = selectIdentifier(check.niveau, known);
          if (!sel.ok) hits.push({ path: `${person.path}/otherCodes`, detail: sel.explanation });
        }
      return hits;
    }
    default:
      return [];
  }
}

/** The stored records a chain duty reads (reference servers, kit). */
export interface ChainState {
  /** The association the message acts on, as stored before the message (undefined: unknown). */
  association?: Record<string, unknown> | undefined;
  /** Whether that association was planned through OKE (created by flow 1 or 2), not only known. */
  planned?: boolean;
  /** The offering the association belongs to, or the one the message acts on. */
  offering?: Record<string, unknown> | undefined;
  /** The record after the message (for transitions). */
  next?: Record<string, unknown> | undefined;
}

function evaluateChain(check: OkeDutyCheck, state: ChainState): Hit2[] {
  switch (check.kind) {
    case 'planned': {
      const a = state.association;
      if (!a || state.planned === false) return [{ path: '/', params: { planned: false } }];
      if (a.state === 'canceled') return [{ path: '/', params: { state: 'canceled' } }];
      if (check.resultExpected && state.offering && state.offering.resultExpected !== true)
        return [{ path: '/', params: { resultExpected: state.offering.resultExpected ?? null } }];
      return [];
    }
    case 'transition': {
      const before = check.record === 'association' ? state.association : state.offering;
      if (!before || !state.next) return [];
      const from = select({ value: before, path: '' }, check.field).map((h) => String(h.value));
      const to = select({ value: state.next, path: '' }, check.field);
      const hits: Hit2[] = [];
      for (const t of to) {
        const v = String(t.value);
        if (!from.length || from.includes(v)) continue;
        const ok = from.some((f) => check.allowed[f]?.includes(v));
        if (!ok) hits.push({ path: t.path || '/', params: { from: from.join(','), to: v } });
      }
      return hits;
    }
    default:
      return [];
  }
}

const applies = (d: OkeDuty, interaction: string, direction: 'request' | 'response') =>
  (d.interactions === '*' || d.interactions.includes(interaction)) &&
  (d.direction === 'both' || d.direction === direction);

function finding(d: OkeDuty, h: Hit2, base: string, interaction: string): Finding {
  const params = {
    ...h.params,
    interaction,
    ...(d.assumption ? { assumption: true } : {}),
    ...(h.detail ? { detail: h.detail } : {}),
  };
  // The duty's template (its declaration), and what the check says about this hit (OKE_MESSAGES).
  const detail = h.detail ? formatMessage(OKE_MESSAGES, '*#detail', params) : '';
  return {
    code: d.code,
    severity: d.severity,
    path: `${base}${h.path}` || '/',
    message: renderMessage(d.message, params) + detail,
    source: d.source,
    params,
  };
}

/**
 * The message duties of an interaction, evaluated on one message.
 * @param interaction - interaction id
 * @param direction - `request` or `response`
 * @param message - the parsed body
 * @param duties - the duty list (default {@link OKE_DUTIES})
 * @param base - JSON-pointer prefix for the paths
 */
export function checkDuties(
  interaction: string,
  direction: 'request' | 'response',
  message: unknown,
  duties: readonly OkeDuty[] = OKE_DUTIES,
  base = '',
): Finding[] {
  if (message === undefined) return [];
  const root = { value: message, path: '' };
  return duties
    .filter((d) => d.scope === 'message' && applies(d, interaction, direction))
    .flatMap((d) => evaluateMessage(d.check, root).map((h) => finding(d, h, base, interaction)));
}

/**
 * The chain duties of an interaction, given the stored records the message acts on.
 * @param interaction - interaction id
 * @param state - the stored association/offering before the message, and the record after it
 * @param duties - the duty list (default {@link OKE_DUTIES})
 */
export function checkChainDuties(
  interaction: string,
  state: ChainState,
  duties: readonly OkeDuty[] = OKE_DUTIES,
): Finding[] {
  return duties
    .filter((d) => d.scope === 'chain' && applies(d, interaction, 'request'))
    .flatMap((d) => evaluateChain(d.check, state).map((h) => finding(d, h, '', interaction)));
}

/**
 * Which interaction a provider is serving, from its role, the operation and the body: several
 * interactions share an operation (PATCH /associations/{id} is flow 1.3, 3 or 5 depending on who
 * calls); a body with a `result` is a result message.
 * @param role - the provider role
 * @param operationId - the operation
 * @param body - the request body
 * @param interactions - the interactions (default every interaction of the flows)
 */
export function interactionFor(
  role: string,
  operationId: string,
  body: unknown,
  interactions: readonly { id: string; provider: string; operationId: string }[],
): string | undefined {
  const cands = interactions.filter((i) => i.provider === role && i.operationId === operationId);
  if (cands.length <= 1) return cands[0]?.id;
  const hasResult = isObj(body) && 'result' in body;
  const byResult = cands.filter((c) => /resultaat/.test(c.id) === hasResult);
  // flow 5.2 (attempt result) is a PUT with a result; flow 1.3 a PUT without.
  return (byResult[0] ?? cands[0])!.id;
}
