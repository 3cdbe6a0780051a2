import type { Endpoint } from "@fcs/contracts/endpoint";
import type { FastifyInstance } from "fastify";

/**
 * The route options of an endpoint of the contract: its method and path, the guard its access
 * names (the permission table's action, or none for public and token routes) and its schemas.
 * A route file spreads this and adds the handler, so every route is registered from the table.
 */
export function endpointRoute<const E extends Endpoint>(app: FastifyInstance, endpoint: E) {
  const { method, path, access, tag, summary, description, ...schemas } = endpoint;
  const signedIn = access !== "public" && access !== "collection-token";
  return {
    method,
    url: path,
    ...(signedIn ? { onRequest: app.authorize(access) } : {}),
    schema: {
      tags: [tag],
      summary,
      ...(description ? { description } : {}),
      ...(signedIn ? { security: [{ bearerAuth: [] }] } : {}),
      ...schemas,
    },
  };
}
