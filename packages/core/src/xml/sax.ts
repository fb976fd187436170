/**
 * The one secure entry to XML parsing (namespace-aware, non-validating): a strict fast path for plain
 * well-formed documents (`fast.ts`), saxes for everything else (README "Parsers"). Rejects what an
 * attacker could abuse (OWASP XML Security Cheat Sheet): any DOCTYPE (so no DTD, no external or
 * internal entity declarations, no billion laughs), entity references beyond the five predefined
 * ones and character references (XML 1.0 §4.6), non-UTF-8 encodings, excessive depth and node counts.
 * Every failure is an {@link EdustandaardError} with file, line and column.
 */
import { SaxesParser, type SaxesTagNS, type SaxesOptions } from 'saxes';
import { EdustandaardError, type ErrorCode } from '../errors.js';
import type { MiscItem, XmlLimits } from './types.js';
import { resolveLimits } from './limits.js';
import { nativeUtf8 } from './platform.js';
import { decodeXmlInput, type XmlInput } from './input.js';
import {
  EV_CLOSE,
  EV_MISC,
  EV_OPEN,
  EV_TEXT,
  FastScanner,
  plainText,
  type FastLog,
} from './fast.js';

/** An attribute of an {@link XmlTag}, namespace-resolved. */
export interface XmlAttribute {
  /** Prefix and local name, e.g. `xsi:type`. */
  name: string;
  prefix: string;
  local: string;
  /** The namespace URI ('' for none). */
  uri: string;
  value: string;
}

/**
 * A start tag as delivered to handlers. Declared here, not re-exported from saxes, so the public
 * `.d.ts` does not depend on saxes' types (they fail `skipLibCheck: false`, issue #13); saxes'
 * `SaxesTagNS` is structurally the same.
 */
export interface XmlTag {
  /** Prefix and local name, e.g. `oso:dossier`. */
  name: string;
  prefix: string;
  local: string;
  /** The namespace URI ('' for none). */
  uri: string;
  attributes: Record<string, XmlAttribute>;
  /** The namespace bindings declared on this tag. */
  ns: Record<string, string>;
  isSelfClosing: boolean;
}

/** saxes' tag type is assignable to {@link XmlTag} (checked at compile time). */
type _TagIsCompatible = SaxesTagNS extends XmlTag ? true : never;
const _tagIsCompatible: _TagIsCompatible = true;
void _tagIsCompatible;

/** Callbacks of {@link parseSecure}. Throwing from a handler aborts parsing. */
export interface SecureSaxHandlers {
  open(tag: XmlTag, depth: number): void;
  text(text: string): void;
  close(tag: XmlTag, depth: number): void;
  /**
   * A comment or processing instruction (not the XML declaration), delivered in document order after
   * every event before it. Optional: without it the parser does no extra work.
   */
  misc?(item: MiscItem): void;
  /** Called once before parsing with a locator for positions of start tags (for findings). */
  locator?(locator: XmlLocator): void;
}

/**
 * Positions for findings, cheap while parsing: `mark()` (during `open`) is a number; `locate(marks)`
 * turns many marks into line/column of their start tags in one pass over the text, afterwards.
 */
export interface XmlLocator {
  mark(): number;
  locate(marks: readonly number[]): XmlPosition[];
}

/** Options of {@link parseSecure}. */
export interface SecureParseOptions {
  file?: string;
  limits?: XmlLimits;
  /**
   * Which tokenizer: `auto` (default) scans plain documents with the fast path (`fast.ts`) and leaves
   * everything else to saxes; `saxes` always uses saxes; `fast` throws a plain `Error` when the fast
   * path declines. The results are the same (`test/xml-fast.test.ts`); the last two exist for that
   * test and for benchmarks.
   */
  engine?: 'auto' | 'saxes' | 'fast';
}

/** Position of the parser, for findings that want a line. */
export interface XmlPosition {
  line: number;
  column: number;
}

type Options = SaxesOptions & { xmlns: true };

/** Text runs at least this long are checked and delivered directly, not char by char through saxes. */
const FAST_TEXT_MIN = 256;
/**
 * True when text[from, to) can take the fast path: no `&` (entities stay with saxes), no CR (end-of-line
 * normalisation stays with saxes), no `]]>`, only characters of XML 1.0 §2.2 Char, and no surrogate
 * (pairs are legal, but are left to saxes' own checks). A plain loop: faster than a regex here.
 */
function fastRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a) return false;
    } else if (c === 0x26 || (c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe))) return false;
  }
  const e = text.indexOf(']]>', from);
  return e === -1 || e + 3 > to;
}
/** The rest of a start or end tag after '<', quotes respected (XML 1.0 §3.1). */
const TAG_REST = /[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/y;
/** saxes 6 internal state "text" (S_TEXT in saxes.js). */
const SAXES_S_TEXT = 13;

interface SaxesInternals {
  state: number;
  tags: unknown[];
  text: string;
  position: number;
}

/**
 * Parses untrusted XML with the given handlers. Tags delivered by the fast path share one frozen empty
 * `attributes` / `ns` object when they have none: handlers must not modify tags.
 * @param input - XML text or UTF-8 bytes
 * @param handlers - event handlers
 * @param options - file name (for locations), limits and (for tests) the engine
 * @throws EdustandaardError `E_XML_*`
 */
export function parseSecure(
  input: XmlInput,
  handlers: SecureSaxHandlers,
  options: SecureParseOptions = {},
): void {
  const limits = resolveLimits(options.limits);
  const file = options.file;
  // Bytes that are valid UTF-8 are fed from the buffer: long ASCII text runs are then never decoded
  // as UTF-8 nor scanned in JS (native isAscii/indexOf). Anything else goes through decodeXmlInput,
  // which also produces the E_XML_TOO_LARGE / E_XML_ENCODING errors.
  let bytes: Buffer | undefined;
  let start = 0;
  let textCache: string | undefined;
  if (nativeUtf8 && typeof input !== 'string' && input.byteLength <= limits.maxBytes) {
    const b = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (nativeUtf8.isUtf8(b)) {
      bytes = b;
      start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    }
  }
  if (!bytes) textCache = decodeXmlInput(input, limits.maxBytes, file);
  const fullText = (): string => (textCache ??= bytes!.toString('utf8', start));
  // Before any parsing, so at line 1, column 1 (where a fresh saxes parser stands).
  checkDeclaration(
    bytes ? bytes.toString('latin1', start, Math.min(bytes.length, start + 400)) : textCache!,
    (code, message) => {
      throw new EdustandaardError(code, message, { file, line: 1, column: 1 });
    },
  );
  const engine = options.engine ?? 'auto';
  if (engine !== 'saxes') {
    const log = bytes
      ? scanBytes(bytes, start, limits, handlers.misc !== undefined)
      : scanText(textCache!, limits, handlers.misc !== undefined);
    if (log) {
      replay(log, handlers, fullText);
      return;
    }
    if (engine === 'fast') throw new Error('parseSecure: the fast path declined this document');
  }
  const parser = new SaxesParser<Options>({
    xmlns: true,
    position: true,
    ...(file ? { fileName: file } : {}),
  });
  let depth = 0;
  let nodes = 0;
  // Long character-data runs (base64 attachments are ~80% of a dossier) are cut out of the stream fed
  // to saxes and delivered directly after the same well-formedness checks; `cuts` maps positions back.
  // Flat pairs [at, removed, …]: `at` in the coordinates of the stream fed to saxes.
  const cuts: number[] = [];
  const where = (): { line: number; column: number } => {
    if (cuts.length === 0) return { line: parser.line, column: parser.column + 1 };
    const fedPos = (parser as unknown as SaxesInternals).position;
    let orig = fedPos;
    for (let c = 0; c < cuts.length; c += 2) if (cuts[c]! <= fedPos) orig += cuts[c + 1]!;
    const text = fullText();
    orig = Math.min(orig, text.length);
    let line = 1;
    let last = -1;
    for (let k = text.indexOf('\n'); k !== -1 && k < orig; k = text.indexOf('\n', k + 1)) {
      line++;
      last = k;
    }
    return { line, column: orig - last };
  };
  if (handlers.locator) {
    const internals = parser as unknown as SaxesInternals;
    handlers.locator({
      mark: () => internals.position,
      locate(marks) {
        // Fed positions → offsets in the text (the cuts taken out before each mark).
        const text = fullText();
        const offsets = new Array<number>(marks.length);
        const order = marks.map((m, i) => [m, i] as const).sort((a, b) => a[0] - b[0]);
        let c = 0;
        let removed = 0;
        for (const [m, i] of order) {
          while (c < cuts.length && cuts[c]! <= m) {
            removed += cuts[c + 1]!;
            c += 2;
          }
          // The mark is just after the start tag's '>': its '<' is the last one before.
          const end = Math.min(m + removed, text.length);
          offsets[i] = Math.max(0, text.lastIndexOf('<', end - 1));
        }
        return positionsOf(text, offsets);
      },
    });
  }
  const fail = (code: ErrorCode, message: string): never => {
    throw new EdustandaardError(code, message, { file, ...where() });
  };
  // Only four handlers are registered: every extra saxes handler property slows saxes down several
  // times (V8 object shape), measured on the official dossiers. DOCTYPE and the XML declaration are
  // therefore checked by `feed`/`checkDeclaration`, and saxes errors are caught as exceptions.
  parser.on('opentag', (tag) => {
    depth++;
    if (depth > limits.maxDepth)
      fail('E_XML_TOO_DEEP', `Elementen zijn dieper genest dan toegestaan (${limits.maxDepth}).`);
    let attrs = 0;
    for (const _k in tag.attributes) attrs++;
    if (attrs > limits.maxAttributesPerElement) {
      fail(
        'E_XML_TOO_MANY_NODES',
        `Element '${tag.local}' heeft meer dan ${limits.maxAttributesPerElement} attributen.`,
      );
    }
    nodes += 1 + attrs;
    if (nodes > limits.maxNodes)
      fail(
        'E_XML_TOO_MANY_NODES',
        `Het document heeft meer dan ${limits.maxNodes} elementen en attributen.`,
      );
    handlers.open(tag as XmlTag, depth);
  });
  parser.on('text', (t) => handlers.text(t));
  parser.on('cdata', (t) => handlers.text(t));
  parser.on('closetag', (tag) => {
    handlers.close(tag as XmlTag, depth);
    depth--;
  });
  try {
    if (bytes) feedBytes(parser, bytes, start, handlers, cuts);
    else feed(parser, textCache!, handlers, cuts);
    parser.close();
  } catch (e) {
    // A handler's own exception (an EdustandaardError, or e.g. a stop symbol) passes through unchanged.
    if (e instanceof EdustandaardError || !(e instanceof Error)) {
      if (e !== DOCTYPE) throw e;
    }
    if (e === DOCTYPE) fail('E_XML_DTD', 'Een DOCTYPE (DTD) is niet toegestaan.');
    const raw = String((e as Error).message).replace(/^[^:]*:\d+:\d+: /, '');
    if (/entity/.test(raw)) {
      fail(
        'E_XML_ENTITY',
        `Onbekende entiteit: alleen de vijf voorgedefinieerde entiteiten en tekenverwijzingen zijn toegestaan (${raw}).`,
      );
    }
    throw new EdustandaardError(
      'E_XML_MALFORMED',
      `Geen goedgevormde XML: ${raw}`,
      { file, ...where() },
      { cause: e },
    );
  }
}

const DOCTYPE = Symbol('doctype');

/** XML 1.0 §4.3.3: only UTF-8 is accepted; a declared other encoding is an error. */
function checkDeclaration(text: string, fail: (code: ErrorCode, message: string) => never): void {
  if (!text.startsWith('<?xml')) return;
  const end = text.indexOf('?>');
  const decl = end === -1 ? text.slice(0, 200) : text.slice(0, end);
  const m = /\sencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(decl);
  const enc = m ? (m[1] ?? m[2])! : undefined;
  if (enc !== undefined && !/^utf-?8$/i.test(enc))
    fail('E_XML_ENCODING', `Alleen UTF-8 is toegestaan, niet '${enc}'.`);
}

/**
 * Feeds `text` to saxes, delivering long character-data runs inside the root directly. A run is only
 * taken out when saxes is in its text state inside the root, and the run has no `&` (entities stay
 * with saxes), no CR (end-of-line handling stays with saxes), no `]]>` and only XML characters —
 * so the result is exactly what saxes would have produced.
 */
function feed(
  parser: SaxesParser<Options>,
  text: string,
  handlers: SecureSaxHandlers,
  cuts: number[],
): void {
  const n = text.length;
  const internals = parser as unknown as SaxesInternals;
  let fed = 0;
  let removed = 0;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end - i >= FAST_TEXT_MIN) {
      if (fastRun(text, i, end)) {
        const run = text.slice(i, end);
        if (i > fed) parser.write(text.slice(fed, i));
        fed = i;
        if (
          internals.state === SAXES_S_TEXT &&
          internals.tags.length > 0 &&
          internals.text === ''
        ) {
          cuts.push(i - removed, run.length);
          removed += run.length;
          fed = end;
          handlers.text(run);
        }
      }
    }
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) {
      const e = text.indexOf('-->', lt + 4);
      if (e === -1) break;
      i = e + 3;
      if (handlers.misc) {
        // Feed through the comment first: saxes then has delivered every event before it (and checked it).
        parser.write(text.slice(fed, i));
        fed = i;
        handlers.misc({ comment: eol(text.slice(lt + 4, e)) });
      }
    } else if (text.startsWith('<![CDATA[', lt)) {
      const e = text.indexOf(']]>', lt + 9);
      if (e === -1) break;
      i = e + 3;
    } else if (text.startsWith('<?', lt)) {
      const e = text.indexOf('?>', lt + 2);
      if (e === -1) break;
      i = e + 2;
      if (handlers.misc) {
        const item = piItem(text.slice(lt + 2, e));
        if (item) {
          parser.write(text.slice(fed, i));
          fed = i;
          handlers.misc(item);
        }
      }
    } else if (text.startsWith('<!', lt)) {
      if (text.startsWith('<!DOCTYPE', lt)) {
        // Position the error at the DOCTYPE: feed up to it (saxes checks what comes before).
        if (lt > fed) parser.write(text.slice(fed, lt));
        throw DOCTYPE;
      }
      break; // anything else starting with '<!' is malformed: saxes reports it
    } else {
      TAG_REST.lastIndex = lt + 1;
      if (!TAG_REST.test(text)) break;
      i = TAG_REST.lastIndex;
    }
  }
  if (fed < n) parser.write(text.slice(fed));
}

