import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { resolvePackPath } from './lib/facts/check-pack-file';
import { detectorDataPlugin } from './lib/facts/detector-data-plugin';

export default defineConfig({
  // WxtVitest stubs `browser` with WXT's in-memory fake and applies WXT's aliases and `#imports`.
  // It ignores wxt.config's vite.plugins, so Preact and the detector data are added here too.
  plugins: [WxtVitest(), preact(), detectorDataPlugin(resolvePackPath())],
  test: {
    // Only unit tests: the default include would also pick up the Playwright specs in tests/e2e.
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // DOM tests opt in per file with `// @vitest-environment jsdom` (never happy-dom for DOMPurify).
    environment: 'node',
    restoreMocks: true,
    // Property tests run thousands of cases; on a loaded 2-core CI machine 5 s is not enough.
    testTimeout: 30_000,
    // CI also writes a JSON report that .ci/run sums into its final "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
  },
});
