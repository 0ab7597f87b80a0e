import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { disabledPaths } from './build/disabled-paths';
import shippedTemplates from './build/handlebars-templates';
import locales from './build/locales';
import { manifestFor, type Target } from './build/manifest';
import { reportScript } from './build/report-script';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      disabledPaths(),
      reportScript(),
      shippedTemplates(),
      locales(),
      preact(),
      crx({
        manifest: manifestFor(target, baseManifest, pkg.version) as unknown as ManifestV3Export,
        browser: target,
        // A standalone content script needs no loader and so no web_accessible_resources,
        // which LinkedIn could use to detect the extension.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      // Firefox's sidebar_action page is not one crxjs knows from the manifest: name it here.
      rollupOptions: {
        input: { sidepanel: 'src/sidepanel/index.html' },
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/](model|coach)[\\/]/.test(id) },
      },
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: process.env.SOURCEMAP === '1',
      chunkSizeWarningLimit: 200,
      // Chrome and Firefox 140+ preload modules natively; the polyfill would only add a fetch().
      modulePreload: { polyfill: false },
    },
    define: { __TARGET__: JSON.stringify(target) },
  };
});
