import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // scrypt at N = 2^12 in tests (the hash format records N; production uses 2^15).
    env: { TZ: 'Asia/Shanghai', EDUPLAN_SCRYPT_LOG2N: '12' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
  },
});
