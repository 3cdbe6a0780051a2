import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, selectRows } from "./client.ts";
import { createTestDatabase, testDatabaseKinds } from "./testing.ts";

describe.each(testDatabaseKinds())("migrations on %s", (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.close());

  it("create every table of the schema", async () => {
    const rows = await selectRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      "answer_counts",
      "answer_counts_pending",
      "audit_log",
      "centres",
      "collection_periods",
      "collection_tokens",
      "follow_ups",
      "guideline_sets",
      "import_mappings",
      "imported_totals",
      "imports",
      "invites",
      "job_runs",
      "kiosk_enrolments",
      "municipalities",
      "publication_versions",
      "publications",
      "published_area_sums",
      "published_counts",
      "regions",
      "reports",
      "response_exclusions",
      "responses",
      "result_releases",
      "sessions",
      "sign_in_throttle",
      "submission_allowances",
      "survey_definitions",
      "user_scopes",
      "users",
    ]);
  });

  it("are a no-op when applied a second time", async () => {
    await database.migrate();
    const rows = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
    await database.migrate();
    const again = await selectRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(again[0]?.n).toBe(rows[0]?.n);
  });
});
