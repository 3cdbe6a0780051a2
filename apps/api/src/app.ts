import compress from "@fastify/compress";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { createDatabase, type Database, type DatabaseHandle } from "@fcs/db";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { type Clock, systemClock } from "./clock.ts";
import type { AppConfig } from "./config.ts";
import { prepareDatabase } from "./database-setup.ts";
import { createAccountRepository } from "./modules/accounts/repository.ts";
import { auditRoutes } from "./modules/audit/routes.ts";
import { createSecurityLog } from "./modules/audit/security-log.ts";
import { createPasswordResetService } from "./modules/auth/password-reset.ts";
import { authRoutes } from "./modules/auth/routes.ts";
import { centreRoutes } from "./modules/centres/routes.ts";
import { createPeriodAccess } from "./modules/collection/period-access.ts";
import { createCollectionRepository } from "./modules/collection/repository.ts";
import { collectionRoutes } from "./modules/collection/routes.ts";
import { createTokenAccess } from "./modules/collection/token-access.ts";
import { coordinatorRoutes } from "./modules/coordinators/routes.ts";
import { exclusionRoutes } from "./modules/exclusions/routes.ts";
import { followUpRoutes } from "./modules/followups/routes.ts";
import { guidelineRoutes } from "./modules/guidelines/routes.ts";
import { healthRoutes } from "./modules/health/routes.ts";
import { importRoutes } from "./modules/imports/routes.ts";
import { createLinkMailer } from "./modules/mail/link-mail.ts";
import { createMailer, type Mailer } from "./modules/mail/mailer.ts";
import { createFollowUpNotifier } from "./modules/mail/notifications.ts";
import { createRecipientRepository } from "./modules/mail/recipients.ts";
import { createReminderJob, type ReminderJob } from "./modules/mail/reminders.ts";
import { periodRoutes } from "./modules/periods/routes.ts";
import { progressRoutes } from "./modules/progress/routes.ts";
import { createPublicationRepository } from "./modules/publication/repository.ts";
import { publicationRoutes } from "./modules/publication/routes.ts";
import { createPublicationService, type PublicationService } from "./modules/publication/service.ts";
import { regionRoutes } from "./modules/regions/routes.ts";
import { reportRoutes } from "./modules/reports/routes.ts";
import { responseRoutes } from "./modules/responses/routes.ts";
import { createResultsServices } from "./modules/results/module.ts";
import { resultRoutes } from "./modules/results/routes.ts";
import { createRetentionRepository } from "./modules/retention/repository.ts";
import { createRetentionService, type RetentionService } from "./modules/retention/service.ts";
import { surveyRoutes } from "./modules/surveys/routes.ts";
import { userRoutes } from "./modules/users/routes.ts";
import { authPlugin } from "./plugins/auth.ts";
import { countsRollupPlugin } from "./plugins/counts-rollup.ts";
import { databasePlugin } from "./plugins/database.ts";
import { registerDocs } from "./plugins/docs.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { logSerializers } from "./plugins/log-serializers.ts";
import { createScheduler, type Scheduler } from "./plugins/scheduler.ts";
import { registerSecurity } from "./plugins/security.ts";
import { registerValidation } from "./plugins/validation.ts";
import { registerWeb } from "./plugins/web.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** The daily work: publication of results, then retention; tests run it with their own clock. */
    jobs: {
      publication: PublicationService;
      retention: RetentionService;
      /** Present where a mail server is configured. */
      reminders: ReminderJob | undefined;
      scheduler: Scheduler;
    };
  }
}

export interface BuildOptions {
  /** A database the caller owns (tests); otherwise one is opened from the config and closed with the app. */
  database?: DatabaseHandle;
  /** false: no log; a pino destination for tests that read what is logged. */
  logger?: false | { level: string; stream: { write(line: string): void } };
  /** The time the app sees; tests fix it to a day inside or outside a collection period. */
  clock?: Clock;
}

/** Survey answers and follow-ups are small; a large body is a mistake or an attack. */
const bodyLimitBytes = 256 * 1024;

