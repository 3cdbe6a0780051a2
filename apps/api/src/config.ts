import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseTarget } from "@fcs/db";
import { defaultThreshold, lowestThreshold } from "./modules/results/suppression.ts";

export type RuntimeEnvironment = "development" | "production" | "test";

export interface AppConfig {
  env: RuntimeEnvironment;
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseTarget;
  jwtSecret: string;
  /** How long a sign-in lasts. */
  sessionTtlSeconds: number;
  demoData: boolean;
  logLevel: string;
  /** Built web app to serve on the same port; absent when there is none (tests, `npm run dev`). */
  webDist?: string;
  /** Sign-in and tablet-enrolment attempts per IP address (and e-mail) in the window. */
  loginRateLimit: { max: number; windowMs: number };
  /** Submissions per minute per collection token. */
  submissionRateLimitPerMinute: number;
  /** The minimum group size: no result built on fewer answers leaves the server. */
  minimumGroupSize: number;
  /**
   * Which proxies in front may name the client (X-Forwarded-For): a hop count or
   * their addresses; false when none is trusted. Never "all": any client could
   * then choose its own address and escape every limit per address.
   */
  trustProxy: number | string[] | false;
  /** Submissions per hour from one client (address and token) through a visitor or staff link. */
  linkSubmissionsPerHour: number;
  /** The Swedish time of day (HH:MM) the daily publication and retention run. */
  publicationTime: string;
  /** Whether the OpenAPI document and its browsable UI are served (off in production unless asked for). */
  apiDocs: boolean;
  /** Whether this process checks for due daily work (off in tests, which run it themselves). */
  scheduledJobs: boolean;
  /** Years after a year's annual report is final that its free-text answers are erased. */
  freeTextRetentionYears: number;
  /** Outgoing e-mail; absent without SMTP_URL, and then links are shown in the interface instead. */
  mail?: MailConfig;
}

export interface MailConfig {
  /** smtp://user:password@host:587 or smtps://…:465, as nodemailer takes it. */
  smtpUrl: string;
  /** The sender, e.g. "Familjecentraler Skåne <familjecentraler@region.example>". */
  from: string;
  /** The address users open the product at: links in e-mails are absolute. */
  publicUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const minimumSecretLength = 32;
const minimumDistinctCharacters = 16;

/**
 * Reads the process environment into a typed configuration. Every wrong value is
 * reported at once, each with the variable's name, so a failed start says what to fix.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = parseEnvironment(env.NODE_ENV, problems);
  const production = nodeEnv === "production";
  const port = parseInteger("PORT", env.PORT, 3000, { min: 0, max: 65535 }, problems);
  const dataDir = resolve(env.DATA_DIR?.trim() || "./data");
  const database = parseDatabase(env.DATABASE_URL, dataDir, problems);
  const demoData = parseBoolean("DEMO_DATA", env.DEMO_DATA, !production, problems);
  if (production && demoData) problems.push("DEMO_DATA: demo data is never created when NODE_ENV=production");
  const jwtSecret = parseJwtSecret(env.JWT_SECRET, production, problems);
  const sessionHours = parseInteger("SESSION_HOURS", env.SESSION_HOURS, 10, { min: 1, max: 24 * 30 }, problems);
  const loginMax = parseInteger("LOGIN_RATE_LIMIT", env.LOGIN_RATE_LIMIT, 10, { min: 1, max: 10000 }, problems);
  const submissionMax = parseInteger(
    "SUBMISSION_RATE_LIMIT",
    env.SUBMISSION_RATE_LIMIT,
    300,
    { min: 1, max: 1_000_000 },
    problems,
  );
  // docs/domain.md: never fewer than five by default; an installation may choose more, or at the very least three.
  const minimumGroupSize = parseInteger(
    "RESULTS_MIN_GROUP",
    env.RESULTS_MIN_GROUP,
    defaultThreshold,
    { min: lowestThreshold, max: 100 },
    problems,
  );
  const linkSubmissionsPerHour = parseInteger(
    "LINK_SUBMISSIONS_PER_HOUR",
    env.LINK_SUBMISSIONS_PER_HOUR,
    6,
    { min: 1, max: 10_000 },
    problems,
  );
  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
  const publicationTime = parseTimeOfDay("PUBLICATION_TIME", env.PUBLICATION_TIME, "03:00", problems);
  const apiDocs = parseBoolean("API_DOCS", env.API_DOCS, !production, problems);
  const scheduledJobs = parseBoolean("SCHEDULED_JOBS", env.SCHEDULED_JOBS, nodeEnv !== "test", problems);
  const freeTextRetentionYears = parseInteger(
    "RETENTION_FREE_TEXT_YEARS",
    env.RETENTION_FREE_TEXT_YEARS,
    2,
    { min: 0, max: 50 },
    problems,
  );
  const webDist = parseWebDist(env.WEB_DIST, problems);
  const mail = parseMail(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: nodeEnv,
    host: env.HOST?.trim() || (production ? "0.0.0.0" : "127.0.0.1"),
    port,
    dataDir,
    database,
    jwtSecret: jwtSecret ?? developmentSecret(dataDir),
    sessionTtlSeconds: sessionHours * 3600,
    demoData,
    logLevel: env.LOG_LEVEL?.trim() || "info",
    webDist,
    loginRateLimit: { max: loginMax, windowMs: 15 * 60 * 1000 },
    submissionRateLimitPerMinute: submissionMax,
    minimumGroupSize,
    trustProxy,
    linkSubmissionsPerHour,
    publicationTime,
    apiDocs,
    scheduledJobs,
    freeTextRetentionYears,
    ...(mail ? { mail } : {}),
  };
}

function parseMail(env: NodeJS.ProcessEnv, problems: string[]): MailConfig | undefined {
  const smtpUrl = env.SMTP_URL?.trim() ?? "";
  if (smtpUrl === "") return undefined;
  if (!/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) problems.push("SMTP_URL: expected smtp://host:port or smtps://host:port");
  const from = env.MAIL_FROM?.trim() ?? "";
  if (!/@/.test(from))
    problems.push(
      'MAIL_FROM: the sender\'s address is required with SMTP_URL, e.g. "Familjecentraler <noreply@region.example>"',
    );
  const publicUrl = (env.PUBLIC_URL?.trim() ?? "").replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/]+/.test(publicUrl))
    problems.push(
      "PUBLIC_URL: the address users open, e.g. https://familjecentraler.region.example, is required with SMTP_URL (links in e-mails are absolute)",
    );
  return { smtpUrl, from, publicUrl };
}

function parseTrustProxy(value: string | undefined, problems: string[]): number | string[] | false {
  const v = value?.trim() ?? "";
  if (v === "" || v === "false" || v === "0") return false;
  if (/^\d+$/.test(v)) return Number(v);
  if (v === "true" || v === "*") {
    problems.push(
      `TRUST_PROXY: "${v}" would trust any client's X-Forwarded-For; give a hop count or the proxies' addresses`,
    );
    return false;
  }
  const addresses = v.split(",").map((a) => a.trim());
  if (addresses.some((a) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(a))) {
    problems.push(`TRUST_PROXY: expected a hop count or comma-separated addresses or CIDR ranges, got "${value}"`);
    return false;
  }
  return addresses;
}

function parseTimeOfDay(name: string, value: string | undefined, fallback: string, problems: string[]): string {
  if (value === undefined || value.trim() === "") return fallback;
  const v = value.trim();
  if (/^([01]\d|2[0-3]):[0-5]\d$/.test(v)) return v;
  problems.push(`${name}: expected a time of day as HH:MM (00:00–23:59), got "${value}"`);
  return fallback;
}

/** The configuration for a program's start: a wrong value ends the process with one line per problem. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** The web app built by `npm run build`; served when present, so `npm start` is one process on one port. */
const builtWebApp = fileURLToPath(new URL("../../web/dist", import.meta.url));

function parseWebDist(value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined || value.trim() === "") {
    return existsSync(join(builtWebApp, "index.html")) ? builtWebApp : undefined;
  }
  const dir = resolve(value);
  if (!existsSync(join(dir, "index.html"))) {
    problems.push(`WEB_DIST: no index.html in ${dir} (build the web app with "npm run build")`);
  }
  return dir;
}

