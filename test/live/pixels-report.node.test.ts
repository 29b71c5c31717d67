/**
 * The smoke test's pixel reading: PNGs made here with every row filter Chromium may use, read back
 * exactly; "lit" tells a camera frame from black and from the element's dark tile background.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { changedShare, decodePng, lightStats, type Pixels } from './png.js';
import { Deadline, formatTable, until } from './report.js';

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Encodes RGB (3 channels) or RGBA (4) pixels, row `y` with filter `y % 5`. */
function encodePng(width: number, height: number, channels: 3 | 4, pixel: (x: number, y: number) => number[]): Buffer {
  const stride = width * channels;
  const rows: number[][] = [];
  for (let y = 0; y < height; y++) {
    const row: number[] = [];
    for (let x = 0; x < width; x++) row.push(...pixel(x, y).slice(0, channels));
    rows.push(row);
  }
  const raw: number[] = [];
  rows.forEach((row, y) => {
    const filter = y % 5;
    raw.push(filter);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? row[i - channels]! : 0;
      const up = y > 0 ? rows[y - 1]![i]! : 0;
      const upLeft = y > 0 && i >= channels ? rows[y - 1]![i - channels]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]!;
      raw.push((row[i]! - predictor) & 0xff);
    }
  });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 4 ? 6 : 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const solid = (rgb: number[]) => () => [...rgb, 255];

describe('smoke:live pixels', () => {
  it('decodes every row filter, RGB and RGBA', () => {
    const pattern = (x: number, y: number) => [(x * 37 + y * 11) & 255, (x * 5 + 200) & 255, (y * 29) & 255, (x + y) & 255];
    for (const channels of [3, 4] as const) {
      const pixels = decodePng(encodePng(13, 11, channels, pattern));
      assert.equal(pixels.width, 13);
      assert.equal(pixels.height, 11);
      for (let y = 0; y < 11; y++) {
        for (let x = 0; x < 13; x++) {
          const want = pattern(x, y);
          const at = (y * 13 + x) * 4;
          assert.deepEqual([...pixels.data.subarray(at, at + 4)], [want[0], want[1], want[2], channels === 4 ? want[3] : 255], `(${x}, ${y})`);
        }
      }
    }
  });

  it('refuses what is not a PNG', () => {
    assert.throws(() => decodePng(Buffer.from('GIF89a')), /not a PNG/);
  });

  it('counts a camera frame as lit, and neither black nor the tile background', () => {
    const cameraGreen = lightStats(decodePng(encodePng(8, 8, 3, solid([0, 128, 0]))));
    assert.equal(cameraGreen.lit, 1);
    assert.equal(cameraGreen.mean, 'rgb(0, 128, 0)');
    assert.equal(lightStats(decodePng(encodePng(8, 8, 3, solid([0, 0, 0])))).lit, 0);
    assert.equal(lightStats(decodePng(encodePng(8, 8, 3, solid([0x1f, 0x23, 0x28])))).lit, 0);
    // A dark tile with a lit name label in its bottom quarter: a quarter lit.
    const labelled = lightStats(decodePng(encodePng(8, 8, 4, (_x, y) => (y >= 6 ? [255, 255, 255, 255] : [0x1f, 0x23, 0x28, 255]))));
    assert.equal(labelled.lit, 0.25);
  });

  it('tells a moving picture from a still one', () => {
    const a: Pixels = decodePng(encodePng(4, 4, 3, solid([0, 128, 0])));
    const b: Pixels = decodePng(encodePng(4, 4, 3, (x, y) => (x === 0 && y === 0 ? [200, 255, 200] : [0, 128, 0])));
    assert.equal(changedShare(a, a), 0);
    assert.equal(changedShare(a, b), 1 / 16);
  });
});

describe('smoke:live report', () => {
  it('prints check, result and time, and says when parts were skipped', () => {
    const table = formatTable([
      { id: 1, title: 'all join', status: 'pass', detail: '', skipped: [], ms: 12_340 },
      { id: 5, title: 'host mutes', status: 'pass', detail: '', skipped: ['hands', 'mute'], ms: 800 },
      { id: 6, title: 'share', status: 'fail', detail: '', skipped: [], ms: 45_000 },
    ]);
    assert.deepEqual(table.split('\n'), [
      'check          result                    time',
      '-------------  ----------------------  ------',
      '1. all join    pass                    12.3 s',
      '5. host mutes  pass (2 parts skipped)   0.8 s',
      '6. share       fail                    45.0 s',
    ]);
  });

  it('waits until a probe answers, or fails saying what it waited for and what it saw', async () => {
    let calls = 0;
    assert.equal(await until('never', new Deadline(5000), async () => (++calls >= 3 ? 'yes' : undefined), undefined, 1), 'yes');
    await assert.rejects(
      until('the tile never lit', new Deadline(30), async () => false, async () => '3% lit', 5),
      /^Error: the tile never lit \(waited 0\.\d s; 3% lit\)$/,
    );
  });
});
