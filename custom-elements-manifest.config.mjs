/**
 * `npm run manifest`: writes custom-elements.json (@custom-elements-manifest/analyzer, Lit mode).
 *
 * The analyzer reads Lit's `static properties` literally; two things it cannot follow are fixed
 * here by a plugin, so the manifest says what the element does (test/element/manifest.test.ts
 * checks it against the element running in Chromium):
 * - a property declared through a helper call, `sessionName: text('session-name', '')`, observes
 *   the attribute named in the call (the analyzer would name it after the field), and its default
 *   is the call's second argument;
 * - `{ state: true }` properties are internal state, never attributes;
 * - the element reflects its `state` getter as the `state` attribute (set by the element itself,
 *   not by Lit), which the analyzer cannot see.
 * And the parts, slots and custom properties documented beside the styles (`@csspart`, `@slot`,
 * `@cssproperty` in the comments of any `*.styles.ts` module or view module under `element/views/`)
 * are merged into the element's own JSDoc, wherever those modules live.
 */
const TAG = 'zoom-session';

/** `@csspart name - text`, `@slot name - text`, `@cssproperty [--name=default] - text` in a comment. */
function docTags(text) {
  const found = { cssParts: [], slots: [], cssProperties: [] };
  const tag = /@(csspart|slot|cssproperty)\s+(\[[^\]]*\]|\S+)(?:\s+-\s+([^\n]*))?/g;
  for (const comment of text.match(/\/\*[\s\S]*?\*\//g) ?? []) {
    const plain = comment.replace(/^\s*\*+ ?/gm, '');
    for (const [, kind, raw, description = ''] of plain.matchAll(tag)) {
      const [, optional, rest] = /^(\[)?(.*?)\]?$/.exec(raw);
      const [name, defaultValue] = optional ? rest.split(/=(.*)/s) : [raw];
      const entry = { name, description: description.trim() };
      if (defaultValue) entry.default = defaultValue;
      found[kind === 'csspart' ? 'cssParts' : kind === 'slot' ? 'slots' : 'cssProperties'].push(entry);
    }
  }
  return found;
}

/** Adds entries by name; an entry already there keeps its place and gains what it lacked. */
function mergeByName(into = [], more) {
  for (const entry of more) {
    const at = into.findIndex((e) => e.name === entry.name);
    if (at < 0) into.push(entry);
    else into[at] = { ...entry, ...into[at], description: into[at].description || entry.description };
  }
  return into;
}

function zoomSessionManifest() {
  const styleDocs = [];
  return {
    name: 'zoom-session:attributes-and-style-docs',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isSourceFile(node) && (node.fileName.endsWith('.styles.ts') || /\/element\/views\//.test(node.fileName))) {
        styleDocs.push(docTags(node.getFullText()));
      }
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      const properties = node.members.find(
        (m) =>
          ts.isPropertyDeclaration(m) &&
          m.name.getText() === 'properties' &&
          m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!declaration || !properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      for (const property of properties.initializer.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const field = property.name.getText();
        const member = declaration.members?.find((m) => m.name === field);
        const value = property.initializer;
        const options = ts.isObjectLiteralExpression(value) ? value.properties : [];
        const isState = options.some(
          (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) {
          declaration.attributes = declaration.attributes?.filter((a) => a.fieldName !== field);
          if (member) {
            delete member.attribute;
            member.privacy ??= 'private';
          }
          continue;
        }
        if (ts.isCallExpression(value) && value.arguments[0] && ts.isStringLiteral(value.arguments[0])) {
          const name = value.arguments[0].text;
          const fallback = value.arguments[1]?.getText();
          const attribute = declaration.attributes?.find((a) => a.fieldName === field);
          if (attribute) {
            attribute.name = name;
            if (fallback !== undefined) attribute.default = fallback;
            if (member?.type) attribute.type = member.type;
          }
          if (member) {
            member.attribute = name;
            if (fallback !== undefined) member.default = fallback;
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName !== TAG) continue;
          for (const docs of styleDocs) {
            declaration.cssParts = mergeByName(declaration.cssParts, docs.cssParts);
            declaration.slots = mergeByName(declaration.slots, docs.slots);
            declaration.cssProperties = mergeByName(declaration.cssProperties, docs.cssProperties);
          }
          const state = declaration.members?.find((m) => m.name === 'state');
          if (state && !declaration.attributes?.some((a) => a.name === 'state')) {
            state.attribute = 'state';
            state.reflects = true;
            state.readonly = true;
            declaration.attributes = [
              ...(declaration.attributes ?? []),
              {
                name: 'state',
                fieldName: 'state',
                type: state.type,
                description: 'Read-only: set by the element to its `state`, for styling (`zoom-session[state="joined"]`) and tests.',
              },
            ];
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/server/**'],
  outdir: '.',
  // package.json names the manifest already; the analyzer would otherwise rewrite the file.
  packagejson: false,
  litelement: true,
  plugins: [zoomSessionManifest()],
};
