/**
 * Reads the pixels of a PNG (as Chromium's screenshots write them: 8 bits per channel, grey, RGB
 * or RGBA, not interlaced) and says how much of it is lit. Enough to tell a video tile that shows
 * a camera from one that is black or shows only the tile's dark background, without a dependency.
 */
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG; throws on what it does not read (palette, 16-bit, interlaced). */
export function decodePng(png: Uint8Array): Pixels {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset + 8 <= buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const body = buf.subarray(offset + 8, offset + 8 + length);
    offset += 12 + length;
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8]!;
      const colorType = body[9]!;
      const interlace = body[12]!;
      channels = CHANNELS[colorType] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, color type ${colorType}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
  }
  if (width === 0 || height === 0) throw new Error('PNG without IHDR');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('PNG data is short');
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[src + x]!;
      const left = x >= channels ? rows[dst + x - channels]! : 0;
      const up = y > 0 ? rows[dst - stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? rows[dst - stride + x - channels]! : 0;
      let out: number;
      switch (filter) {
        case 0: out = value; break;
        case 1: out = value + left; break;
        case 2: out = value + up; break;
        case 3: out = value + ((left + up) >> 1); break;
        case 4: out = value + paeth(left, up, upLeft); break;
        default: throw new Error(`bad PNG filter ${filter}`);
      }
      rows[dst + x] = out & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, p = 0; p < width * height; p++, i += channels) {
    const grey = channels <= 2;
    data[p * 4] = rows[i]!;
    data[p * 4 + 1] = grey ? rows[i]! : rows[i + 1]!;
    data[p * 4 + 2] = grey ? rows[i]! : rows[i + 2]!;
    data[p * 4 + 3] = channels === 4 ? rows[i + 3]! : channels === 2 ? rows[i + 1]! : 255;
  }
  return { width, height, data };
}

export interface LightStats {
  /** Share of pixels (0 to 1) whose brightest channel is at least `threshold`. */
  lit: number;
  /** Mean colour, rounded, as `rgb(r, g, b)`. */
  mean: string;
}

/**
 * How much of the image is lit: a pixel counts when its brightest channel reaches `threshold`
 * (default 64: above black, and above the element's dark tile background, #1f2328).
 */
export function lightStats(pixels: Pixels, threshold = 64): LightStats {
  const { data } = pixels;
  const count = pixels.width * pixels.height;
  let lit = 0;
  let r = 0;
  let g = 0;
  let b = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) >= threshold) lit++;
    r += data[i]!;
    g += data[i + 1]!;
    b += data[i + 2]!;
  }
  const mean = (v: number) => Math.round(v / Math.max(count, 1));
  return { lit: count === 0 ? 0 : lit / count, mean: `rgb(${mean(r)}, ${mean(g)}, ${mean(b)})` };
}

/** Share of pixels (0 to 1) that differ by more than `tolerance` in any channel between two images of one size. */
export function changedShare(a: Pixels, b: Pixels, tolerance = 24): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > tolerance ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > tolerance ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > tolerance
    ) {
      changed++;
    }
  }
  return changed / (a.width * a.height);
}
