import type { CityEnv, ModuleServerContext } from '@city-app/server';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import type { ReportsConfig } from '../../config.js';
import { open311Error } from '../../errors/open311.js';
import { publicOrigin, text } from '../notices/texts.js';
import { createRequest } from '../open311/create.js';
import {
  type Format,
  open311ErrorHandler,
  requestLocale,
  respond,
  respondDocument,
  splitFormat,
} from '../open311/format.js';
import { dateParam, listParam, statusParam } from '../open311/query.js';
import { listRequests, type RequestsView, readRequest } from '../open311/requests.js';
import { listServices, serviceDefinition } from '../open311/services.js';
import { listUpdates } from '../open311/updates.js';

/** The standard's page, named in the discovery document. */
const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
/** When this server's Open311 answers last changed shape, for clients that cache discovery. */
const CHANGESET = '2026-12-06T00:00:00Z';

/**
 * An Open311 GeoReport v2 server at `/open311` (the module's `rootRoutes`): discovery, the
 * categories as services, published reports as requests (read, and created with an API key),
 * and the `servicerequestupdates` extension. JSON or XML by the address's ending; errors as
 * the standard writes them, in the request's language.
 */
export function open311Routes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  app.onError(open311ErrorHandler(ctx.log));
  // Public data: a county's web map may read it from its own origin. Creating stays with
  // servers, whose keys never sit in a browser.
  app.use('*', cors({ origin: '*', allowMethods: ['GET'] }));
  const view = (c: Context<CityEnv>): RequestsView => ({
    config: ctx.config,
    locale: requestLocale(c),
    origin: publicOrigin(ctx.env, c.req.url),
  });
  const notFound = (c: Context<CityEnv>) =>
    open311Error('open311_not_found', { path: c.req.path.slice(0, 120) });

  app.get('/discovery.json', (c) => {
    const origin = publicOrigin(ctx.env, c.req.url);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({
      changeset: CHANGESET,
      contact: ctx.city.legal.feedbackEmail ?? '',
      key_service: text(requestLocale(c), 'reports.open311.keyService'),
      endpoints: [
        {
          specification: SPECIFICATION,
          url: `${origin}/open311/v2`,
          changeset: CHANGESET,
          type: 'production',
          formats: ['application/json', 'text/xml'],
        },
      ],
    });
  });

  app.get('/v2/services/:file', (c) => {
    const { name, format } = splitFormat(c.req.param('file'));
    const { service_code, attributes } = serviceDefinition(ctx.config, name);
    return respondDocument(c, format, {
      root: 'service_definition',
      json: { service_code, attributes },
      xml: { service_code, attribute: attributes },
    });
  });

  app.get('/v2/requests/:file', async (c) => {
    const { name, format } = splitFormat(c.req.param('file'));
    const request = await readRequest(ctx.db, name, view(c));
    return respond(c, format, { root: 'service_requests', item: 'request', items: [request] });
  });

  app.get('/v2/:file', async (c) => {
    const { name, format } = splitFormat(c.req.param('file'));
    const query = (key: string) => c.req.query(key);
    if (name === 'services') {
      return respond(c, format, {
        root: 'services',
        item: 'service',
        items: listServices(ctx.config, requestLocale(c)),
      });
    }
    if (name === 'requests') {
      const items = await listRequests(
        ctx.db,
        {
          ids: listParam(query('service_request_id'), 'service_request_id'),
          serviceCodes: listParam(query('service_code'), 'service_code'),
          statuses: statusParam(query('status')),
          start: dateParam(query('start_date'), 'start_date'),
          end: dateParam(query('end_date'), 'end_date'),
        },
        view(c),
      );
      return respond(c, format, { root: 'service_requests', item: 'request', items });
    }
    if (name === 'servicerequestupdates') {
      const range = {
        after: dateParam(query('updated_after'), 'updated_after'),
        before: dateParam(query('updated_before'), 'updated_before'),
      };
      const items = await listUpdates(ctx.db, range, requestLocale(c));
      return respond(c, format, { root: 'service_request_updates', item: 'request_update', items });
    }
    throw notFound(c);
  });

  app.post('/v2/:file', async (c) => {
    const { name, format } = splitFormat(c.req.param('file'));
    if (name !== 'requests') throw notFound(c);
    const created = await createRequest(ctx, c);
    return respond(
      c,
      format as Format,
      { root: 'service_requests', item: 'request', items: [created] },
      201,
    );
  });

  app.all('*', (c) => {
    throw notFound(c);
  });
  return app;
}
