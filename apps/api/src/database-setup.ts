import type { DatabaseHandle } from "@fcs/db";
import { demoPassword, demoUsers, seedDemoData, seedReferenceData } from "@fcs/db/seed";
import type { FastifyBaseLogger } from "fastify";
import type { AppConfig } from "./config.ts";
import { hashPassword } from "./modules/auth/password.ts";

/** Migrations, reference geography, and, outside production on an empty database, the demo data. */
export async function prepareDatabase(
  handle: DatabaseHandle,
  config: AppConfig,
  log: FastifyBaseLogger,
): Promise<void> {
  await handle.migrate();
  await seedReferenceData(handle.db);
  if (!config.demoData || config.env === "production") return;
  const result = await seedDemoData(handle.db, { passwordHash: await hashPassword(demoPassword) });
  if (result.seeded) {
    log.info({ centres: result.centres, users: result.users }, "demo data created");
  }
  if (config.env === "development") {
    log.info(
      { users: demoUsers.map((u) => `${u.email} (${u.role})`), password: demoPassword },
      "demo sign-ins (development only)",
    );
  }
}
