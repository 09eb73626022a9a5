import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // The per-page quality gates (axe; runtime and byte budgets read one load: about 400 page
          // loads) run test.concurrent: three pages at a time in one browser, a context each. A
          // page load waits on the network and timers as much as on the CPU, so this keeps CI well
          // under 20 minutes on two cores. Nothing they measure depends on time.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
