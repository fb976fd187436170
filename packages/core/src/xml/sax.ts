/**
 * The one secure entry to XML parsing (saxes, namespace-aware, non-validating). Rejects what an
 * attacker could abuse (OWASP XML Security Cheat Sheet): any DOCTYPE (so no DTD, no external or
 * internal entity declarations, no billion laughs), entity references beyond the five predefined
 * ones and character references (XML 1.0 §4.6), non-UTF-8 encodings, excessive depth and node counts.
 * Every failure is an {@link EdustandaardError} with file, line and column.
 */
import { SaxesParser, type SaxesTagNS, type SaxesOptions } from 'saxes';
import { EdustandaardError, type ErrorCode } from '../errors.js';
import type { XmlLimits } from './types.js';
import { resolveLimits } from './limits.js';
import { decodeXmlInput, type XmlInput } from './input.js';

/** A start tag as delivered to handlers. */
export type XmlTag = SaxesTagNS;

/** Callbacks of {@link parseSecure}. Throwing from a handler aborts parsing. */
export interface SecureSaxHandlers {
  open(tag: XmlTag, depth: number): void;
  text(text: string): void;
  close(tag: XmlTag, depth: number): void;
}

/** Options of {@link parseSecure}. */
export interface SecureParseOptions {
  file?: string;
  limits?: XmlLimits;
}

/** Position of the parser, for findings that want a line. */
export interface XmlPosition {
  line: number;
  column: number;
}

type Options = SaxesOptions & { xmlns: true };

/**
 * Parses untrusted XML with the given handlers.
 * @param input - XML text or UTF-8 bytes
 * @param handlers - event handlers
 * @param options - file name (for locations) and limits
 * @returns a function giving the current position (valid during handler calls)
 * @throws EdustandaardError `E_XML_*`
 */
export function parseSecure(input: XmlInput, handlers: SecureSaxHandlers, options: SecureParseOptions = {}): void {
  const limits = resolveLimits(options.limits);
  const file = options.file;
  const text = decodeXmlInput(input, limits.maxBytes, file);
  const parser = new SaxesParser<Options>({ xmlns: true, position: true, ...(file ? { fileName: file } : {}) });
  let depth = 0;
  let nodes = 0;
  const fail = (code: ErrorCode, message: string): never => {
    throw new EdustandaardError(code, message, { file, line: parser.line, column: parser.column + 1 });
  };
  parser.on('error', (err: Error) => {
    const raw = err.message.replace(/^[^:]*:\d+:\d+: /, '');
    if (/entity/.test(raw)) fail('E_XML_ENTITY', `Onbekende entiteit: alleen de vijf voorgedefinieerde entiteiten en tekenverwijzingen zijn toegestaan (${raw}).`);
    fail('E_XML_MALFORMED', `Geen goedgevormde XML: ${raw}`);
  });
  parser.on('doctype', () => fail('E_XML_DTD', 'Een DOCTYPE (DTD) is niet toegestaan.'));
  parser.on('xmldecl', (decl) => {
    if (decl.encoding !== undefined && !/^utf-?8$/i.test(decl.encoding)) {
      fail('E_XML_ENCODING', `Alleen UTF-8 is toegestaan, niet '${decl.encoding}'.`);
    }
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (depth > limits.maxDepth) fail('E_XML_TOO_DEEP', `Elementen zijn dieper genest dan toegestaan (${limits.maxDepth}).`);
    let attrs = 0;
    for (const _k in tag.attributes) attrs++;
    if (attrs > limits.maxAttributesPerElement) {
      fail('E_XML_TOO_MANY_NODES', `Element '${tag.local}' heeft meer dan ${limits.maxAttributesPerElement} attributen.`);
    }
    nodes += 1 + attrs;
    if (nodes > limits.maxNodes) fail('E_XML_TOO_MANY_NODES', `Het document heeft meer dan ${limits.maxNodes} elementen en attributen.`);
    handlers.open(tag as XmlTag, depth);
  });
  parser.on('text', (t) => handlers.text(t));
  parser.on('cdata', (t) => handlers.text(t));
  parser.on('closetag', (tag) => {
    handlers.close(tag as XmlTag, depth);
    depth--;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof EdustandaardError) throw e;
    throw new EdustandaardError(
      'E_XML_MALFORMED',
      `Geen goedgevormde XML: ${(e as Error).message}`,
      { file, line: parser.line, column: parser.column + 1 },
      { cause: e },
    );
  }
}
