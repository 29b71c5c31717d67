import assert from 'node:assert/strict';
import { it } from 'node:test';
import { minifyCssIn } from '../../scripts/minify-css-literals.js';

it('minifies css literals with rules and leaves pieces and literals with expressions as written', () => {
  const code = [
    'const a = css`',
    '  /* a comment */',
    '  .a {',
    '    color: red;',
    '  }',
    '`;',
    'const piece = css`.controls`;',
    'const b = css`${piece} .b { color: blue; }`;',
  ].join('\n');
  const out = minifyCssIn(code, 'x.styles.ts');
  assert.equal(out.minified, 1);
  assert.deepEqual(out.withBackslash, []);
  assert.equal(
    out.code,
    ['const a = css`.a{color:red}`;', 'const piece = css`.controls`;', 'const b = css`${piece} .b { color: blue; }`;'].join('\n'),
  );
});

it('names the line of a literal it leaves unminified because of a backslash', () => {
  const code = ['const ok = css`.a { color: red; }`;', '', 'const c = css`', '  /* the \\`x\\` rule */', '  .c { color: red; }', '`;'].join('\n');
  const out = minifyCssIn(code, 'x.styles.ts');
  assert.deepEqual(out.withBackslash, [3]);
  assert.ok(out.code.includes('/* the \\`x\\` rule */'), 'the literal with the escaped backtick is kept as written');
  assert.ok(out.code.startsWith('const ok = css`.a{color:red}`;'));
});
