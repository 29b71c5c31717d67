/**
 * A Vite plugin that minifies the CSS inside Lit's css`...` literals of the element's style modules.
 * Bundlers minify JavaScript but leave template literal text as written, so without this every
 * comment, indent and newline of the styles ships to the page. Literals with `${...}` are left as
 * they are (kept correct rather than minified), and so are literals without a rule (a `{`): pieces
 * such as a selector that other literals put in. A literal with a backslash is left as written too,
 * and the build says so: an escape in CSS, or an escaped backtick (which also ends the literal's
 * pattern early), would otherwise ship a whole sheet unminified with nothing to show for it.
 */
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const LITERAL = /\bcss`([^`]*)`/g;

export interface MinifiedCss {
  code: string;
  /** How many literals were minified. */
  minified: number;
  /** The 1-based lines of the literals left as written because they hold a backslash. */
  withBackslash: number[];
}

/** Minifies the css`...` literals of one module's code (see the module's comment for what is left). */
export function minifyCssIn(code: string, fileName: string): MinifiedCss {
  let minified = 0;
  const withBackslash: number[] = [];
  const out = code.replace(LITERAL, (whole, text: string, offset: number) => {
    if (text.includes('\\')) {
      withBackslash.push(code.slice(0, offset).split('\n').length);
      return whole;
    }
    if (text.includes('${') || !text.includes('{')) return whole;
    const { code: css } = transform({ filename: fileName, code: Buffer.from(text), minify: true, errorRecovery: false });
    minified++;
    return `css\`${css.toString().replace(/`/g, '\\`')}\``;
  });
  return { code: out, minified, withBackslash };
}

export function minifyCssLiterals(include: RegExp = /\.styles\.ts$/): Plugin {
  return {
    name: 'zoom-session:minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id)) return null;
      const result = minifyCssIn(code, id);
      for (const line of result.withBackslash) {
        this.warn(`css literal at line ${line} left unminified: it holds a backslash (an escape, or an escaped backtick that ends the literal early)`);
      }
      return result.minified > 0 ? { code: result.code, map: null } : null;
    },
  };
}
