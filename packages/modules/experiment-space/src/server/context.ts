import {
  type BookingRules,
  type BookingService,
  DEFAULT_RULES,
  type PartialRules,
  type Resource,
} from '@city-app/booking';
import type { CityConfig } from '@city-app/core';
import type { Database, Logger, Queryable } from '@city-app/server';
import type { BookerGroup, Rules } from '../api.js';
import { type ExperimentSpaceConfig, type RulesConfig, rulesSchema } from '../config.js';

/** What every part of the module's server works with. */
export interface SpaceContext {
  db: Database;
  booking: BookingService;
  config: ExperimentSpaceConfig;
  city: CityConfig;
  timezone: string;
  log: Logger;
  now(): Date;
  /** Base path of the screens, e.g. `/experimentierraum`. */
  webPath: string;
  /** Base path of the API, e.g. `/api/experiment-space`. */
  apiPath: string;
  /** Absolute origin for links in e-mails; else the origin a booking was made from. */
  publicUrl?: string;
  /** Push to residents who follow a topic, or to one booker's device, when the kernel offers it. */
  notify?: PushNotify;
  /** Deletes every stored copy of mail naming `address` (the kernel's and this module's). */
  forgetMailRecipient(address: string): Promise<void>;
}

/** The part of the kernel's `ctx.notify` this module uses (optional: older kernels lack it). */
export interface PushNotify {
  send(
    tx: Queryable,
    input: {
      /** Everyone who follows this topic … */
      topic?: string;
      /** … or only the subscriptions of this one installation (a booker who opted in). */
      installationId?: string;
      title: { de: string; en?: string };
      body: { de: string; en?: string };
      url?: string;
      idempotencyKey: string;
    },
  ): Promise<unknown>;
}

/** The rules a library sets: the fields of the config's rules, which the booking core defines. */
export const RULE_FIELDS = Object.keys(rulesSchema.shape) as (keyof RulesConfig)[];

/** The rules a person of `group` meets on `resource`. */
export function effectiveRules(resource: Resource, group: string): BookingRules {
  return { ...DEFAULT_RULES, ...resource.rules, ...(resource.groupRules[group] ?? {}) };
}

/** The rules as the API shows them. */
export function rulesView(rules: BookingRules): Rules {
  return {
    granularityMinutes: rules.granularityMinutes,
    minDurationMinutes: rules.minDurationMinutes,
    maxDurationMinutes: rules.maxDurationMinutes,
    bufferAfterMinutes: rules.bufferAfterMinutes,
    minNoticeMinutes: rules.minNoticeMinutes,
    maxHorizonDays: rules.maxHorizonDays,
    cancellationDeadlineMinutes: rules.cancellationDeadlineMinutes,
    waitlistOfferMinutes: rules.waitlistOfferMinutes,
    quotas: rules.quotas,
  };
}

/** Only the fields a library sets (drops undefined ones). */
export function pickRules(rules: Partial<Rules> | RulesConfig | undefined): PartialRules {
  const out: Record<string, unknown> = {};
  for (const key of RULE_FIELDS) {
    const value = rules?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out as PartialRules;
}

/** The groups' own horizons, durations and quotas from the config, as booking group rules. */
export function configGroupRules(config: ExperimentSpaceConfig): Record<string, PartialRules> {
  // Staff reserve rooms for courses months ahead and for whole evenings.
  const out: Record<string, PartialRules> = {
    staff: { maxHorizonDays: 730, maxDurationMinutes: 1440, minNoticeMinutes: 0, quotas: [] },
  };
  for (const group of config.groups) {
    out[group.id] = pickRules({
      ...(group.maxHorizonDays !== undefined ? { maxHorizonDays: group.maxHorizonDays } : {}),
      ...(group.maxDurationMinutes !== undefined
        ? { maxDurationMinutes: group.maxDurationMinutes }
        : {}),
      ...(group.quotas !== undefined ? { quotas: group.quotas } : {}),
    });
  }
  return out;
}

/** The person id in the booking core: the e-mail, lower-cased (briefings are recorded for it). */
export const personOf = (email: string) => email.trim().toLowerCase();

export const isOrganisationGroup = (group: BookerGroup) => group !== 'resident';
