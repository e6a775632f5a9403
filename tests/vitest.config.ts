import { defineConfig } from 'vitest/config';

/**
 * Tests that need the official DynamoDB Local (and so Java), drive whole
 * conversations or the interaction model through virtual-alexa, start
 * other processes, or talk HTTP to a fake Alexa API. Everything else is the unit project: no Java, no network,
 * seconds.
 */
const INTEGRATION = [
  'tests/alexa/reminders.test.ts',
  'tests/dialogues/**/*.test.ts',
  'tests/interaction-model/**/*.test.ts',
  'tests/handler/**/*.test.ts',
  'tests/persistence/**/*.test.ts',
  'tests/summary/**/*.test.ts',
  'tests/dynamo/**/*.test.ts',
  'tests/fuzz/**/*.test.ts',
  'tests/tools/**/*.test.ts',
  'tests/infra/stack.test.ts',
];

export default defineConfig({
  test: {
    // Reported, not gated: docs/testing.md says what is not covered and why.
    coverage: {
      provider: 'v8',
      include: ['lambda/**/*.ts'],
      reporter: ['text-summary', 'text', 'json-summary'],
      reportsDirectory: 'coverage',
    },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: INTEGRATION } },
      { extends: true, test: { name: 'integration', include: INTEGRATION, globalSetup: ['tests/support/global-setup.ts'] } },
    ],
  },
});