export async function buildApp(config: AppConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false ? false : { level: config.logLevel, serializers: logSerializers, ...options.logger },
    bodyLimit: bodyLimitBytes,
    trustProxy: trustedProxies(config.trustProxy),
    // A URL Fastify cannot even route (such as /%c0%ae) is answered in the one error shape too.
    frameworkErrors: (_error, _request, reply) =>
      void (reply as unknown as FastifyReply)
        .status(400)
        .send({ error: "bad_url", message: "Adressen är ogiltig.", details: [] }),
  }).withTypeProvider<TypeBoxTypeProvider>();

  const handle = options.database ?? createDatabase(config.database);
  await prepareDatabase(handle, config, app.log);

  registerValidation(app);
  registerErrorHandling(app);
  await registerSecurity(app);
  // Responses over 1 KiB go out gzip- or brotli-compressed: the kiosk's survey-core bundle shrinks about fourfold.
  await app.register(compress, { threshold: 1024 });
  if (config.apiDocs) await registerDocs(app);
  await app.register(databasePlugin, { handle, closeWithApp: !options.database });
  await app.register(countsRollupPlugin);
  await app.register(authPlugin, {
    secret: config.jwtSecret,
    sessionTtlSeconds: config.sessionTtlSeconds,
    secureCookies: config.env === "production",
  });

  await app.register(healthRoutes);
  const mailer = config.mail ? createMailer(config.mail) : undefined;
  if (mailer) app.addHook("onClose", async () => mailer.close());
  const mailLink = mailer ? createLinkMailer(mailer, app.log) : undefined;
  const clock = options.clock ?? systemClock;
  await app.register(authRoutes, {
    resetRateLimit: config.loginRateLimit,
    passwordReset: createPasswordResetService({
      accounts: createAccountRepository(handle.db),
      mailLink,
      security: createSecurityLog(handle.db),
      clock,
      onError: (error) => app.log.error({ err: error }, "a password reset link could not be made or sent"),
    }),
  });
  await app.register(centreRoutes);
  await app.register(surveyRoutes);
  await app.register(followUpRoutes, {
    notify: createFollowUpNotifier(mailer, createRecipientRepository(handle.db), app.log),
  });
  await app.register(progressRoutes, { threshold: config.minimumGroupSize });
  await app.register(auditRoutes);
  await app.register(regionRoutes);
  const results = createResultsServices(handle.db, config.minimumGroupSize);
  await app.register(resultRoutes, { services: results });
  await app.register(reportRoutes, { services: results });
  registerDailyJobs(app, handle.db, config, clock, mailer);
  const collectionRepository = createCollectionRepository(handle.db, app.countsRollup);
  const shared = {
    clock,
    tokenAccess: createTokenAccess(collectionRepository),
    periodAccess: createPeriodAccess(collectionRepository),
  };
  await app.register(collectionRoutes, { ...shared, enrolRateLimit: config.loginRateLimit });
  await app.register(responseRoutes, {
    ...shared,
    rateLimitPerMinute: config.submissionRateLimitPerMinute,
    linkLimit: { perHour: config.linkSubmissionsPerHour, secret: config.jwtSecret },
  });
  await app.register(exclusionRoutes);
  await app.register(periodRoutes, { periodAccess: shared.periodAccess });
  await app.register(guidelineRoutes, { clock });
  await app.register(importRoutes, { clock, threshold: config.minimumGroupSize });
  await app.register(coordinatorRoutes, { clock, mailLink });
  await app.register(userRoutes, { clock, mailLink });

  if (config.webDist) await registerWeb(app, { root: config.webDist });
  return app;
}

/** A hop count trusts that many proxies nearest to the server, as proxy-addr counts them. */
function trustedProxies(trust: AppConfig["trustProxy"]) {
  return typeof trust === "number" ? (_address: string, hop: number) => hop < trust : trust;
}

/** Publication and retention, once a day across every process, and on an administrator's request. */
function registerDailyJobs(app: FastifyInstance, db: Database, config: AppConfig, clock: Clock, mailer?: Mailer) {
  const publication = createPublicationService(db, createPublicationRepository(), {
    threshold: config.minimumGroupSize,
    clock,
  });
  const retention = createRetentionService(db, createRetentionRepository(), {
    freeTextYears: config.freeTextRetentionYears,
    clock,
  });
  const reminders = mailer
    ? createReminderJob(db, mailer, { fewAnswers: config.minimumGroupSize, log: app.log })
    : undefined;
  const scheduler = createScheduler(
    [
      { name: "publication", run: publication.publishScheduled },
      { name: "retention", run: retention.retainScheduled },
      ...(reminders ? [{ name: "reminders", run: reminders.run }] : []),
    ],
    { at: config.publicationTime, clock, log: app.log },
  );
  app.decorate("jobs", { publication, retention, reminders, scheduler });
  app.register(publicationRoutes, { publication, retention });
  if (config.scheduledJobs) app.addHook("onReady", async () => scheduler.start());
  app.addHook("onClose", () => scheduler.stop());
}
