// Builds the web app when apps/web/dist is missing or older than its sources,
// so `npm start` on a fresh clone serves the UI without a separate build step.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const web = new URL("../apps/web/", import.meta.url).pathname;
const api = new URL("../apps/api/src/", import.meta.url).pathname;
const built = join(web, "dist", "index.html");
const sources = [join(web, "src"), join(web, "public"), join(web, "index.html"), join(web, "vite.config.ts"), api];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newest))) {
  console.warn("Building the web app (apps/web/dist) …");
  // Always the production build, whoever asks (the test runner sets NODE_ENV=test): what is tested is what ships.
  execSync("npm run build -w @fcs/web", { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}
