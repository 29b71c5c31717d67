/**
 * custom-elements.json against the element as it runs: editors, Storybook and the framework types
 * are built on the manifest, so every attribute, event, part, slot and custom property it names must
 * be one the element has, and the other way round. Reads what runs and renders (observedAttributes,
 * the package's event classes, the shadow roots of every view in the gallery, the adopted style
 * sheets), never source files, so moving code between files changes nothing here.
 *
 * The manifest is written by `npm run manifest` (custom-elements-manifest.config.mjs), which
 * `npm run test:browser` runs first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as api from '../../src/index.js';
import '../../src/define.js';

interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
  members?: (Named & { kind: string; privacy?: string; attribute?: string; static?: boolean })[];
}

let declaration: Declaration;

const names = (list: Named[] | undefined) => (list ?? []).map((e) => e.name).sort();
const sorted = (set: Iterable<string>) => [...new Set(set)].sort();

/** Every CSS rule's text, nested rules (media, container, supports) included. */
function ruleTexts(sheets: Iterable<CSSStyleSheet>): string[] {
  const out: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules.length > 0) walk((rule as CSSGroupingRule).cssRules);
      else out.push(rule.cssText);
    }
  };
  for (const sheet of sheets) walk(sheet.cssRules);
  return out;
}

/** Renders every state of the view gallery (test/support/view-gallery.ts) into this page. */
async function renderGallery(): Promise<ShadowRoot[]> {
  const main = document.createElement('main');
  main.id = 'gallery';
  document.body.append(main);
  await import('../support/view-gallery.js');
  const hosts = [...main.querySelectorAll('view-host')];
  expect(hosts.length, 'the gallery rendered its states').to.be.greaterThan(10);
  return hosts.map((h) => h.shadowRoot!);
}

before(async () => {
  const answer = await fetch('/custom-elements.json');
  if (!answer.ok) throw new Error('No custom-elements.json: run `npm run manifest` (npm run test:browser does).');
  const manifest = (await answer.json()) as { modules: { declarations?: Declaration[] }[] };
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName === 'zoom-session');
  expect(found, 'one <zoom-session> in the manifest').to.have.length(1);
  declaration = found[0]!;
});

describe('custom-elements.json', () => {
  it('lists exactly the attributes the element observes, plus the state it reflects', async () => {
    const observed = sorted((customElements.get('zoom-session') as unknown as typeof api.ZoomSession).observedAttributes);
    const listed = names(declaration.attributes);
    const notObserved = listed.filter((n) => !observed.includes(n));
    expect(observed.filter((n) => !listed.includes(n)), 'observed but not in the manifest').to.deep.equal([]);
    // The only attribute listed and not observed is the one the element writes itself.
    expect(notObserved).to.deep.equal(['state']);
    const el = await fixture<api.ZoomSession>(html`<zoom-session></zoom-session>`);
    const state = declaration.attributes!.find((a) => a.name === 'state')!;
    expect(state.fieldName).to.equal('state');
    expect(el.getAttribute('state')).to.equal(el.state);
  });

  it('maps every observed attribute to the property the manifest names, with its default', async () => {
    const el = await fixture<api.ZoomSession>(html`<zoom-session></zoom-session>`);
    const record = el as unknown as Record<string, unknown>;
    for (const attribute of declaration.attributes!.filter((a) => a.name !== 'state')) {
      const field = attribute.fieldName!;
      const boolean = attribute.type?.text === 'boolean';
      expect(JSON.stringify(record[field]), `default of ${attribute.name}`).to.equal(
        // The analyzer writes defaults as source text: '' and 'participant' in single quotes.
        JSON.stringify(attribute.default === undefined ? undefined : JSON.parse(attribute.default.replace(/^'(.*)'$/, '"$1"'))),
      );
      const value = boolean ? '' : attribute.name === 'lang' ? 'fr-FR' : 'wasm';
      el.setAttribute(attribute.name, value);
      expect(record[field], `${attribute.name} sets ${field}`).to.equal(boolean ? true : value);
      el.removeAttribute(attribute.name);
    }
    // Internal state of the element is no attribute; every public property that is one says so.
    for (const member of declaration.members!.filter((m) => m.kind === 'field' && !m.static)) {
      const listed = declaration.attributes!.find((a) => a.fieldName === member.name);
      expect(member.attribute, `attribute of the member ${member.name}`).to.equal(listed?.name);
      if (member.privacy === 'private' || member.privacy === 'protected') expect(listed, member.name).to.equal(undefined);
    }
  });

  it('lists every event class of the package, with its type', () => {
    const classes = Object.entries(api)
      .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Event && 'eventName' in value)
      .map(([exportName, value]) => `${(value as unknown as { eventName: string }).eventName}: ${exportName}`);
    expect(classes.length).to.be.greaterThan(6);
    const listed = (declaration.events ?? []).map((e) => `${e.name}: ${e.type?.text ?? '(no type)'}`);
    expect(listed.sort()).to.deep.equal(classes.sort());
  });

  it('lists every part, slot and custom property the rendered views use, and no other', async () => {
    const el = await fixture<api.ZoomSession>(html`<zoom-session></zoom-session>`);
    const roots = [el.shadowRoot!, ...(await renderGallery())];

    const parts = roots.flatMap((root) =>
      [...root.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/).filter(Boolean)),
    );
    const listedParts = names(declaration.cssParts);
    expect(sorted(parts).filter((p) => !listedParts.includes(p)), 'parts rendered but not in the manifest').to.deep.equal([]);
    expect(listedParts.filter((p) => !parts.includes(p)), 'parts in the manifest that no view renders').to.deep.equal([]);

    const slots = roots.flatMap((root) => [...root.querySelectorAll('slot[name]')].map((s) => s.getAttribute('name')!));
    expect(sorted(slots)).to.deep.equal(names(declaration.slots));

    // The public custom properties: those named --zoom-session-*; --cols, --level and the like are
    // the views' own plumbing.
    const css = ruleTexts(new Set(roots.flatMap((root) => root.adoptedStyleSheets)));
    const used = css.flatMap((text) => [...text.matchAll(/(--zoom-session-[\w-]+)/g)].map((m) => m[1]!));
    expect(sorted(used)).to.deep.equal(names(declaration.cssProperties));

    // Defaults: what the element computes for a property set on :host (the light scheme here), or
    // the fallback of every var() of one that is not.
    const computed = getComputedStyle(el);
    for (const property of declaration.cssProperties!) {
      expect(property.default, `default of ${property.name}`).to.be.a('string');
      const value = computed.getPropertyValue(property.name).trim();
      if (value === '') {
        const fallbacks = css.flatMap((text) =>
          [...text.matchAll(new RegExp(`var\\(${property.name},\\s*([^)]*)\\)`, 'g'))].map((m) => m[1]!.trim()),
        );
        expect(sorted(fallbacks), `fallbacks of ${property.name}`).to.deep.equal([property.default]);
      } else if (!property.default!.includes('var(')) {
        expect(value.replace(/\s+/g, ' '), `${property.name} on :host`).to.equal(property.default);
      }
    }
  });
});
