import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { notFound } from "../errors.ts";

/**
 * Serves the built web app on the API's port. Hashed assets are cached for a
 * year; every other path that is not an API path gets index.html, so the
 * client-side router can take deep links.
 */
export async function registerWeb(app: FastifyInstance, options: { root: string }): Promise<void> {
  await app.register(fastifyStatic, {
    root: options.root,
    wildcard: false,
    index: false,
    setHeaders(reply, path) {
      const hashed = path.includes("/assets/");
      reply.header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  const sendIndex = (_request: unknown, reply: FastifyReply) => {
    reply.header("cache-control", "no-cache");
    return reply.sendFile("index.html");
  };
  app.get("/", { schema: { hide: true } }, sendIndex);
  app.get("/*", { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith("/api/") || request.url === "/api") {
      throw notFound(`Det finns ingen resurs ${request.method} ${request.url.split("?")[0]}.`);
    }
    return sendIndex(request, reply);
  });
}
