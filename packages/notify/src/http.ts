/**
 * The HTTP face of notify: a thin Hono app that a module or the kernel mounts (e.g. under
 * `/api/notify`). Residents are anonymous: an installation id (a UUID the app makes once)
 * is all they send. Editor routes are guarded by the middleware the kernel provides.
 */
import { CityAppError, cityError, localeFromAcceptLanguage } from '@city-app/core';
import { Hono, type MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { notifyErrors } from './errors.js';
import type { Notify } from './notify.js';
import { topicSendInput } from './schemas.js';
import { parse } from './validate.js';

export interface NotifyRoutesOptions {
  /** Lets only editors pass (the kernel's `requireRole('editor')`). Required for the editor routes. */
  requireEditor: MiddlewareHandler;
  /**
   * Runs before a PUT that would create an installation (not one that updates it), e.g. the
   * kernel's limit on new installations per address; it may answer instead (429).
   */
  admitNewInstallation?: MiddlewareHandler;
}

// Through Hono's request, whose body cache lets a validating middleware read it first.
async function json(req: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw cityError('notify_body_not_json', {}, { field: 'body' });
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the mounting app decides the Env.
export function notifyRoutes(notify: Notify, options: NotifyRoutesOptions): Hono<any> {
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  const app = new Hono<any>();
  app.onError((error, c) => {
    const locale = localeFromAcceptLanguage(c.req.header('accept-language'));
    if (error instanceof CityAppError)
      return c.json(error.toJSON(locale), error.status as ContentfulStatusCode);
    notify.log?.error('Notify route failed', { error: String(error) });
    return c.json(cityError('internal_error').toJSON(locale), 500);
  });

  app.get('/topics', async (c) => c.json({ topics: await notify.topics.list() }));
  app.get('/vapid-public-key', (c) => c.json({ publicKey: notify.vapid.publicKey }));

  const admitNew: MiddlewareHandler = async (c, next) => {
    const admit = options.admitNewInstallation;
    if (!admit || (await notify.installations.get(c.req.param('id') ?? ''))) return next();
    return admit(c, next);
  };
  app.put('/installations/:id', admitNew, async (c) => {
    const installation = await notify.installations.upsert(
      c.req.param('id'),
      (await json(c.req)) as never,
    );
    return c.json(installation);
  });
  app.get('/installations/:id', async (c) => {
    const data = await notify.installations.export(c.req.param('id'));
    if (!data) throw notifyErrors.notFound('installation');
    c.header('content-disposition', 'attachment; filename="benachrichtigungen.json"');
    c.header('cache-control', 'no-store');
    return c.json(data);
  });
  app.delete('/installations/:id', async (c) => {
    if (!(await notify.installations.delete(c.req.param('id'))))
      throw notifyErrors.notFound('installation');
    return c.body(null, 204);
  });
  // The browser replaced its subscription (the service worker's pushsubscriptionchange).
  app.put('/installations/:id/subscription', async (c) => {
    const installation = await notify.installations.resubscribe(
      c.req.param('id'),
      (await json(c.req)) as never,
    );
    if (!installation) throw notifyErrors.notFound('installation');
    return c.json(installation);
  });
  app.post('/installations/:id/unsubscribe', async (c) => {
    const body = (await json(c.req)) as { endpoint?: unknown };
    if (typeof body?.endpoint !== 'string')
      throw cityError('notify_endpoint_mismatch', {}, { field: 'endpoint' });
    if (!(await notify.installations.unsubscribe(c.req.param('id'), body.endpoint))) {
      throw notifyErrors.notFound('subscription');
    }
    return c.body(null, 204);
  });

  // A test notification to this installation only, so a resident sees that push works.
  app.post('/installations/:id/test', async (c) => {
    const result = await notify.installations.sendTest(c.req.param('id'));
    if (!result) throw notifyErrors.notFound('installation');
    return c.json(result, 202);
  });

  // Editors send to topics; a message to one installation comes from a module's own flow.
  app.post('/dispatches', options.requireEditor, async (c) => {
    const body = await json(c.req);
    if (typeof body === 'object' && body !== null && 'installationId' in body) {
      throw cityError('notify_no_single_installation', {}, { field: 'installationId' });
    }
    const input = parse(topicSendInput, body);
    const result = await notify.db.transaction((tx) => notify.send(tx, input));
    return c.json(result, result.created ? 201 : 200);
  });
  app.get('/dispatches', options.requireEditor, async (c) =>
    c.json({ dispatches: await notify.dispatches.list() }),
  );
  app.get('/dispatches/:id', options.requireEditor, async (c) => {
    const figures = await notify.dispatches.get(c.req.param('id'));
    if (!figures) throw notifyErrors.notFound('dispatch');
    return c.json(figures);
  });
  return app;
}
