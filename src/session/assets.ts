/**
 * Where the SDK loads its media files from. Kept apart from `zoom-sdk.ts` (the one SDK door)
 * because it is a pure rule: no SDK, only the page's base URL.
 */

/** Zoom's own hosting of the SDK's assets, which `init()` takes by name. */
const NAMED_ASSETS = ['Global', 'CDN', 'CN'] as const;

/**
 * The `dependentAssets` argument of `init()`: `Global`, `CDN` and `CN` pass through (any case), and
 * anything else is a path or URL of a self-hosted copy of the SDK's `dist/lib`, resolved against the
 * page. The SDK silently ignores a relative path and falls back to Zoom's CDN, so it must be made
 * absolute here.
 */
export function resolveAssets(assets: string, base: string = document.baseURI): string {
  const trimmed = assets.trim();
  const named = NAMED_ASSETS.find((n) => n.toLowerCase() === trimmed.toLowerCase());
  if (named || trimmed === '') return named ?? 'Global';
  return new URL(trimmed, base).href.replace(/\/+$/, '');
}
