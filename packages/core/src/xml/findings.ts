/** Building structural findings (DESIGN.md §3): code `<prefix>.<kind>`, Dutch message, XPath-like path. */
import type { Finding, SourceRef } from '../report.js';
import { xsdMessage, type XsdMessageId, type XsdWording } from '../messages/xsd.js';

/** How findings of a codec run are labelled. */
export interface FindingContext {
  /** Code prefix, e.g. `OSO.XSD` → `OSO.XSD.minOccurs`. */
  prefix: string;
  /** Source of the structural rules, e.g. `{ document: 'OSO_gegevensset_2019.1.xsd', version: '2019.1' }`. */
  source?: SourceRef;
  /** The schema's target namespace (set by the codec; tells foreign elements apart in messages). */
  namespace?: string;
  /** The package's own wording of some codec templates (`XSD_MESSAGES` ids), e.g. "volgens de gegevensset". */
  messages?: XsdWording;
}

/**
 * The message of a structural finding, from the codec's catalogue in the package's wording.
 * @param ctx - the finding context (its `messages`)
 * @param id - the message id
 * @param params - the finding's params
 */
export function codecMessage(
  ctx: FindingContext,
  id: XsdMessageId,
  params: Readonly<Record<string, unknown>>,
): string {
  return xsdMessage(id, params, ctx.messages);
}

/**
 * Creates a structural finding (severity `fout`: every XSD violation fails validation).
 * @param ctx - prefix and source
 * @param kind - the violation kind, appended to the prefix
 * @param path - XPath-like path of the element
 * @param message - Dutch message (never containing a value of a sensitive element)
 * @param params - structured parameters
 */
export function structuralFinding(
  ctx: FindingContext,
  kind: string,
  path: string,
  message: string,
  params?: Record<string, unknown>,
): Finding {
  const f: Finding = { code: `${ctx.prefix}.${kind}`, severity: 'fout', path, message };
  if (ctx.source) f.source = ctx.source;
  if (params) f.params = params;
  return f;
}

/** Findings listed per code before the rest is only counted (issue #17 item 4). */
export const DEFAULT_MAX_FINDINGS_PER_CODE = 100;

/**
 * Collects structural findings with two bounds on what an input can cost: after `maxPerCode` findings
 * of one code the rest is only counted, and one summary finding per such code carries the total; the
 * line and column of a finding are resolved once at the end (`marks`), not while reading.
 */
export class FindingCollector {
  readonly issues: Finding[] = [];
  private readonly counts = new Map<string, number>();
  private readonly marks: number[] = [];
  private readonly marked: Finding[] = [];

  /**
   * @param ctx - prefix and source
   * @param maxPerCode - findings listed per code (default {@link DEFAULT_MAX_FINDINGS_PER_CODE})
   */
  constructor(
    private readonly ctx: FindingContext,
    private readonly maxPerCode = DEFAULT_MAX_FINDINGS_PER_CODE,
  ) {}

  /**
   * Adds a finding unless its code is over the cap; `mark` is a locator mark for line and column.
   * @returns false when the finding was only counted
   */
  add(
    kind: string,
    path: string,
    message: string,
    params?: Record<string, unknown>,
    mark?: number,
  ): boolean {
    const code = `${this.ctx.prefix}.${kind}`;
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    if (n > this.maxPerCode) return false;
    const f = structuralFinding(this.ctx, kind, path, message, params);
    this.issues.push(f);
    if (mark !== undefined) {
      this.marks.push(mark);
      this.marked.push(f);
    }
    return true;
  }

  /** True when a finding of this kind would still be listed (callers may skip building it). */
  listed(kind: string): boolean {
    return (this.counts.get(`${this.ctx.prefix}.${kind}`) ?? 0) < this.maxPerCode;
  }

  /**
   * The findings, with line/column in `params` and one summary per capped code.
   * @param rootPath - path for summary findings (the root element)
   * @param locate - turns marks into positions (from the parser's locator)
   */
  finish(
    rootPath: string,
    locate?: (marks: readonly number[]) => Array<{ line: number; column: number }>,
  ): Finding[] {
    if (locate && this.marks.length > 0) {
      const at = locate(this.marks);
      this.marked.forEach((f, i) => {
        f.params = { ...f.params, line: at[i]!.line, column: at[i]!.column };
      });
    }
    for (const [code, n] of this.counts) {
      if (n <= this.maxPerCode) continue;
      this.issues.push(summaryFinding(this.ctx, code, rootPath, n, this.maxPerCode));
    }
    return this.issues;
  }
}

/**
 * The one finding that stands for the findings of a code beyond the cap.
 * @param ctx - prefix and source
 * @param code - the capped code
 * @param rootPath - where it is reported (the root element)
 * @param total - how many there were
 * @param shown - how many were listed
 */
export function summaryFinding(
  ctx: FindingContext,
  code: string,
  rootPath: string,
  total: number,
  shown: number,
): Finding {
  const params = { total, shown, summary: true, hidden: total - shown, code };
  return structuralFinding(
    ctx,
    code.slice(ctx.prefix.length + 1),
    rootPath,
    codecMessage(ctx, 'summary', params),
    params,
  );
}
