import { parseArgs } from "node:util";
import { createDatabase, type DatabaseHandle, hashCollectionToken, newCollectionToken } from "@fcs/db";
import { loadConfigOrExit } from "../config.ts";
import { createAccountRepository } from "../modules/accounts/repository.ts";
import { normaliseEmail } from "../modules/auth/email.ts";
import { type LinkKind, linkPath } from "../modules/mail/link-mail.ts";

/** As long as an invitation: a week. */
const linkLifetimeMs = 7 * 24 * 60 * 60 * 1000;

const usage = `Usage (npm run admin -- <command>, or node apps/api/dist/admin.js <command>):
  create-admin --email <e-mail> --name <name>   a new administrator; prints a one-time link to set the password
  reset-password --email <e-mail>               prints a one-time link to set a new password (ends all sessions when used)
  deactivate --email <e-mail>                   deactivates the account and ends its sessions at once
  list-users                                    every account with role and status`;

export class UsageError extends Error {}

/**
 * The operator's account commands against the configured database: the
 * first administrator of an installation, a forgotten password, a leaver.
 * No SQL by hand, ever. Returns what to print.
 */
export async function runAdminCommand(argv: string[], handle: DatabaseHandle, baseUrl = ""): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" } },
  });
  const accounts = createAccountRepository(handle.db);
  const email = values.email ? normaliseEmail(values.email) : "";
  const link = (kind: LinkKind) => {
    const token = newCollectionToken();
    return {
      path: `${baseUrl}${linkPath(kind, token)}`,
      stored: { tokenHash: hashCollectionToken(token), expiresAt: new Date(Date.now() + linkLifetimeMs) },
    };
  };
  const existing = async () => {
    if (!email) throw new UsageError("--email is required");
    const account = await accounts.findByEmail(email);
    if (!account) throw new UsageError(`no account with the e-mail ${email}`);
    return account;
  };

  switch (positionals[0]) {
    case "create-admin": {
      const name = values.name?.trim();
      if (!email.includes("@") || !name) throw new UsageError("--email and --name are required");
      if (await accounts.findByEmail(email)) throw new UsageError(`an account with the e-mail ${email} exists already`);
      const { path, stored } = link("invite");
      await accounts.createAdmin(email, name, stored);
      return `Administrator ${email} created. Open this link within 7 days to set the password:\n${path}`;
    }
    case "reset-password": {
      const account = await existing();
      const { path, stored } = link("reset");
      await accounts.newPasswordLink(account.id, stored);
      return `Open this link within 7 days to set a new password for ${email}:\n${path}`;
    }
    case "deactivate": {
      const account = await existing();
      await accounts.deactivate(account.id);
      return `${email} is deactivated; every session of the account has ended.`;
    }
    case "list-users": {
      const rows = await accounts.list();
      return rows.map((r) => `${r.role.padEnd(18)} ${r.status.padEnd(11)} ${r.email} (${r.displayName})`).join("\n");
    }
    default:
      throw new UsageError(usage);
  }
}

async function main() {
  const config = loadConfigOrExit();
  const handle = createDatabase(config.database);
  try {
    await handle.migrate();
    const output = await runAdminCommand(
      process.argv.slice(2),
      handle,
      process.env.PUBLIC_URL?.replace(/\/$/, "") ?? "",
    );
    process.stdout.write(`${output}\n`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  } finally {
    await handle.close();
  }
}

// Run as a program (tsx or the compiled bundle), not when a test imports it.
if (process.argv[1] && /admin\.(ts|js)$/.test(process.argv[1])) await main();
