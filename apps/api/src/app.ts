import compress from "@fastify/compress";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { createDatabase, type DatabaseHandle } from "@fcs/db";
import Fastify, { type FastifyInstance } from "fastify";
import { type Clock, systemClock } from "./clock.ts";
import type { AppConfig } from "./config.ts";
import { prepareDatabase } from "./database-setup.ts";
import { auditRoutes } from "./modules/audit/routes.ts";
import { authRoutes } from "./modules/auth/routes.ts";
import { centreRoutes } from "./modules/centres/routes.ts";
import { createPeriodAccess } from "./modules/collection/period-access.ts";
import { createCollectionRepository } from "./modules/collection/repository.ts";
import { collectionRoutes } from "./modules/collection/routes.ts";
import { createTokenAccess } from "./modules/collection/token-access.ts";
import { coordinatorRoutes } from "./modules/coordinators/routes.ts";
import { followUpRoutes } from "./modules/followups/routes.ts";
import { healthRoutes } from "./modules/health/routes.ts";
import { periodRoutes } from "./modules/periods/routes.ts";
import { progressRoutes } from "./modules/progress/routes.ts";
import { regionRoutes } from "./modules/regions/routes.ts";
import { reportRoutes } from "./modules/reports/routes.ts";
import { responseRoutes } from "./modules/responses/routes.ts";
import { resultRoutes } from "./modules/results/routes.ts";
import { createResultsServices } from "./modules/results/services.ts";
import { surveyRoutes } from "./modules/surveys/routes.ts";
import { authPlugin } from "./plugins/auth.ts";
import { countsRollupPlugin } from "./plugins/counts-rollup.ts";
import { databasePlugin } from "./plugins/database.ts";
import { registerDocs } from "./plugins/docs.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { registerSecurity } from "./plugins/security.ts";
import { registerValidation } from "./plugins/validation.ts";
import { registerWeb } from "./plugins/web.ts";

export interface BuildOptions {
  /** A database the caller owns (tests); otherwise one is opened from the config and closed with the app. */
  database?: DatabaseHandle;
  logger?: boolean;
  /** The time the app sees; tests fix it to a day inside or outside a collection period. */
  clock?: Clock;
}

/** Survey answers and follow-ups are small; a large body is a mistake or an attack. */
const bodyLimitBytes = 256 * 1024;

export async function buildApp(config: AppConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, redact: ["req.headers.authorization"] },
    bodyLimit: bodyLimitBytes,
    trustProxy: config.env === "production",
  }).withTypeProvider<TypeBoxTypeProvider>();

  const handle = options.database ?? createDatabase(config.database);
  await prepareDatabase(handle, config, app.log);

  registerValidation(app);
  registerErrorHandling(app);
  await registerSecurity(app);
  // Responses over 1 KiB go out gzip- or brotli-compressed: the kiosk's survey-core bundle shrinks about fourfold.
  await app.register(compress, { threshold: 1024 });
  await registerDocs(app);
  await app.register(databasePlugin, { handle, closeWithApp: !options.database });
  await app.register(countsRollupPlugin);
  await app.register(authPlugin, { secret: config.jwtSecret, sessionTtlSeconds: config.sessionTtlSeconds });

  await app.register(healthRoutes);
  await app.register(authRoutes, { loginRateLimit: config.loginRateLimit });
  await app.register(centreRoutes);
  await app.register(surveyRoutes);
  await app.register(followUpRoutes);
  await app.register(progressRoutes);
  await app.register(auditRoutes);
  await app.register(regionRoutes);
  const results = createResultsServices(handle.db, app.countsRollup, config.minimumGroupSize);
  await app.register(resultRoutes, { services: results });
  await app.register(reportRoutes, { services: results });
  const clock = options.clock ?? systemClock;
  const collectionRepository = createCollectionRepository(handle.db, app.countsRollup);
  const shared = {
    clock,
    tokenAccess: createTokenAccess(collectionRepository),
    periodAccess: createPeriodAccess(collectionRepository),
  };
  await app.register(collectionRoutes, { ...shared, enrolRateLimit: config.loginRateLimit });
  await app.register(responseRoutes, { ...shared, rateLimitPerMinute: config.submissionRateLimitPerMinute });
  await app.register(periodRoutes, { periodAccess: shared.periodAccess });
  await app.register(coordinatorRoutes, { clock });

  if (config.webDist) await registerWeb(app, { root: config.webDist });
  return app;
}
