/**
 * The fast path of {@link parseSecure} (issue #10 item 8): a strict scanner for the common, plain
 * well-formed document — ASCII names, the five predefined entities and character references, comments,
 * PIs and CDATA, no CR, no control characters, no DOCTYPE — that records the events saxes would deliver
 * (same events, same text splitting, same tag objects) in a log, and declines (`undefined`) the moment
 * it meets anything else: a well-formedness error, a limit, a construct it does not handle. Nothing is
 * delivered before the whole document is scanned, so a declined document is parsed again from the start
 * by saxes, which reports errors with its exact messages and positions. `test/xml-fast.test.ts` checks
 * event-for-event identity with saxes on the official examples and a seeded mutation corpus.
 *
 * Why: saxes (a general, char-by-char state machine) plus our feeder took ~0.7 ms of the ~1.5 ms an OSO
 * dossier cost; this scanner does the same work in a fraction (numbers in README "Speed").
 */
import type { MiscItem, XmlLimits } from './types.js';
import type { XmlAttribute, XmlTag } from './sax.js';

/** Event kinds of a {@link FastLog}. */
export const EV_OPEN = 0;
export const EV_CLOSE = 1;
export const EV_TEXT = 2;
export const EV_MISC = 3;

/** The events of a scanned document, replayed by parseSecure. */
export interface FastLog {
  kinds: number[];
  /** The tag (open/close), text or misc item of each event. */
  items: Array<XmlTag | string | MiscItem>;
  /** For open events: the offset of the start tag's `<` in the document text (UTF-16 units). */
  marks: number[];
}

/** Limits the scanner declines beyond (saxes then reports them with their positions). */
export type FastLimits = Pick<
  Required<XmlLimits>,
  'maxDepth' | 'maxNodes' | 'maxAttributesPerElement'
>;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
/** Shared empty members of tags without attributes or namespace declarations (never mutated). */
export const NO_ATTRIBUTES: Record<string, XmlAttribute> = Object.freeze(Object.create(null));
const NO_NS: Record<string, string> = Object.freeze(Object.create(null));
/** Whitespace-only runs at least this long are delivered, never dropped (as the byte feeder does). */
const KEEP_WS_MIN = 256;
/** The XML declaration the scanner accepts (XML 1.0 §2.8, version 1.0 only); anything else: saxes. */
const XML_DECL =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.0"|'1\.0')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/;
/** Characters saxes refuses anywhere (XML 1.0 §2.2 Char), plus CR and surrogates, which are left to it. */
// eslint-disable-next-line no-control-regex -- the control characters are what is searched for
const NOT_PLAIN = /[\0-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]/;

/**
 * The log is held until the document is scanned: beyond this many events (~10 MB of log; an OSO dossier
 * has a few thousand) the scanner declines, so memory stays bounded by the saxes path's own bounds
 * (a handler that stops early, such as decodeXml's `maxUnknownElements`, stops saxes early too).
 */
const MAX_EVENTS = 100_000;

/** Thrown inside the scanner to decline; caught in {@link FastScanner.segment}. */
const DECLINE = Symbol('decline');

/** ASCII name characters (XML 1.0 §2.3 restricted to ASCII; ':' handled by the namespace split). */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9._:-]/.test(ch)) NAME_CHAR[c] = 2;
  if (/[A-Za-z_:]/.test(ch)) NAME_CHAR[c] = 1;
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09;
}

/**
 * True when `s` has none of the characters the scanner leaves to saxes (for string input; byte input
 * is checked natively by the caller).
 */
export function plainText(s: string): boolean {
  return !NOT_PLAIN.test(s);
}

/** Splits a qualified name; `undefined` when malformed (empty prefix or local part, two colons). */
function splitQName(name: string): { prefix: string; local: string } | undefined {
  const colon = name.indexOf(':');
  if (colon === -1) return { prefix: '', local: name };
  const prefix = name.slice(0, colon);
  const local = name.slice(colon + 1);
  if (prefix === '' || local === '' || local.includes(':')) return undefined;
  return { prefix, local };
}

