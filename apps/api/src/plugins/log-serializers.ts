import type { FastifyRequest } from "fastify";

/**
 * What a log line may hold of a request and an error. Nothing that could
 * carry an answer, a password hash, a token or an SQL parameter: the driver's
 * errors carry the statement's parameters (a whole batch of answers), so only
 * named fields are kept, and values quoted in a message are cut out.
 */
export const logSerializers = {
  err(error: Error) {
    const e = error as Error & Record<string, unknown>;
    const named = (key: string) => (typeof e[key] === "string" ? (e[key] as string) : undefined);
    // drizzle wraps the driver's error in one whose message ends with the statement's parameters.
    const cause = e.cause instanceof Error ? (e.cause as Error & Record<string, unknown>) : undefined;
    return {
      type: e.name,
      message: withoutValues(e.message),
      cause: cause && { type: cause.name, message: withoutValues(cause.message), code: cause.code },
      code: named("code"),
      // PostgreSQL's own names of what failed: a constraint, table or column, never a value.
      routine: named("routine"),
      constraint: named("constraint_name") ?? named("constraint"),
      table: named("table_name") ?? named("table"),
      column: named("column_name") ?? named("column"),
      stack: stackFrames(e.stack ?? ""),
    };
  },

  /** The anonymous routes log no client address: with the time of the line it could point to one visitor. */
  req(request: FastifyRequest) {
    const path = request.url.split("?")[0] ?? "";
    const anonymous = anonymousPaths.some((prefix) => path.startsWith(prefix));
    return {
      method: request.method,
      url: path,
      ...(anonymous ? {} : { remoteAddress: request.ip }),
    };
  },
};

const anonymousPaths = ["/api/responses", "/api/surveys", "/api/kiosk", "/kiosk", "/enkat"];

/** Anything in quotes or parentheses of a message may be a value the statement was given. */
function withoutValues(message: string): string {
  return (message.split(/\nparams:/)[0] ?? "")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\([^)]*\)=\([^)]*\)/g, "(…)=(…)")
    .slice(0, 300);
}

/** The stack's frames only: its first line repeats the message. */
function stackFrames(stack: string): string {
  return stack
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
}
