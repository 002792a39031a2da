// What use cases, listeners and channels log through: the subset of pino (Fastify's logger) they
// use, so that nothing below the HTTP layer needs Fastify.

export interface Log {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

/** For a context without a logger (command-line tools, some tests). */
export const silentLog: Log = { info() {}, warn() {}, error() {} };
