// What the demo reads of Vite's `import.meta.env` (Vite replaces it at build time).
interface ImportMetaEnv {
  /** True under the dev server (`npm start`), false in a build. */
  readonly DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
