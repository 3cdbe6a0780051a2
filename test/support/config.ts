import type { AppConfig } from "../../apps/api/src/config.ts";

/** A complete configuration for in-process tests; the database is handed to buildApp separately. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    env: "test",
    host: "127.0.0.1",
    port: 0,
    dataDir: "/nonexistent",
    database: { kind: "pglite" },
    jwtSecret: "test-secret-that-is-long-enough-for-hs256-signing",
    sessionTtlSeconds: 3600,
    demoData: false,
    logLevel: "silent",
    loginRateLimit: { max: 1000, windowMs: 60_000 },
    submissionRateLimitPerMinute: 100_000,
    minimumGroupSize: 5,
    trustProxy: false,
    linkSubmissionsPerHour: 1000,
    publicationTime: "03:00",
    apiDocs: true,
    scheduledJobs: false,
    freeTextRetentionYears: 2,
    ...overrides,
  };
}
