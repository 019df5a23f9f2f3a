import type { AddressInfo } from 'node:net';
import { cityError } from '@city-app/core';
import { serve } from '@hono/node-server';
import type { Logger } from '../module.js';
import { readSetting } from '../settings/settings.js';
import { DEFAULT_HOST, DEFAULT_PORT, type ListeningServer } from './options.js';
import { wholeNumberSetting } from './start-settings.js';

/** How long open requests may still finish when the server stops. */
const CLOSE_GRACE_MS = 3000;

export interface Lifecycle {
  listen(options?: { port?: number; host?: string }): Promise<ListeningServer>;
  close(): Promise<void>;
}

/**
 * `listen()` and `close()` of a composed server: HTTP servers on demand, SIGTERM and SIGINT
 * closing everything until `close()`, and `shutdown` (background work, database) run once
 * after the HTTP servers have stopped.
 */
export function lifecycle(options: {
  fetch: (request: Request) => Response | Promise<Response>;
  env: Record<string, string | undefined>;
  log: Logger;
  appName: string;
  shutdown(): Promise<void>;
}): Lifecycle {
  const { env, log } = options;
  const listening = new Set<ListeningServer>();
  let closed = false;
  let handlingSignals = false;
  const onSignal = (signal: NodeJS.Signals) => {
    log.info(`${signal} received: closing the server and the database`);
    void self.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('Closing failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  const self: Lifecycle = {
    async listen(listenOptions = {}) {
      const port = listenOptions.port ?? wholeNumberSetting(env, 'PORT') ?? DEFAULT_PORT;
      const host = listenOptions.host ?? readSetting(env, 'HOST') ?? DEFAULT_HOST;
      const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
        const started = serve({ fetch: options.fetch, port, hostname: host }, () =>
          resolveServer(started),
        );
        started.once('error', (error: NodeJS.ErrnoException) =>
          reject(
            error.code === 'EADDRINUSE'
              ? cityError('port_in_use', { port, host }, { field: 'PORT' })
              : error,
          ),
        );
      });
      const address = server.address() as AddressInfo;
      const shownHost =
        host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      const url = `http://${shownHost}:${address.port}`;
      log.info(`${options.appName} is listening on ${url}`);
      const handle: ListeningServer = {
        url,
        close: () =>
          new Promise<void>((done) => {
            listening.delete(handle);
            const http = server as {
              closeIdleConnections?: () => void;
              closeAllConnections?: () => void;
            };
            // A client that keeps a request open must not hold the stop past the grace a
            // container gets (10 s by default before it is killed): after a few seconds its
            // connection is closed too.
            const grace = setTimeout(() => http.closeAllConnections?.(), CLOSE_GRACE_MS);
            grace.unref();
            server.close(() => {
              clearTimeout(grace);
              done();
            });
            http.closeIdleConnections?.();
          }),
      };
      if (!handlingSignals) {
        handlingSignals = true;
        process.once('SIGTERM', onSignal);
        process.once('SIGINT', onSignal);
      }
      listening.add(handle);
      return handle;
    },
    async close() {
      if (closed) return;
      closed = true;
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await Promise.all([...listening].map((handle) => handle.close()));
      await options.shutdown();
    },
  };
  return self;
}