/** XML 1.0 §2.11 end-of-line handling, as saxes applies it to the text it delivers. */
function eol(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/** A processing instruction's target and data (XML 1.0 §2.6); `null` for the XML declaration. */
function piItem(body: string): MiscItem | null {
  const m = /^[^\s]+/.exec(body);
  const target = m ? m[0] : '';
  if (target === 'xml') return null;
  return { pi: { target, data: eol(body.slice(target.length).replace(/^\s+/, '')) } };
}

const LT = 0x3c;
const GT = 0x3e;
/** Control characters that are not XML `Char`s (XML 1.0 §2.2); TAB, LF allowed, CR handled separately. */
const CONTROL_BYTES: readonly number[] = Array.from({ length: 32 }, (_, c) => c).filter(
  (c) => c !== 0x09 && c !== 0x0a,
);

/** True when an ASCII run has a control byte that XML forbids (native scans: ~3× faster than a regex here). */
function hasControlByte(run: Buffer): boolean {
  for (const c of CONTROL_BYTES) if (run.indexOf(c) !== -1) return true;
  return false;
}

function bytesAt(b: Buffer, pos: number, ascii: string): boolean {
  if (pos + ascii.length > b.length) return false;
  for (let k = 0; k < ascii.length; k++) if (b[pos + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

/**
 * {@link feed} over UTF-8 bytes. A long run is taken out only when it is pure ASCII (so byte and
 * character offsets agree), has no `&`, CR or `]]>`, no control characters, and saxes is in its text
 * state inside the root. Whitespace-only runs (space, tab, LF) between markup are left out of the
 * stream altogether when they cannot be element content: after an end tag or an empty-element tag,
 * or before a start tag (XML 1.0 §2.10: whitespace in element content is insignificant; the decoder
 * ignores it there). Whitespace between a start tag and an end tag (`<a> </a>`) is always kept.
 * Markup is decoded as UTF-8 in pieces and written to saxes in as few calls as possible.
 */
function feedBytes(
  parser: SaxesParser<Options>,
  b: Buffer,
  start: number,
  handlers: SecureSaxHandlers,
  cuts: number[],
): void {
  const n = b.length;
  const internals = parser as unknown as SaxesInternals;
  let segStart = start; // first byte not yet emitted
  let parts: string[] = [];
  let partsChars = 0;
  let fedChars = 0; // characters written to saxes so far
  const emitUpTo = (pos: number): void => {
    if (pos <= segStart) return;
    const chunk = b.toString('utf8', segStart, pos);
    parts.push(chunk);
    partsChars += chunk.length;
    segStart = pos;
  };
  const writeNow = (): void => {
    if (parts.length === 0) return;
    const chunk = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    fedChars += partsChars;
    partsChars = 0;
    parser.write(chunk);
  };
  // 0 = nothing seen yet, 1 = start tag, 2 = end tag or empty-element tag, 3 = comment/PI/CDATA
  let prev = 0;
  let i = start;
  while (i < n) {
    const lt = b.indexOf(LT, i);
    const end = lt === -1 ? n : lt;
    if (end > i && prev !== 0) {
      if (end - i >= FAST_TEXT_MIN) {
        const run = b.subarray(i, end);
        if (
          nativeUtf8!.isAscii(run) &&
          run.indexOf(0x26) === -1 &&
          run.indexOf(']]>') === -1 &&
          !hasControlByte(run)
        ) {
          emitUpTo(i);
          writeNow();
          if (
            internals.state === SAXES_S_TEXT &&
            internals.tags.length > 0 &&
            internals.text === ''
          ) {
            cuts.push(fedChars, end - i);
            segStart = end;
            handlers.text(run.toString('latin1'));
          }
        }
      } else if (
        prev === 2 ||
        (lt !== -1 && lt + 1 < n && b[lt + 1] !== 0x2f && b[lt + 1] !== 0x21 && b[lt + 1] !== 0x3f)
      ) {
        let ws = true;
        for (let k = i; k < end; k++) {
          const c = b[k];
          if (c !== 0x20 && c !== 0x0a && c !== 0x09) {
            ws = false;
            break;
          }
        }
        if (ws) {
          emitUpTo(i);
          cuts.push(fedChars + partsChars, end - i);
          segStart = end;
        }
      }
    }
    if (lt === -1) break;
    const c1 = b[lt + 1];
    if (c1 === 0x21 /* ! */) {
      if (bytesAt(b, lt, '<!--')) {
        const e = b.indexOf('-->', lt + 4);
        if (e === -1) break;
        i = e + 3;
        prev = 3;
        if (handlers.misc) {
          // Feed through the comment first: saxes then has delivered every event before it (and checked it).
          emitUpTo(i);
          writeNow();
          handlers.misc({ comment: eol(b.toString('utf8', lt + 4, e)) });
        }
        continue;
      }
      if (bytesAt(b, lt, '<![CDATA[')) {
        const e = b.indexOf(']]>', lt + 9);
        if (e === -1) break;
        i = e + 3;
        prev = 3;
        continue;
      }
      if (bytesAt(b, lt, '<!DOCTYPE')) {
        emitUpTo(lt);
        writeNow();
        throw DOCTYPE;
      }
      break; // anything else starting with '<!' is malformed: saxes reports it
    } else if (c1 === 0x3f /* ? */) {
      const e = b.indexOf('?>', lt + 2);
      if (e === -1) break;
      i = e + 2;
      prev = 3;
      if (handlers.misc) {
        const item = piItem(b.toString('utf8', lt + 2, e));
        if (item) {
          emitUpTo(i);
          writeNow();
          handlers.misc(item);
        }
      }
    } else {
      // End of the tag, quotes respected (XML 1.0 §3.1).
      let k = lt + 1;
      let q = 0;
      for (; k < n; k++) {
        const c = b[k]!;
        if (q !== 0) {
          if (c === q) q = 0;
        } else if (c === 0x22 || c === 0x27) q = c;
        else if (c === GT) break;
      }
      if (k >= n) break;
      prev = b[lt + 1] === 0x2f || b[k - 1] === 0x2f ? 2 : 1;
      i = k + 1;
    }
  }
  emitUpTo(n);
  writeNow();
}

/**
 * Line and column (1-based, column in UTF-16 units) of each offset in `text`, in one pass over the
 * newlines however many offsets there are.
 */
function positionsOf(text: string, offsets: readonly number[]): XmlPosition[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<XmlPosition>(offsets.length);
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const [lt, i] of order) {
    for (let k = text.indexOf('\n', scanned); k !== -1 && k < lt; k = text.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    scanned = Math.max(scanned, lt);
    out[i] = { line, column: lt - lineStart + 1 };
  }
  return out;
}

/** Texts longer than this are scanned in segments: V8 allocates strings over ~128 KB slowly. */
const SEGMENT = 64 * 1024;

/**
 * The fast path over valid UTF-8 bytes: declined (undefined) when a byte saxes would refuse or that
 * needs end-of-line handling is present (checked natively), else the document is decoded in segments
 * of about {@link SEGMENT} characters cut before a `</` (each decoded as Latin-1 when ASCII) and scanned.
 */
function scanBytes(
  b: Buffer,
  start: number,
  limits: Required<XmlLimits>,
  misc: boolean,
): FastLog | undefined {
  const body = start === 0 ? b : b.subarray(start);
  if (hasControlByte(body)) return undefined; // includes CR (end-of-line handling stays with saxes)
  const ascii = nativeUtf8!.isAscii(body);
  // U+FFFE and U+FFFF are not XML characters (XML 1.0 §2.2); valid UTF-8 has no surrogates.
  if (!ascii && (body.indexOf(FFFE) !== -1 || body.indexOf(FFFF) !== -1)) return undefined;
  // Without '&' or ']]>' anywhere (the common case) no text run needs to be searched for them.
  const scanner = new FastScanner(
    limits,
    true,
    misc,
    body.indexOf(0x26) !== -1 || body.indexOf(']]>') !== -1,
  );
  const n = b.length;
  for (let p = start; p < n;) {
    let e = p + SEGMENT >= n ? n : b.indexOf('</', p + SEGMENT);
    if (e === -1) e = n;
    if (!scanner.segment(ascii ? b.toString('latin1', p, e) : flat(decodeUtf8(b, p, e))))
      return undefined;
    p = e;
  }
  return scanner.end() ? scanner.log : undefined;
}
/**
 * UTF-8 bytes b[p, e) as text. V8's UTF-8 decoder is slow (~85 µs for 64 KB with one 'ö' in it, against
 * ~6 µs for Latin-1): ASCII halves are decoded as Latin-1 and only small pieces around non-ASCII
 * characters as UTF-8 (natively found by bisection; a cut never splits a multi-byte sequence).
 */
function decodeUtf8(b: Buffer, p: number, e: number): string {
  if (nativeUtf8!.isAscii(b.subarray(p, e))) return b.toString('latin1', p, e);
  if (e - p <= 1024) return b.toString('utf8', p, e);
  let m = (p + e) >> 1;
  while ((b[m]! & 0xc0) === 0x80) m++; // continuation byte: move to the start of the next character
  return decodeUtf8(b, p, m) + decodeUtf8(b, m, e);
}
/**
 * The pieces of {@link decodeUtf8} are joined lazily by V8 (a cons string); scanning one char by char
 * is several times slower than scanning a flat string. Converting to a number flattens it in place.
 */
function flat(s: string): string {
  void Number(s);
  return s;
}
const FFFE = new Uint8Array([0xef, 0xbf, 0xbe]);
const FFFF = new Uint8Array([0xef, 0xbf, 0xbf]);

/** The fast path over text (string input, or bytes where there is no native UTF-8 check). */
function scanText(text: string, limits: Required<XmlLimits>, misc: boolean): FastLog | undefined {
  if (!plainText(text)) return undefined;
  const scanner = new FastScanner(limits, false, misc, true);
  return scanner.segment(text) && scanner.end() ? scanner.log : undefined;
}

/** Delivers a fast-path log to the handlers exactly as the saxes path would have. */
function replay(log: FastLog, handlers: SecureSaxHandlers, fullText: () => string): void {
  let current = 0;
  handlers.locator?.({
    mark: () => current,
    locate: (marks) => positionsOf(fullText(), marks),
  });
  const { kinds, items, marks } = log;
  let depth = 0;
  for (let k = 0; k < kinds.length; k++) {
    switch (kinds[k]) {
      case EV_OPEN:
        depth++;
        current = marks[k]!;
        handlers.open(items[k] as XmlTag, depth);
        break;
      case EV_CLOSE:
        handlers.close(items[k] as XmlTag, depth);
        depth--;
        break;
      case EV_TEXT:
        handlers.text(items[k] as string);
        break;
      case EV_MISC:
        handlers.misc!(items[k] as MiscItem);
    }
  }
}
