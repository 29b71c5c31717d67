/**
 * The built-in virtual backgrounds: drawn here on a canvas when first used (a few lines of code
 * instead of image files: nothing to license, nothing in the first chunk, nothing in the package
 * but this module). Each is a 1280x720 JPEG data URL, which the SDK takes as an image URL.
 */

/** The built-in backgrounds, by name. */
export const BUILTIN_BACKGROUNDS = ['dusk', 'sea', 'paper'] as const;
export type BuiltinBackground = (typeof BUILTIN_BACKGROUNDS)[number];

const PAINT: Record<BuiltinBackground, { stops: string[]; shapes: string }> = {
  dusk: { stops: ['#2b1055', '#7597de', '#f6a97a'], shapes: 'rgba(255,255,255,0.10)' },
  sea: { stops: ['#0b3d5c', '#1f7a8c', '#a8dadc'], shapes: 'rgba(255,255,255,0.08)' },
  paper: { stops: ['#f4efe6', '#e9e1d3', '#d8cbb5'], shapes: 'rgba(120,100,70,0.08)' },
};

const drawn = new Map<BuiltinBackground, string>();

export function isBuiltinBackground(value: string): value is BuiltinBackground {
  return (BUILTIN_BACKGROUNDS as readonly string[]).includes(value);
}

/** The image of a built-in background (drawn once per page), or `''` where no canvas can draw. */
export function builtinBackgroundUrl(name: BuiltinBackground, width = 1280, height = 720): string {
  const key = width === 1280 ? name : (`${name}@${width}` as BuiltinBackground);
  const known = drawn.get(key);
  if (known) return known;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) return '';
  const { stops, shapes } = PAINT[name];
  const gradient = g.createLinearGradient(0, 0, width * 0.4, height);
  stops.forEach((color, i) => gradient.addColorStop(i / (stops.length - 1), color));
  g.fillStyle = gradient;
  g.fillRect(0, 0, width, height);
  g.fillStyle = shapes;
  for (const [x, y, r] of [[0.15, 0.2, 0.18], [0.8, 0.3, 0.25], [0.55, 0.85, 0.3], [0.95, 0.95, 0.15]] as const) {
    g.beginPath();
    g.arc(x * width, y * height, r * height, 0, Math.PI * 2);
    g.fill();
  }
  const url = canvas.toDataURL('image/jpeg', 0.85);
  drawn.set(key, url);
  return url;
}
