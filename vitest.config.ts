import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'test/consumer/**'],
    environment: 'node',
    // The default reporter for humans, then the closing `N passed, N failed`
    // line for CI (see scripts/vitest-summary-reporter.ts, scripts/test.mjs).
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
  },
});