/** Resolves `&…;` references in `s` as saxes does (five predefined entities, character references). */
function expandReferences(s: string): string {
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp !== -1; amp = s.indexOf('&', from)) {
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1) throw DECLINE;
    const ref = s.slice(amp + 1, semi);
    let ch: string;
    switch (ref) {
      case 'amp':
        ch = '&';
        break;
      case 'lt':
        ch = '<';
        break;
      case 'gt':
        ch = '>';
        break;
      case 'quot':
        ch = '"';
        break;
      case 'apos':
        ch = "'";
        break;
      default: {
        const m = /^#(?:([0-9]{1,7})|x([0-9a-fA-F]{1,6}))$/.exec(ref);
        if (!m) throw DECLINE;
        const cp = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2]!, 16);
        // XML 1.0 §2.2 Char (saxes refuses the others); CR (&#13;) is a legal character reference.
        const ok =
          cp === 0x9 ||
          cp === 0xa ||
          cp === 0xd ||
          (cp >= 0x20 && cp <= 0xd7ff) ||
          (cp >= 0xe000 && cp <= 0xfffd) ||
          (cp >= 0x10000 && cp <= 0x10ffff);
        if (!ok) throw DECLINE;
        ch = String.fromCodePoint(cp);
      }
    }
    out += s.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + s.slice(from);
}

/**
 * Scans a document given as consecutive text segments (each after the first starts at a `</`, so no
 * markup or text run is split). Call {@link segment} per segment, then {@link end}; any `false` means
 * declined.
 */
export class FastScanner {
  readonly log: FastLog = { kinds: [], items: [], marks: [] };
  private readonly stack: XmlTag[] = [];
  private nodes = 0;
  private sawRoot = false;
  private closedRoot = false;
  /** 0 nothing yet, 1 start tag, 2 end or empty-element tag, 3 comment/PI/CDATA (as the byte feeder). */
  private prev = 0;
  /** Offset of the current segment in the document text. */
  private base = 0;
  private first = true;

  /**
   * @param limits - depth, node and attribute limits
   * @param dropWs - leave out whitespace runs that cannot be element content, as the byte feeder does
   *   (true for byte input; string input delivers them, as saxes does)
   * @param misc - record comments and PIs (the caller has a misc handler)
   * @param references - the input may contain `&` or `]]>` (false: text runs need no search for them)
   */
  constructor(
    private readonly limits: FastLimits,
    private readonly dropWs: boolean,
    private readonly misc: boolean,
    private readonly references: boolean,
  ) {}

  /** Scans one segment; false when declined. */
  segment(s: string): boolean {
    try {
      this.scan(s);
      this.base += s.length;
      return true;
    } catch (e) {
      if (e === DECLINE) return false;
      throw e;
    }
  }

  /** Ends the document; false when declined (no root, unclosed elements). */
  end(): boolean {
    return this.sawRoot && this.stack.length === 0;
  }

  private emit(kind: number, item: XmlTag | string | MiscItem, mark: number): void {
    if (this.log.kinds.length >= MAX_EVENTS) throw DECLINE;
    this.log.kinds.push(kind);
    this.log.items.push(item);
    this.log.marks.push(mark);
  }

