/**
 * The one shape for every finding (DESIGN.md §3, STYLE.md "Findings").
 *
 * Content problems are values in a {@link ValidationReport}; unreadable input is an
 * {@link EdustandaardError}. Both are a public contract vendors script against: the CLI's
 * `--format json` prints `ValidationReport[]` exactly as typed here.
 */
import { formatMessage, messageCode, type Catalogue, type Locale } from './messages/catalogue.js';

/** `fout` fails validation; `waarschuwing` and `aanbeveling` never do. */
export type Severity = 'fout' | 'waarschuwing' | 'aanbeveling';

export const SEVERITIES: readonly Severity[] = ['fout', 'waarschuwing', 'aanbeveling'];

/** Where a rule or finding comes from: a document with its table/section, or a file and line. */
export interface SourceRef {
  /** Document or artefact, e.g. `OSO SWV profielen 2024.1` or `OSO_gegevensset_2019.1.xsd`. */
  document: string;
  /** Version of the document, e.g. `2024.1`. */
  version?: string;
  /** Table, figure or section, e.g. `Tabel 2` or `§2.4`. */
  section?: string;
  /** A line in a file, where the source is a file. */
  line?: number;
  /** A public URL where the source can be read. */
  url?: string;
}

/**
 * The one grammar of finding codes (#10 item 4): a prefix starting with a capital (`PaO`, `OSO`,
 * `OG`, `OS`, `SWV`, `PROFILE`), then one or more dot-separated segments of letters and digits
 * (`PaO.LL12`, `OSO.XSD.minOccurs`, `OSO.CODELIJST.14`, `SWV.SELECT.pgnValue`). No `/`, no spaces:
 * one code per finding.
 */
export const FINDING_CODE_PATTERN = /^[A-Z][A-Za-z]*(?:\.[A-Za-z0-9]+)+$/;

/**
 * True when a code follows {@link FINDING_CODE_PATTERN}.
 * @param code - a finding code
 */
export function isFindingCode(code: string): boolean {
  return FINDING_CODE_PATTERN.test(code);
}

/**
 * How a report's finding paths are written: `xml` — XPath-like from the root element with a
 * 1-based `[n]` on repeated elements (`/dossier/a/b[2]`); `json-pointer` — RFC 6901 from the root
 * of a JSON payload (`/a/b/1`).
 */
export type PathType = 'xml' | 'json-pointer';

/** One finding. */
export interface Finding {
  /** The standard's rule id where one exists (`PaO.LL12`), else a stable id of ours (`OSO.XSD.minOccurs`). */
  code: string;
  severity: Severity;
  /** XPath-like location (`/dossier/huidigeschool/leerling/geboorteplaats`) or a JSON pointer for JSON payloads. */
  path: string;
  /**
   * Dutch text, as the standard words it: the template of `code` in the emitting package's catalogue
   * (or the rule's declaration), rendered from `params` (see {@link createFinding}).
   */
  message: string;
  /** Where the rule is defined. */
  source?: SourceRef;
  /** Structured parameters the message was rendered from (expected/actual values, limits). */
  params?: Record<string, unknown>;
}

/** What {@link createFinding} needs besides the catalogue and the message id. */
export interface FindingInit {
  /** Default `fout`. */
  severity?: Severity;
  /** Where: XPath-like or a JSON pointer. */
  path: string;
  /** Values for the template's placeholders; kept in the finding. */
  params?: Record<string, unknown>;
  source?: SourceRef;
  /** The code, where it is not the message id's (a catalogue keyed by the last segment: `OSO.XSD` + `minOccurs`). */
  code?: string;
  /** Default `nl`. */
  locale?: Locale;
}

/**
 * The one finding builder (#10 item 4): the message is rendered from the catalogue's template for
 * `id` with `init.params`; the code is the id up to `#` unless `init.code` says otherwise.
 * @param catalogue - the emitting package's catalogue
 * @param id - the message id (a code, or a code with a `#variant`)
 * @param init - path, params, severity, source
 */
export function createFinding<K extends string>(
  catalogue: Catalogue<K>,
  id: NoInfer<K>,
  init: FindingInit,
): Finding {
  const f: Finding = {
    code: init.code ?? messageCode(id),
    severity: init.severity ?? 'fout',
    path: init.path,
    message: formatMessage(catalogue, id, init.params, init.locale),
  };
  if (init.source) f.source = init.source;
  if (init.params) f.params = init.params;
  return f;
}

/** One report per input. */
export interface ValidationReport {
  /** The input's name (file path, `-` for standard input, or a caller-chosen label). */
  file: string;
  /** `false` when and only when at least one finding has severity `fout`. */
  valid: boolean;
  /** The afsprakenset, e.g. `OSO`, `OSO-SWV`, `RIO`, `OKE`. */
  afsprakenset: string;
  /** Its version, e.g. `2024.1`. */
  version: string;
  /** The profile applied, e.g. `PO-SWV`, or `null` for base validation only. */
  profile: string | null;
  /** How the findings' paths are written (absent in reports of packages that do not say yet). */
  pathType?: PathType;
  issues: Finding[];
}

/**
 * True when a finding list contains no `fout`.
 * @param issues - the findings
 */
export function isValid(issues: readonly Finding[]): boolean {
  return !issues.some((i) => i.severity === 'fout');
}

/**
 * Builds a report, deriving `valid` from the findings so the two can never disagree.
 * @param init - everything but `valid`; `issues` defaults to `[]`
 */
export function createReport(
  init: Omit<ValidationReport, 'valid' | 'issues'> & { issues?: Finding[] },
): ValidationReport {
  const issues = init.issues ?? [];
  return { ...init, issues, valid: isValid(issues) };
}

/**
 * Counts findings per severity.
 * @param issues - the findings
 */
export function countBySeverity(issues: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { fout: 0, waarschuwing: 0, aanbeveling: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}
