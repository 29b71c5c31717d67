import assert from 'node:assert/strict';
import { it } from 'node:test';
import { collapseTemplateWhitespace } from '../../scripts/minify-html-literals.js';

it('collapses indentation in html templates and leaves expressions, strings and other code alone', () => {
  const code = [
    'const a = html`<div>',
    '    <span>${x ? html`<b>',
    '      yes</b>` : "keep\\n  this"}</span>',
    '  </div>`;',
    'const b = `plain',
    '  template`;',
    'const c = html`${y // a comment',
    '}<p>  two  spaces  </p>`;',
  ].join('\n');
  const out = collapseTemplateWhitespace(code, 'x.ts');
  assert.equal(
    out,
    [
      'const a = html`<div> <span>${x ? html`<b> yes</b>` : "keep\\n  this"}</span> </div>`;',
      'const b = `plain',
      '  template`;',
      'const c = html`${y // a comment',
      '}<p>  two  spaces  </p>`;',
    ].join('\n'),
  );
});
