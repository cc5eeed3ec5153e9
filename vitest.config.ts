import { defineConfig } from 'vitest/config';

// CI runs on a 2-core machine that may be busy with other work, so the limits below are set for a
// loaded machine, not an idle one: a test that waits on a condition costs nothing extra when the
// machine is quick, and a limit that is too tight throws a whole submission away.

// Suites with nothing global to leak between files share their workers (`isolate: false` saves a
// worker spawn per file). Kept isolated: happy-dom pages, module mocks and the fake IndexedDB.
// (The label suites share workers since the printer became a parameter of the app's services.)
const isolated = [
  'test/renderer/**',
  'test/catalog/**',
  'test/shell/preload-bridge.test.ts',
  'test/back-office/variant-desk.test.ts',
];
const chromium = ['test/e2e/**/*.test.ts', 'test/electron/**/*.test.ts'];
const allTests = ['test/**/*.test.ts', 'test/**/*.test.tsx'];

export default defineConfig({
  test: {
    environment: 'node',
    // The JSON report feeds the totals line that .ci/run prints.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: allTests,
          exclude: [...isolated, ...chromium],
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: isolated.map((glob) => (glob.endsWith('**') ? `${glob}/*.test.{ts,tsx}` : glob)),
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Real Chromium: one file at a time, after the unit suites, so a browser never competes
        // with a dozen Node workers for two cores.
        test: {
          name: 'chromium',
          include: chromium,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll waits 1 s by default: far too little for a page on a loaded machine.
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
