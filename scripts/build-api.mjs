// Compiles the API server to one JavaScript file, apps/api/dist/server.js, that plain `node` runs
// (the production image does; development runs the TypeScript through tsx). The workspace packages
// (@fcs/contracts, @fcs/db, @fcs/surveys) are TypeScript and are bundled in; every other dependency stays in
// node_modules, as npm installs it: native (argon2), WebAssembly (PGlite) and large (office formats) alike.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const manifest = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const external = [
  ...new Set(
    [
      "../apps/api/package.json",
      "../packages/contracts/package.json",
      "../packages/db/package.json",
      "../packages/surveys/package.json",
    ]
      .flatMap((path) => Object.keys(manifest(path).dependencies ?? {}))
      .filter((name) => !name.startsWith("@fcs/")),
  ),
];

await build({
  // The server, and the operator's account commands (create-admin, reset-password, …).
  entryPoints: {
    server: new URL("../apps/api/src/server.ts", import.meta.url).pathname,
    admin: new URL("../apps/api/src/cli/admin.ts", import.meta.url).pathname,
  },
  outdir: new URL("../apps/api/dist", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  // Subpaths of the external packages (drizzle-orm/pg-core, @electric-sql/pglite/…) stay external too.
  external: external.flatMap((name) => [name, `${name}/*`]),
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
console.log("built apps/api/dist/server.js and apps/api/dist/admin.js");
