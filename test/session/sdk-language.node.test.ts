import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sdkLanguage } from '../../src/session/sdk-language.js';

it('maps a page language to one the Video SDK knows, else English', () => {
  const cases: Array<[string, string]> = [
    ['fr', 'fr-FR'],
    ['fr-CA', 'fr-FR'],
    ['de-DE', 'de-DE'],
    ['ja', 'jp-JP'],
    ['zh-TW', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['pt_BR', 'pt-PT'],
    ['sw', 'en-US'],
    ['', 'en-US'],
  ];
  for (const [lang, expected] of cases) assert.equal(sdkLanguage(lang), expected, lang);
});
