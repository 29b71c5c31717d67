import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
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

it('zoom-session-copy-assets --help prints its usage and copies nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zse-assets-'));
  try {
    for (const flag of ['--help', '-h']) {
      const out = execFileSync(process.execPath, [join(process.cwd(), 'bin/zoom-session-copy-assets.js'), flag], {
        cwd: dir,
        encoding: 'utf8',
      });
      assert.match(out, /^Usage: zoom-session-copy-assets \[destination\]/);
      assert.match(out, /default: public\/zoom-sdk-lib/);
    }
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('zoom-session-copy-assets refuses a folder named like an option, and two folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zse-assets-'));
  try {
    for (const args of [['--dest', 'lib'], ['--dry-run'], ['-o'], ['a', 'b']]) {
      const result = spawnSync(process.execPath, [join(process.cwd(), 'bin/zoom-session-copy-assets.js'), ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, args[0]!.startsWith('-') ? new RegExp(`unknown option ${args[0]}`) : /one destination folder/);
      assert.match(result.stderr, /Usage:/);
    }
    assert.deepEqual(readdirSync(dir), [], 'nothing copied');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
