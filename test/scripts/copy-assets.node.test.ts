import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';

it('zoom-session-copy-assets copies the SDK media files the element can be pointed at', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zse-assets-'));
  try {
    const target = join(dir, 'lib');
    const out = execFileSync(process.execPath, ['bin/zoom-session-copy-assets.js', target], { encoding: 'utf8' });
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort();
    const source = files('node_modules/@zoom/videosdk/dist/lib');
    assert.deepEqual(files(target), source);
    assert.ok(existsSync(join(target, 'js_media.min.js')), 'the media script the SDK fetches on init');
    assert.match(out, new RegExp(`copied ${source.length} files`));
    assert.match(out, /assets="\/zoom-sdk-lib"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
