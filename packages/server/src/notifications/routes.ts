import { installationInput, type Notify, resubscribeInput, topicSendInput } from '@city-app/notify';
import { notifyRoutes } from '@city-app/notify/http';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { KernelEnv } from '../http/context.js';
import type { CityEnv, RouteDescription } from '../module.js';
import { describeRoute } from '../openapi/describe.js';
import { installationRoute } from '../openapi/installation-route.js';

const TAGS = ['notifications'];
const dispatchParams = z.object({ id: z.string().describe('The dispatch’s number.') });

/** How each notify route appears in the OpenAPI document. */
const described: [method: 'get' | 'put' | 'post' | 'delete', path: string, RouteDescription][] = [
  [
    'get',
    '/topics',
    {
      summary: 'Topics a resident can follow',
      tags: TAGS,
      responses: {
        200: { description: '`{ topics: [{ id, name, description, field?, source }] }`' },
      },
    },
  ],
  [
    'get',
    '/vapid-public-key',
    {
      summary: 'The applicationServerKey for pushManager.subscribe()',
      tags: TAGS,
      responses: { 200: { description: '`{ publicKey }`, base64url' } },
    },
  ],
  [
    'put',
    '/installations/:id',
    installationRoute(
      {
        summary: 'Create or replace an installation’s preferences, adding its push subscription',
        description:
          'Anonymous: the installation id is all the app sends. Unknown topics or areas are refused naming the field.',
        tags: TAGS,
        body: installationInput,
        responses: { 200: { description: 'The installation as stored.' } },
      },
      { opensNew: true },
    ),
  ],
  [
    'get',
    '/installations/:id',
    installationRoute({
      summary: 'Everything stored about an installation (download)',
      tags: TAGS,
      responses: {
        200: { description: 'Preferences, subscriptions, deliveries and their log.' },
      },
    }),
  ],
  [
    'delete',
    '/installations/:id',
    installationRoute({
      summary: 'Delete an installation and everything stored about it',
      tags: TAGS,
      responses: {
        204: { description: 'Deleted.' },
      },
    }),
  ],
  [
    'put',
    '/installations/:id/subscription',
    installationRoute({
      summary: 'Replace the push subscription, keeping the preferences (pushsubscriptionchange)',
      tags: TAGS,
      body: resubscribeInput,
      responses: {
        200: { description: 'The installation as stored.' },
      },
    }),
  ],
  [
    'post',
    '/installations/:id/unsubscribe',
    installationRoute({
      summary: 'Remove one push subscription',
      tags: TAGS,
      body: z.object({ endpoint: z.string() }),
      responses: {
        204: { description: 'Removed.' },
        404: { description: 'No such subscription.' },
      },
    }),
  ],
  [
    'post',
    '/installations/:id/test',
    installationRoute({
      summary: 'Send a test notification to this installation only',
      tags: TAGS,
      responses: {
        202: { description: '`{ dispatchId, recipients }`' },
        429: { description: 'A test was sent moments ago.' },
      },
    }),
  ],
  [
    'post',
    '/dispatches',
    {
      summary: 'Send a notification to a topic',
      description:
        'The same idempotencyKey sends once: 201 for a new dispatch, 200 for a known one.',
      tags: TAGS,
      role: 'editor',
      body: topicSendInput,
      responses: {
        201: { description: '`{ dispatchId, created: true }`' },
        200: { description: '`{ dispatchId, created: false }`: sent before with this key.' },
      },
    },
  ],
  [
    'get',
    '/dispatches',
    {
      summary: 'Recent dispatches with their delivery figures',
      tags: TAGS,
      role: 'editor',
      responses: { 200: { description: '`{ dispatches: [...] }`' } },
    },
  ],
  [
    'get',
    '/dispatches/:id',
    {
      summary: 'One dispatch: recipients, sent, pending, failed, gone',
      tags: TAGS,
      role: 'editor',
      params: dispatchParams,
      responses: {
        200: { description: 'The figures.' },
        404: { description: 'No such dispatch.' },
      },
    },
  ],
];

/**
 * Notify's HTTP routes for `/api/notify`: `notifyRoutes` from `@city-app/notify/http` behind
 * `describeRoute()` descriptions, so they appear in `/api/openapi.json` and their input is
 * checked the same way as every other route's.
 */
export function notificationRoutes(
  notify: Notify,
  requireEditor: MiddlewareHandler<CityEnv>,
  admitNewInstallation?: MiddlewareHandler<CityEnv>,
): Hono<KernelEnv> {
  const app = new Hono<KernelEnv>();
  for (const [method, path, description] of described)
    app[method](path, describeRoute(description));
  app.route(
    '/',
    notifyRoutes(notify, {
      requireEditor,
      ...(admitNewInstallation ? { admitNewInstallation } : {}),
    }),
  );
  return app;
}
