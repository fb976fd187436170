/**
 * Source scan for #10 item 4: a finding's Dutch text comes from its package's catalogue or from rule
 * data, never from a string written where the finding is built. Reports object literals that look
 * like a finding (`message` beside `code` or `severity`) whose `message` is written as text, and calls
 * of a finding helper (`structuralFinding`, a local `finding(…)`) given a written sentence.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** Files that are catalogues or rule data: they hold the text. */
export function isTextSource(rel: string): boolean {
  const p = rel.split(sep).join('/');
  return (
    /^\/?[^/]+\/src\/(messages|catalogue)\.ts$/.test(p) || // a package's catalogue
    /^\/?core\/src\/messages\//.test(p) || // core's catalogues
    /\/src\/(.+\/)?data\//.test(p) || // rule data (profiles, flow duties)
    p.endsWith('/src/profile/message.ts') ||
    p.includes('/src/generated/') ||
    p.endsWith('.test.ts')
  );
}

export interface InlineMessage {
  file: string;
  line: number;
  text: string;
}

function written(e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) return written(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
    return /[A-Za-z]/.test(e.text);
  if (ts.isTemplateExpression(e)) return true;
  if (ts.isConditionalExpression(e)) return written(e.whenTrue) || written(e.whenFalse);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return written(e.left) || written(e.right);
  return false;
}

/** A written text that reads as a sentence (a space in it), not a code or a path. */
function sentence(e: ts.Expression): boolean {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text.includes(' ');
  if (ts.isTemplateExpression(e))
    return [e.head.text, ...e.templateSpans.map((t) => t.literal.text)].some((t) =>
      t.includes(' '),
    );
  if (ts.isParenthesizedExpression(e)) return sentence(e.expression);
  if (ts.isConditionalExpression(e)) return sentence(e.whenTrue) || sentence(e.whenFalse);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return sentence(e.left) || sentence(e.right);
  return false;
}

function calleeName(e: ts.Expression): string {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

function propName(p: ts.ObjectLiteralElementLike): string | undefined {
  return p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
    ? p.name.text
    : undefined;
}

/**
 * Inline finding messages in one source text.
 * @param file - name for the report
 * @param text - TypeScript source
 */
export function scanSource(file: string, text: string): InlineMessage[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: InlineMessage[] = [];
  const hit = (n: ts.Node): void => {
    out.push({
      file,
      line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1,
      text: n.getText(sf).slice(0, 120),
    });
  };
  const visit = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n)) {
      const names = new Set(n.properties.map(propName));
      const code = n.properties.find((p) => propName(p) === 'code');
      // An error (`E_*`) is not a finding: errors.ts says why their text is written where they are raised.
      const error =
        code !== undefined &&
        ts.isPropertyAssignment(code) &&
        ts.isStringLiteral(code.initializer) &&
        code.initializer.text.startsWith('E_');
      // A rule declaration (paths + check) is rule data wherever it is written.
      const finding = (names.has('code') || names.has('severity')) && !names.has('check') && !error;
      for (const p of n.properties) {
        if (
          finding &&
          propName(p) === 'message' &&
          ts.isPropertyAssignment(p) &&
          written(p.initializer)
        )
          hit(p);
      }
    }
    // A finding helper (`structuralFinding`, a local `finding(code, message, …)`) given a sentence.
    if (ts.isCallExpression(n) && /finding$/i.test(calleeName(n.expression)))
      if (n.arguments.slice(1).some(sentence)) hit(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * Inline finding messages in every package's `src` (catalogues and rule data excepted).
 * @param packagesDir - the repository's `packages` folder
 * @param scanned - receives the files scanned
 */
export function scanPackages(packagesDir: string, scanned: string[] = []): InlineMessage[] {
  const out: InlineMessage[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts')) {
        const rel = relative(packagesDir, p);
        if (isTextSource(`/${rel}`)) continue;
        scanned.push(rel);
        out.push(...scanSource(rel, readFileSync(p, 'utf8')));
      }
    }
  };
  for (const pkg of readdirSync(packagesDir)) {
    const src = join(packagesDir, pkg, 'src');
    try {
      if (statSync(src).isDirectory()) walk(src);
    } catch {
      // a package without src
    }
  }
  return out;
}
