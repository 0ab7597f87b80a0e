// Vite plugin: the page-report script as one classic, self-contained file (`report.js`). The
// popup injects it with scripting.executeScript only when the user asks for a report, so the
// content script that runs on every LinkedIn page does not carry it (about 3 KB gzip).
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export const REPORT_SCRIPT = 'report.js';

export function reportScript(entry = 'src/content/report-entry.ts'): Plugin {
  return {
    name: 'ccc:report-script',
    async generateBundle() {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        write: false,
        logLevel: 'silent',
      });
      const [file] = result.outputFiles;
      if (!file) throw new Error(`${entry}: esbuild produced nothing`);
      this.emitFile({ type: 'asset', fileName: REPORT_SCRIPT, source: file.text });
    },
  };
}
