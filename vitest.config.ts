import { defineConfig } from 'vitest/config';
import shippedTemplates from './build/handlebars-templates';

// Two tiers in one runner: pure and DOM logic under happy-dom, and the built extension
// driven in real Chromium and Firefox (tests/browser, which need `npm run build` first).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [shippedTemplates()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
