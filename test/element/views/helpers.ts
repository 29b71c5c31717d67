/** Helpers for the view tests: mount a view in `<view-host>`, walk the tab order, catch Lit warnings. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ViewHost } from '../../support/view-gallery.host.js';

export { ViewHost };

/**
 * Renders `view` into a `<view-host>` that follows a focusable "before" button (the start of the
 * tab order), `width` px wide when given. `children` go into the host's light DOM (slots).
 */
export async function mount(
  view: () => TemplateResult,
  options: { width?: number; children?: TemplateResult } = {},
): Promise<ViewHost> {
  const style = options.width ? `width: ${options.width}px` : '';
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">before</button>
      <view-host style=${style} .view=${view}>${options.children ?? ''}</view-host>
    </div>`,
  );
  const host = wrapper.querySelector('view-host')!;
  await host.updateComplete;
  return host;
}

/** Re-renders the host with a new view function. */
export async function rerender(host: ViewHost, view: () => TemplateResult): Promise<void> {
  host.view = view;
  await host.updateComplete;
}

export function $<E extends Element = HTMLElement>(host: ViewHost, selector: string): E {
  const found = host.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$<E extends Element = HTMLElement>(host: ViewHost, selector: string): E[] {
  return [...host.shadowRoot!.querySelectorAll<E>(selector)];
}

/** What has focus inside the host, named by id (or part). */
export function focused(host: ViewHost): string {
  const el = host.shadowRoot!.activeElement;
  if (!el) return document.activeElement?.id ?? '(none)';
  return el.id || el.getAttribute('part') || el.tagName.toLowerCase();
}

/** Focuses the "before" button, then presses Tab `count` times and names each stop. */
export async function tabStops(host: ViewHost, count: number): Promise<string[]> {
  host.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await sendKeys({ press: 'Tab' });
    stops.push(focused(host));
  }
  return stops;
}

/** The accessible-name text of an element: aria-label, else its text with spaces collapsed. */
export function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Runs axe on the host in the light and the dark color scheme. */
export async function expectAccessibleInBothSchemes(host: ViewHost): Promise<void> {
  await expect(host).to.be.accessible();
  await emulateMedia({ colorScheme: 'dark' });
  try {
    await expect(host).to.be.accessible();
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
}

/**
 * Fails the test when Lit (in dev mode, as the test runner serves it) warns while rendering:
 * installs a console.warn spy before each test and checks it after.
 */
export function failOnLitWarnings(): void {
  let warnings: unknown[][] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
      original.apply(console, args);
    };
  });
  afterEach(() => {
    console.warn = original;
    expect(warnings.map((w) => String(w[0])), 'console.warn calls while rendering').to.deep.equal([]);
  });
}

/** Records calls to a set of callbacks: `calls` lists `name(args)`. */
export function recorder<T extends object>(names: (keyof T)[]): { actions: T; calls: string[] } {
  const calls: string[] = [];
  const actions = Object.fromEntries(
    names.map((n) => [n, (...args: unknown[]) => calls.push(`${String(n)}(${args.map((a) => JSON.stringify(a)).join(', ')})`)]),
  ) as T;
  return { actions, calls };
}
