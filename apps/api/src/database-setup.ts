import type { DatabaseHandle } from "@fcs/db";
import {
  demoCollectionTokens,
  demoPassword,
  demoUsers,
  seedDemoData,
  seedReferenceData,
  syncSurveyDefinitions,
} from "@fcs/db/seed";
import { instruments } from "@fcs/surveys";
import type { FastifyBaseLogger } from "fastify";
import type { AppConfig } from "./config.ts";
import { hashPassword } from "./modules/auth/password.ts";

/** Migrations, reference geography, survey definitions, and, outside production on an empty database, the demo data. */
export async function prepareDatabase(
  handle: DatabaseHandle,
  config: AppConfig,
  log: FastifyBaseLogger,
): Promise<void> {
  await handle.migrate();
  await seedReferenceData(handle.db);
  await syncSurveyDefinitions(handle.db, instruments);
  if (!config.demoData || config.env === "production") return;
  const result = await seedDemoData(handle.db, { passwordHash: await hashPassword(demoPassword) });
  if (result.seeded) {
    log.info({ centres: result.centres, users: result.users }, "demo data created");
  }
  if (config.env === "development") {
    log.info(
      {
        users: demoUsers.map((u) => `${u.email} (${u.role})`),
        password: demoPassword,
        collectionTokens: demoCollectionTokens,
      },
      "demo sign-ins (development only)",
    );
  }
}
