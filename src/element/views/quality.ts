/**
 * A tile's connection bars (issue 14): three bars for the participant's smoothed network level
 * (`SessionController.connectionLevel`, from `network-quality-change`), with a text alternative
 * ("Connection: poor"). Nothing shows while the level is unknown (the SDK reports only for
 * videos that are on). Small and static: one element and three bars per shown tile.
 *
 * @csspart tile-quality - the bars on a tile (role="img", named by the level)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { qualityBand } from '../../session/slices/network-quality.js';
import type { QualityWords } from '../captions-strings.js';

/** The bars for a level 0-5 (0-1 poor: one bar, 2 fair: two, 3-5 good: three), or nothing. */
export function renderQualityBars(level: number | undefined, words: QualityWords): TemplateResult | typeof nothing {
  if (level === undefined) return nothing;
  const band = qualityBand(level);
  const lit = band === 'bad' ? 1 : band === 'normal' ? 2 : 3;
  return html`<span class="tile-quality ${band}" part="tile-quality" role="img" aria-label=${words[band]} data-level=${level}
    >${[1, 2, 3].map((n) => html`<span class="bar ${n <= lit ? 'lit' : ''}"></span>`)}</span
  >`;
}
