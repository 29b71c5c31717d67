/**
 * A Vite plugin that minifies the CSS inside Lit's css`...` literals of the element's style modules.
 * Bundlers minify JavaScript but leave template literal text as written, so without this every
 * comment, indent and newline of the styles ships to the page. Literals with `${...}` are left as
 * they are (kept correct rather than minified), and so are literals without a rule (a `{`): pieces
 * such as a selector that other literals put in.
 */
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const LITERAL = /\bcss`([^`]*)`/g;

export function minifyCssLiterals(include: RegExp = /\.styles\.ts$/): Plugin {
  return {
    name: 'zoom-session:minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id)) return null;
      let changed = false;
      const out = code.replace(LITERAL, (whole, text: string) => {
        if (text.includes('${') || text.includes('\\') || !text.includes('{')) return whole;
        const { code: minified } = transform({
          filename: id,
          code: Buffer.from(text),
          minify: true,
          errorRecovery: false,
        });
        changed = true;
        return `css\`${minified.toString().replace(/`/g, '\\`')}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
