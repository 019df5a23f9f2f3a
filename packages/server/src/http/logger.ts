import type { Logger } from '../module.js';

function line(message: string, details?: Record<string, unknown>): string {
  return details && Object.keys(details).length ? `${message} ${JSON.stringify(details)}` : message;
}

/** One line per message on the console; warnings and errors on stderr. */
export const consoleLogger: Logger = {
  info: (message, details) => console.log(`[city-app] ${line(message, details)}`),
  warn: (message, details) => console.warn(`[city-app] ${line(message, details)}`),
  error: (message, details) => console.error(`[city-app] ${line(message, details)}`),
};

/** The same logger with `module` added to every line's details. */
export function moduleLogger(log: Logger, module: string): Logger {
  return {
    info: (message, details) => log.info(message, { module, ...details }),
    warn: (message, details) => log.warn(message, { module, ...details }),
    error: (message, details) => log.error(message, { module, ...details }),
  };
}