  private scan(s: string): void {
    const n = s.length;
    let i = 0;
    if (this.first) {
      this.first = false;
      if (s.startsWith('<?xml')) {
        const m = XML_DECL.exec(s);
        if (!m) throw DECLINE;
        i = m[0].length;
        this.prev = 3;
      }
    }
    while (i < n) {
      let lt = s.indexOf('<', i);
      if (lt === -1) lt = n;
      if (lt > i) this.text(s, i, lt);
      if (lt === n) break;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 0x2f /* / */) i = this.endTag(s, lt);
      else if (c1 === 0x21 /* ! */) i = this.bang(s, lt);
      else if (c1 === 0x3f /* ? */) i = this.pi(s, lt);
      else i = this.startTag(s, lt);
    }
  }

  /** Character data s[from, to): one event, as saxes emits it at the next '<'. */
  private text(s: string, from: number, to: number): void {
    let ws = true;
    for (let k = from; k < to; k++) {
      if (!isWs(s.charCodeAt(k))) {
        ws = false;
        break;
      }
    }
    if (this.stack.length === 0) {
      // Outside the root only whitespace may occur (XML 1.0 §2.1); saxes skips it before anything
      // else and delivers it afterwards.
      if (!ws) throw DECLINE;
      if (!this.dropsWs(s, to, to - from) && this.prev !== 0)
        this.emit(EV_TEXT, s.slice(from, to), 0);
      return;
    }
    if (ws && this.dropsWs(s, to, to - from)) return;
    let t = s.slice(from, to);
    if (!ws && this.references) {
      if (t.includes(']]>')) throw DECLINE;
      if (t.includes('&')) t = expandReferences(t);
    }
    this.emit(EV_TEXT, t, 0);
  }

  /** Whether the byte feeder leaves this whitespace run out of the stream (sax.ts `feedBytes`). */
  private dropsWs(s: string, to: number, length: number): boolean {
    if (!this.dropWs || this.prev === 0 || length >= KEEP_WS_MIN) return false;
    if (this.prev === 2) return true;
    if (to >= s.length) return false; // a segment ends before '</' or at the end of the document
    const c = s.charCodeAt(to + 1);
    return c !== 0x2f && c !== 0x21 && c !== 0x3f && to + 1 < s.length;
  }

  /** An ASCII name starting at `i`; returns its end. */
  private name(s: string, i: number): number {
    const c = s.charCodeAt(i);
    if (c >= 128 || NAME_CHAR[c] !== 1) throw DECLINE;
    let k = i + 1;
    for (; k < s.length; k++) {
      const d = s.charCodeAt(k);
      if (d >= 128 || NAME_CHAR[d] === 0) break;
    }
    return k;
  }

  private startTag(s: string, lt: number): number {
    if (this.closedRoot) throw DECLINE;
    const nameEnd = this.name(s, lt + 1);
    const name = s.slice(lt + 1, nameEnd);
    let i = nameEnd;
    let names: string[] | undefined;
    let values: string[] | undefined;
    let ns: Record<string, string> = NO_NS;
    let selfClosing = false;
    for (;;) {
      let c = s.charCodeAt(i);
      const spaced = isWs(c);
      while (isWs(c)) c = s.charCodeAt(++i);
      if (c === 0x3e /* > */) {
        i++;
        break;
      }
      if (c === 0x2f /* / */) {
        if (s.charCodeAt(i + 1) !== 0x3e) throw DECLINE;
        i += 2;
        selfClosing = true;
        break;
      }
      if (!spaced) throw DECLINE; // end of input, or no whitespace before an attribute
      const an = this.name(s, i);
      const aname = s.slice(i, an);
      i = an;
      c = s.charCodeAt(i);
      while (isWs(c)) c = s.charCodeAt(++i);
      if (c !== 0x3d /* = */) throw DECLINE;
      c = s.charCodeAt(++i);
      while (isWs(c)) c = s.charCodeAt(++i);
      if (c !== 0x22 && c !== 0x27) throw DECLINE;
      const close = s.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close === -1) throw DECLINE;
      let value = s.slice(i + 1, close);
      if (value.includes('<')) throw DECLINE;
      // Attribute-value normalisation as saxes applies it (XML 1.0 §3.3.3): a literal TAB or LF becomes a
      // space, one written as a character reference stays.
      if (value.includes('\n') || value.includes('\t')) value = value.replace(/[\t\n]/g, ' ');
      if (value.includes('&')) value = expandReferences(value);
      i = close + 1;
      (names ??= []).push(aname);
      (values ??= []).push(value);
      if (aname === 'xmlns' || aname.startsWith('xmlns:')) {
        const uri = value.trim();
        const prefix = aname === 'xmlns' ? '' : aname.slice(6);
        // Namespaces in XML 1.0 §3: no undeclaring a prefix, no rebinding of xml/xmlns (saxes' checks).
        if (
          prefix === 'xml' ||
          prefix === 'xmlns' ||
          uri === XML_NAMESPACE ||
          uri === XMLNS_NAMESPACE
        )
          throw DECLINE;
        if (prefix !== '' && uri === '') throw DECLINE;
        if (ns === NO_NS) ns = Object.create(null) as Record<string, string>;
        ns[prefix] = uri;
      }
    }
    const depth = this.stack.length + 1;
    const count = names ? names.length : 0;
    this.nodes += 1 + count;
    if (
      depth > this.limits.maxDepth ||
      count > this.limits.maxAttributesPerElement ||
      this.nodes > this.limits.maxNodes
    )
      throw DECLINE;
    // Most names have no prefix: no split (and no allocation) for them.
    const q = name.includes(':') ? splitQName(name) : { prefix: '', local: name };
    if (!q || q.prefix === 'xmlns') throw DECLINE;
    const uri = this.resolve(q.prefix, ns) ?? '';
    if (q.prefix !== '' && uri === '') throw DECLINE;
    let attributes = NO_ATTRIBUTES;
    if (names) {
      attributes = Object.create(null) as Record<string, XmlAttribute>;
      const seen = new Set<string>();
      for (let k = 0; k < names.length; k++) {
        const an = names[k]!;
        const aq = splitQName(an);
        if (!aq) throw DECLINE;
        let auri: string | undefined;
        if (aq.prefix === '') auri = an === 'xmlns' ? XMLNS_NAMESPACE : '';
        else {
          auri = this.resolve(aq.prefix, ns);
          if (auri === undefined) throw DECLINE;
        }
        const eq = aq.prefix === '' ? an : `{${auri}}${aq.local}`;
        if (seen.has(eq)) throw DECLINE;
        seen.add(eq);
        attributes[an] = {
          name: an,
          prefix: aq.prefix,
          local: aq.local,
          value: values![k]!,
          uri: auri,
        };
      }
    }
    const tag: XmlTag = {
      name,
      attributes,
      ns,
      prefix: q.prefix,
      local: q.local,
      uri,
      isSelfClosing: selfClosing,
    };
    this.sawRoot = true;
    this.emit(EV_OPEN, tag, this.base + lt);
    if (selfClosing) {
      this.emit(EV_CLOSE, tag, 0);
      if (this.stack.length === 0) this.closedRoot = true;
      this.prev = 2;
    } else {
      this.stack.push(tag);
      this.prev = 1;
    }
    return i;
  }

  /** A prefix's namespace: this tag's declarations, then the open elements', then xml/xmlns. */
  private resolve(prefix: string, own: Record<string, string>): string | undefined {
    const mine = own[prefix];
    if (mine !== undefined) return mine;
    // Most elements declare nothing: their default namespace is their parent's, resolved already.
    const parent = this.stack[this.stack.length - 1];
    if (prefix === '' && parent !== undefined && parent.prefix === '') return parent.uri;
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const u = this.stack[k]!.ns[prefix];
      if (u !== undefined) return u;
    }
    return prefix === 'xml' ? XML_NAMESPACE : prefix === 'xmlns' ? XMLNS_NAMESPACE : undefined;
  }

  private endTag(s: string, lt: number): number {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw DECLINE;
    const name = top.name;
    const len = name.length;
    // A plain loop: String.prototype.startsWith with a position was the scanner's hottest line.
    for (let k = 0; k < len; k++)
      if (s.charCodeAt(lt + 2 + k) !== name.charCodeAt(k)) throw DECLINE;
    let i = lt + 2 + len;
    let c = s.charCodeAt(i);
    while (isWs(c)) c = s.charCodeAt(++i);
    if (c !== 0x3e) throw DECLINE; // a longer name, or no '>'
    this.stack.pop();
    this.emit(EV_CLOSE, top, 0);
    if (this.stack.length === 0) this.closedRoot = true;
    this.prev = 2;
    return i + 1;
  }

  /** `<!--`, `<![CDATA[`; anything else starting with `<!` (a DOCTYPE) is left to saxes. */
  private bang(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const e = s.indexOf('--', lt + 4);
      if (e === -1 || s.charCodeAt(e + 2) !== 0x3e) throw DECLINE;
      if (this.misc) this.emit(EV_MISC, { comment: s.slice(lt + 4, e) }, 0);
      this.prev = 3;
      return e + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      if (this.stack.length === 0) throw DECLINE;
      const e = s.indexOf(']]>', lt + 9);
      if (e === -1) throw DECLINE;
      this.emit(EV_TEXT, s.slice(lt + 9, e), 0);
      this.prev = 3;
      return e + 3;
    }
    throw DECLINE;
  }

  /** A processing instruction (XML 1.0 §2.6): an ASCII target without ':' that is not `xml`. */
  private pi(s: string, lt: number): number {
    const e = s.indexOf('?>', lt + 2);
    if (e === -1) throw DECLINE;
    const tEnd = this.name(s, lt + 2);
    const target = s.slice(lt + 2, tEnd);
    if (target.includes(':') || target.toLowerCase() === 'xml') throw DECLINE;
    if (tEnd < e && !isWs(s.charCodeAt(tEnd))) throw DECLINE;
    if (tEnd > e) throw DECLINE;
    // The data as the byte feeder's piItem gives it (leading whitespace removed).
    if (this.misc)
      this.emit(EV_MISC, { pi: { target, data: s.slice(tEnd, e).replace(/^\s+/, '') } }, 0);
    this.prev = 3;
    return e + 2;
  }
}
