import { z } from 'zod';

const idPattern = /^[a-z][a-z0-9-]{1,30}$/;

/** Loopback hosts: the only ones a forwarding endpoint may reach without TLS (a local proxy). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An outside Open311 GeoReport v2 server that handles some categories itself — typically the
 * county's road authority. Confirmed reports of those categories are sent there, and its
 * status changes come back to the report.
 */
export const forwardingTargetSchema = z.strictObject({
  id: z.string().regex(idPattern).describe('Stable id, e.g. `landkreis`.'),
  name: z
    .strictObject({
      de: z.string().trim().min(2).max(80),
      en: z.string().trim().min(2).max(80),
    })
    .describe('Who handles the reports, as residents and staff read it.'),
  endpoint: z
    .url()
    .max(300)
    .refine(
      (url) => {
        const { protocol, hostname } = new URL(url);
        return protocol === 'https:' || (protocol === 'http:' && LOOPBACK.has(hostname));
      },
      { message: 'Use an https address (http only for this machine).' },
    )
    .describe('The GeoReport v2 base address, e.g. `https://open311.landkreis.example/v2`.'),
  apiKeyEnv: z
    .string()
    .regex(/^CITY_APP_[A-Z0-9_]{2,60}$/, 'An environment variable starting with CITY_APP_.')
    .describe('The environment variable holding the API key (never in the config file).'),
  jurisdictionId: z.string().trim().min(1).max(80).optional(),
  services: z
    .record(z.string().regex(idPattern), z.string().trim().min(1).max(80))
    .refine((services) => Object.keys(services).length > 0, {
      message: 'Name at least one category and its service_code there.',
    })
    .describe('Which categories go there: category id → the service_code of that server.'),
});

export type ForwardingTarget = z.output<typeof forwardingTargetSchema>;

/** The target that handles `category`, if any. */
export function targetFor(
  targets: readonly ForwardingTarget[],
  category: string,
): ForwardingTarget | undefined {
  return targets.find((t) => Object.hasOwn(t.services, category));
}
