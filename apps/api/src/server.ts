import { buildApp } from "./app.ts";
import { loadConfigOrExit } from "./config.ts";

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await buildApp(config);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { url: `http://localhost:${config.port}`, database: config.database.kind, env: config.env },
    "Familjecentralsuppföljningen is ready",
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