function parseEnvironment(value: string | undefined, problems: string[]): RuntimeEnvironment {
  const v = value?.trim() || "development";
  if (v === "development" || v === "production" || v === "test") return v;
  problems.push(`NODE_ENV: expected development, production or test, got "${value}"`);
  return "development";
}

function parseInteger(
  name: string,
  value: string | undefined,
  fallback: number,
  range: { min: number; max: number },
  problems: string[],
): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < range.min || n > range.max) {
    problems.push(`${name}: expected a whole number from ${range.min} to ${range.max}, got "${value}"`);
    return fallback;
  }
  return n;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (value === undefined || value.trim() === "") return fallback;
  const v = value.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(v)) return true;
  if (["0", "false", "no", "off"].includes(v)) return false;
  problems.push(`${name}: expected true or false, got "${value}"`);
  return fallback;
}

function parseDatabase(value: string | undefined, dataDir: string, problems: string[]): DatabaseTarget {
  if (value === undefined || value.trim() === "") return { kind: "pglite", dataDir: join(dataDir, "pglite") };
  try {
    const url = new URL(value);
    if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
      problems.push(`DATABASE_URL: expected a postgres:// or postgresql:// URL, got protocol "${url.protocol}"`);
    }
  } catch {
    problems.push("DATABASE_URL: not a valid URL (expected postgres://user:password@host:5432/database)");
  }
  return { kind: "postgres", url: value.trim() };
}

function parseJwtSecret(value: string | undefined, production: boolean, problems: string[]): string | undefined {
  if (value !== undefined && value.trim() !== "") {
    if (value.length < minimumSecretLength) {
      problems.push(`JWT_SECRET: must be at least ${minimumSecretLength} characters long`);
    } else if (production && new Set(value).size < minimumDistinctCharacters) {
      // "changemechangemechangemechangeme" is long enough and guessable: a real secret is random.
      problems.push(
        `JWT_SECRET: has fewer than ${minimumDistinctCharacters} different characters; use a random one (openssl rand -base64 48)`,
      );
    }
    return value;
  }
  if (production) problems.push("JWT_SECRET: required when NODE_ENV=production");
  return undefined;
}

/** Outside production a secret is generated once and kept in DATA_DIR, so sign-ins survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, "jwt-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
