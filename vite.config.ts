import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { crx } from '@crxjs/vite-plugin';
import { extensionManifest } from './src/manifest';
import pkg from './package.json' with { type: 'json' };

/** docs/privacy.md ships inside the extension as privacy.txt, so the settings can link to it offline. */
const privacyPage: Plugin = {
  name: 'privacy-page',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'privacy.txt', source: readFileSync('docs/privacy.md', 'utf8') });
  },
};

/**
 * Vite wraps every dynamic import in a helper that preloads the imported chunk's CSS by appending
 * <link> elements to the document's <head>. In a content script that document is the dashboard's
 * page, which the extension must not touch, and no chunk here imports CSS (the panel's is inlined
 * into its shadow root), so the helper is replaced by the plain import it wraps. It also kept ~0.5 KB
 * gzip in every dashboard's bootstrap, whose budget is 3 KB.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const noPreloadHelper: Plugin = {
  name: 'no-preload-helper',
  enforce: 'pre',
  resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
};

// crxjs turns the manifest's source paths into built entry points (popup, options, service worker,
// each dashboard's content script) and keeps their paths stable in dist/. The manifest is built
// from the table of dashboards (src/manifest.ts); the version has one home, package.json
// (`npm run release` bumps it there).
export default defineConfig({
  plugins: [noPreloadHelper, react(), crx({ manifest: extensionManifest(pkg.version) }), privacyPage],
  build: {
    target: 'chrome116',
    // Source maps stay out of the store package; they would double its size.
    sourcemap: false,
    emptyOutDir: true,
    // dist/.vite/manifest.json: the chunk graph the bench reads to size what each part loads.
    manifest: true,
    // No <link rel="modulepreload"> for dynamic imports: in a content script Vite's helper appends
    // them to the dashboard's own <head>, and the content script must not touch the page's DOM
    // (the panel's chunk is loaded ahead, before any window opens). Chunks load from the extension's
    // own files, so the waterfall it would save is short.
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, cors: { origin: [/chrome-extension:\/\//] } },
});
