import type { CityConfig } from '@city-app/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { KernelEnv } from '../http/context.js';
import type { ServerModule } from '../module.js';
import { describeRoute } from '../openapi/describe.js';

const localized = z.record(z.string(), z.string());

export const townInfoSchema = z.object({
  town: z.object({
    name: z.string(),
    slug: z.string(),
    state: z.string(),
    population: z.number().optional(),
    areaKm2: z.number().optional(),
    website: z.string().optional(),
    municipalityKey: z.string().optional(),
  }),
  branding: z.object({
    appName: z.string(),
    primaryColor: z.string(),
    onPrimaryColor: z.string(),
    logo: z.string().optional(),
  }),
  locales: z.array(z.string()),
  timezone: z.string(),
  legal: z
    .record(z.string(), z.unknown())
    .describe('Imprint, privacy, accessibility statement and feedback contacts.'),
  areas: z.array(z.object({ id: z.string(), name: z.string() })),
  modules: z.array(
    z.object({
      id: z.string(),
      title: localized,
      description: localized,
      field: z.string(),
      path: z.string(),
    }),
  ),
  notifications: z
    .boolean()
    .describe(
      'Whether residents can follow topics and get push notifications (the routes under /api/notify).',
    ),
});

export type TownInfo = z.infer<typeof townInfoSchema>;

/** What anyone may know about the town: no module options, no secrets. */
export function townInfo(
  city: CityConfig,
  modules: readonly ServerModule[],
  features: { notifications: boolean } = { notifications: false },
): TownInfo {
  return {
    town: city.town,
    branding: city.branding,
    locales: city.locales,
    timezone: city.timezone,
    legal: city.legal,
    areas: city.areas,
    modules: modules.map(({ manifest }) => ({
      id: manifest.id,
      title: manifest.title,
      description: manifest.description,
      field: manifest.field,
      path: manifest.path,
    })),
    notifications: features.notifications,
  };
}

export function townRoutes(
  city: CityConfig,
  modules: readonly ServerModule[],
  features?: { notifications: boolean },
): Hono<KernelEnv> {
  const info = townInfo(city, modules, features);
  return new Hono<KernelEnv>().get(
    '/',
    describeRoute({
      summary: 'The town and its enabled modules',
      description:
        'Public facts, branding, legal contacts, areas and the enabled modules (ids and titles only).',
      tags: ['town'],
      publicContent: true,
      responses: { 200: { description: 'The town', schema: townInfoSchema } },
    }),
    (c) => c.json(info),
  );
}
