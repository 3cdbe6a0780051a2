import Ajv, { type Options } from "ajv";
import addFormats from "ajv-formats";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";
import { textProblems } from "./text-rule.ts";

const shared: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

/**
 * Bodies are validated as sent: no coercion, so `"password": 123` is a 400 and
 * not silently the string "123". Query strings, path parameters and headers are
 * text on the wire and are coerced to the declared types.
 */
export function registerValidation(app: FastifyInstance): void {
  const strict = addFormats(new Ajv({ ...shared, coerceTypes: false }));
  const coercing = addFormats(new Ajv({ ...shared, coerceTypes: true }));
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === "body" ? strict.compile(schema) : coercing.compile(schema),
  );
  // One rule for every text of every route, before its own schema: what PostgreSQL cannot store is a 400
  // naming the field, never a 500 (nor a failed batch of other people's answers).
  app.addHook("preValidation", async (request) => {
    const problems = [
      ...textProblems(request.params, "params"),
      ...textProblems(request.query, "query"),
      ...textProblems(request.body, "body"),
    ];
    if (problems.length > 0) throw new AppError(400, "validation_failed", "Begäran innehåller fel.", problems);
  });
}
