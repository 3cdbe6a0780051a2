/**
 * The two servers the submit benchmark loads, in a process of their own: the
 * real app, and a bare Fastify route that does one INSERT of the same response
 * row into a table shaped like `responses` (same columns and indexes, no foreign
 * keys), on the same database: the physical cost of storing one submission.
 * Prints their ports as one JSON line, then serves until killed.
 */
import { createDatabase, type DatabaseTarget, sql, surveyDefinitions } from "@fcs/db";
import Fastify from "fastify";
import { buildApp } from "../../apps/api/src/app.ts";
import { makeCentre, makeCollectionToken, makePeriod } from "../../test/fixtures/index.ts";
import { testConfig } from "../../test/support/config.ts";

const target: DatabaseTarget = process.env.BENCH_DATABASE_URL
  ? { kind: "postgres", url: process.env.BENCH_DATABASE_URL, maxConnections: 10 }
  : { kind: "pglite" };
const handle = createDatabase(target);
const app = await buildApp(testConfig(), {
  database: handle,
  logger: false,
  clock: () => new Date("2026-11-23T12:00:00+01:00"),
});
const centre = await makeCentre(handle.db);
const { token } = await makeCollectionToken(handle.db, centre.id);
await makePeriod(handle.db, {
  regionCode: "12",
  kind: "besok_vuxen",
  year: 2026,
  opens: "2026-09-01",
  closes: "2026-12-15",
});
await handle.db.execute(sql`create table if not exists bench_bare (like responses including all)`);
const [definition] = await handle.db.select({ id: surveyDefinitions.id }).from(surveyDefinitions).limit(1);

const bare = Fastify({ logger: false });
bare.post<{ Body: { id: string; survey: string; year: number; locale: string; answers: unknown } }>(
  "/bare",
  async (request, reply) => {
    const { id, survey, year, locale, answers } = request.body;
    await handle.db.execute(
      sql`insert into bench_bare (id, definition_id, kind, centre_id, year, locale, channel, submitted_on, answers, request_hash)
          values (${id}, ${definition?.id}, ${survey}, ${centre.id}, ${year}, ${locale}, 'kiosk', current_date,
                  ${JSON.stringify(answers)}::jsonb, ${id})`,
    );
    return reply.status(201).send({ id });
  },
);

const appAddress = await app.listen({ host: "127.0.0.1", port: 0 });
const bareAddress = await bare.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(`${JSON.stringify({ app: appAddress, bare: bareAddress, token, database: handle.kind })}\n`);
// A clean exit on SIGINT, so that a CPU profile (--cpu-prof) is written.
process.once("SIGINT", () => process.exit(0));
