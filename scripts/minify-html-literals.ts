/**
 * A Vite plugin that collapses the indentation in Lit's html`...` and svg`...` templates: every run
 * of whitespace that contains a line break becomes one space, which is how HTML renders it anyway
 * (no template here puts literal whitespace in a `white-space: pre` box: chat text is an
 * expression). TypeScript's own parser finds the templates' static parts, so expressions, strings
 * and comments inside `${...}` are never touched.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const TAGS = new Set(['html', 'svg']);

export function collapseTemplateWhitespace(code: string, fileName: string): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const parts: Array<[start: number, end: number]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const t = node.template;
      const literals: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t]
        : [t.head, ...t.templateSpans.map((span) => span.literal)];
      for (const literal of literals) parts.push([literal.getStart(source), literal.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let at = 0;
  for (const [start, end] of parts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + code.slice(start, end).replace(/\s*\n\s*/g, ' ');
    at = end;
  }
  return out + code.slice(at);
}

export function minifyHtmlLiterals(include: RegExp = /\/src\/element\/.*\.ts$/): Plugin {
  return {
    name: 'zoom-session:minify-html-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id)) return null;
      const out = collapseTemplateWhitespace(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
