/**
 * The server side of the module contract: what a module's `./server` entry exports.
 * The kernel (`createCityServer`) loads every enabled module's server part, runs its
 * migrations in order, mounts its routes under `/api/<id>` and seeds its content on first
 * start. Nothing in the kernel names a particular module.
 */

import {
  type Bilingual,
  type CityConfig,
  checkModuleScreens,
  type DatedEntry,
  type Localized,
  type ModuleManifest,
  type Queryable,
  type TransactionalDatabase,
} from '@city-app/core';
import type { SendInput } from '@city-app/notify';
import type { Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { StaffDirectory } from './auth/staff-directory.js';
import type { ModulePublicDates, PublicDatesAccess } from './dates/public-dates.js';
import { checkImporterOptions } from './importers/check-options.js';
import type { AbuseLimits } from './limits/service.js';
import type { QueuedMail } from './mail/outbox.js';

/** What every database handle (PGlite or PostgreSQL) offers. Plain SQL with $1 parameters. */
export type { Queryable };

export interface Database extends TransactionalDatabase {
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** One forward-only migration. Ids sort in apply order within a module ("001_news", "002_…"). */
export interface Migration {
  id: string;
  up: string | ((db: Queryable) => Promise<void>);
}

/** A signed-in staff member. `admin` implies every role. */
export interface StaffUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
}

export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** Hono variables the kernel sets on every request. */
export interface CityEnv {
  Variables: {
    user: StaffUser | null;
    requestId: string;
  };
}

/** Where a route's secret travels and what kind of secret it is. */
export interface RouteSecret {
  /** What the secret is, e.g. `private-link`, `installation`, `proof`, `access`, `password`. */
  kind: string;
  /** A path parameter, a field of the JSON body, or `Authorization: Bearer …`. */
  in: 'path' | 'body' | 'bearer';
  /** The parameter's or field's name (ignored for `bearer`). */
  name: string;
  /** An unknown secret makes a new record (an installation's first opt-in) instead of a 404. */
  opensNew?: boolean;
}

/** OpenAPI description of one route, attached with `describeRoute()`; validates what it names. */
export interface RouteDescription {
  summary: string;
  description?: string;
  tags?: string[];
  /** Staff role required; the middleware refuses others with 401/403. */
  role?: string;
  /** Any logged-in staff member, whatever their roles (their own account); others get 401. */
  signedIn?: boolean;
  /**
   * With `signedIn`: the route also refuses (403) a staff account without any role, as its
   * handler checks. Declared here so the OpenAPI document and the authorization matrix say so.
   */
  anyRole?: boolean;
  /**
   * Access by holding a secret instead of a role: a booking's private link, an installation's
   * id, a one-time proof. The handler checks it; the authorization matrix
   * (`@city-app/server/testing`) sends a wrong one and expects a refusal that shows nothing.
   */
  secret?: RouteSecret;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * The answer is the same for everyone who asks (a list of news, a catalogue, a calendar):
   * it gets a strong ETag, `Cache-Control: public, no-cache` unless the route sets its own, and
   * a 304 to a matching `If-None-Match`. Not for answers that depend on who asks; answers to a
   * staff session never get it.
   */
  publicContent?: boolean;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

/**
 * Notifications as a module sends them (`@city-app/notify`). `send` writes one dispatch into
 * the outbox in the module's own transaction `tx`: the message goes out exactly when the
 * module's change commits, and the same `idempotencyKey` never sends twice.
 *
 * To the followers of `input.topic`, or — with `input.installationId`, the id a resident's
 * device sent when it opted in (e.g. with a booking) — to that installation only, whatever
 * it follows, after its quiet hours; `topic` is then optional. An installation that no longer
 * exists gets no message, and no error.
 */
export interface ModuleNotify {
  send(tx: Queryable, input: SendInput): Promise<{ dispatchId: string; created: boolean }>;
  /**
   * Many messages in one multi-row insert into the outbox (a reminder run), in `tx`, each
   * idempotent by its key as with `send`; the results in the order of `inputs`. With
   * `installationIds` a message reaches each listed installation that exists, whatever it
   * follows, after its quiet hours: one message per street and date, not one per resident.
   */
  sendMany(
    tx: Queryable,
    inputs: readonly SendInput[],
  ): Promise<{ dispatchId: string; created: boolean }[]>;
  /**
   * Which of these installation ids still exist. A module that keeps installation ids
   * forgets the others (the resident deleted their data, or the installation was removed),
   * without reading notify's tables.
   */
  existingInstallations(ids: readonly string[]): Promise<string[]>;
}

export interface ModuleServerContext<Config = unknown> {
  city: CityConfig;
  /** This module's options, parsed by its config schema (defaults filled). */
  config: Config;
  manifest: ModuleManifest;
  db: Database;
  log: Logger;
  /** Folder of the town's starting content for this module (`content/<id>`), if any. */
  contentDir?: string;
  /** Middleware that lets only staff with `role` (or admin) pass. */
  requireRole(role: string): MiddlewareHandler<CityEnv>;
  /**
   * Push notifications to residents who follow a topic, when the host offers them (the
   * kernel always does; tools such as `city-app import` do not). Check before use.
   */
  notify?: ModuleNotify;
  /**
   * The environment the server was started with (its `env` option, else `process.env`):
   * read settings such as `CITY_APP_SMTP_URL` from here, so tests can give their own.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The kernel's mail, when the host offers it (the server does; tools such as `city-app
   * import` do not). `forgetRecipient` deletes every stored copy of mail that names an
   * address (the `.eml` files written without SMTP): call it when a person's data is deleted.
   */
  mail?: {
    forgetRecipient(address: string): Promise<number>;
    /**
     * Writes an e-mail into the kernel's outbox in the module's transaction `tx`: it goes out
     * (moments later, retried if the mail server is away) exactly when the change commits.
     */
    enqueue(tx: Queryable, mail: QueuedMail): Promise<string>;
  };
  /**
   * The town's abuse limits (the kernel always offers them): `guard('bookings', …)` on a
   * route strangers use, `limitMail(transport)` for e-mail the module sends. Check before use.
   */
  limits?: AbuseLimits;
  /**
   * Other enabled modules' public dates (`ServerModule.publicDates`), when the host offers
   * them (the server does; tools such as `city-app import` do not).
   */
  publicDates?: PublicDatesAccess;
  /**
   * The active staff who hold one of this module's roles, by name (the server offers it; tools
   * such as `city-app import` do not): to give a record to a named colleague.
   */
  staff?: StaffDirectory;
}

/**
 * What an importer says to the person importing, in German and English: `city-app import`
 * prints it in the town's language. A plain string is still accepted from importers written
 * before (it is printed as it is, in every language); it will be refused in a later major
 * version, so give `{ de, en }`.
 */
export type ImporterText = Bilingual | string;

/** What one import run found: items new to the database, changed since, or as they were. */
export interface ImportSummary {
  created: number;
  changed: number;
  unchanged: number;
  /** Items left out, each with why (e.g. `{ de: 'ohne Titel', en: 'no title' }`). */
  skipped: { item: string; reason: ImporterText }[];
}

/**
 * Reads a file in an open data format into a module's tables (`city-app import <module>
 * <file>`). Re-importing the same file changes nothing: items are matched by their own
 * stable key (a feed's guid, an event's UID). With `dryRun` it only reports.
 */
export interface Importer<Config = unknown> {
  /** What it reads, e.g. `{ de: 'RSS-2.0- oder Atom-Feed', en: 'RSS 2.0 or Atom feed' }`. */
  description: ImporterText;
  /** File name endings it reads, e.g. [".xml", ".rss", ".atom"]. */
  extensions?: string[];
  /**
   * What the person importing may say beside the file, e.g. the street a per-street calendar
   * is for (`city-app import waste bahnhofstrasse.ics --location "Bahnhofstraße"`). The
   * command checks them before `run` and hands them over in `file.options`.
   */
  options?: ImporterOption[];
  /**
   * Where it reads when the command names no file, from the module's options (e.g. the OParl
   * System the town configured); undefined when the town set none, and the command asks for a file.
   */
  defaultSource?(config: Config): string | undefined;
  run(file: ImportFile, ctx: ModuleServerContext<Config>): Promise<ImportSummary>;
}

/** One option an importer declares; the command offers it as `--<name> <value>`. */
export interface ImporterOption {
  /** Lower-case words with hyphens, e.g. `location`; not one of the command's own options. */
  name: string;
  /** What it says, shown by the command's help and errors. */
  description: Bilingual;
  /** A required option missing stops the import before anything is read. */
  required?: boolean;
  /** The only values it takes, when there is a fixed list. */
  values?: string[];
}

/** The file an importer reads, as `city-app import` hands it over. */
export interface ImportFile {
  /** Its name without the folder, e.g. `Bahnhofstraße.ics`. */
  name: string;
  /** Its text, decoded as the command decodes (`--encoding`, an XML declaration, else UTF-8). */
  text: string;
  /**
   * Its bytes as read, for an importer that detects the encoding itself (a calendar in
   * ISO-8859-1 or UTF-16). The command always sends them; callers written before may not.
   */
  bytes?: Uint8Array;
  /** The encoding the person importing named (`--encoding`), when they named one. */
  encoding?: string;
  /** The importer's declared options that were given, by name. */
  options?: Readonly<Record<string, string>>;
  dryRun: boolean;
}

/**
 * Periodic work a module declares; the kernel runs it once per due time across every server
 * process, on PGlite and PostgreSQL, and records its health (`GET /api/admin/sources`,
 * `city-app doctor`). If a process dies mid-run, another runs the same due time again after
 * the lease runs out: make `run` idempotent per `dueAt` (use it in idempotency keys).
 */
export interface ScheduledJob<Config = unknown> {
  /** Unique within the module, e.g. `sync-feed`; stored as `<module>.<name>`. */
  name: string;
  /**
   * What staff read on the data sources screen, e.g. „Sitzungen aus dem Ratsinformationssystem
   * abrufen“; without it they see the name.
   */
  title?: Localized;
  /** An interval: `'5 minutes'`, `'1 hour'`, `'day'` (10 seconds to 7 days). */
  every?: string;
  /** A wall-clock time in the town's zone, `'18:00'`; right on the days clocks change. */
  at?: string;
  /** `import` for an importer of outside data (a feed, a calendar): staff see it as a source. */
  kind?: 'import' | 'job';
  /** A due time missed by more than this is skipped, not run late (default: the interval; 60 for `at`). */
  lateByMinutes?: number;
  /**
   * Returns what it counted (an `ImportSummary`, or `{ sent: 12 }`) for the source's health.
   * `signal` aborts when the server stops; a run that ignores it delays the stop.
   */
  run(
    ctx: ModuleServerContext<Config>,
    due: { dueAt: Date; attempt: number; signal: AbortSignal },
  ): Promise<ImportSummary | Record<string, number> | undefined>;
}

/** Which of an installation's dates the kernel asks a module for. */
export interface DateRange {
  /** Entries that end after this instant (or, all-day, on or after its local date)… */
  from: Date;
  /** …and start before this one. */
  to: Date;
  /** At most this many, the earliest first: the kernel merges every module's and cuts there. */
  limit: number;
}

/**
 * A module's contribution to "Meine Termine": the dated entries that belong to one anonymous
 * installation (the id the resident's device sent with a booking, a followed event, …). The
 * kernel has checked that the installation exists; the module returns only what that
 * installation made or chose, never another's.
 */
export interface ModuleDates<Config = unknown> {
  forInstallation(
    installationId: string,
    range: DateRange,
    ctx: ModuleServerContext<Config>,
  ): Promise<DatedEntry[]>;
}

export interface ServerModule<Config = unknown> {
  manifest: ModuleManifest<z.ZodType<Config>>;
  migrations?: Migration[];
  /** Routes mounted under `/api/<id>`; use `describeRoute()` so they appear in OpenAPI. */
  routes?(ctx: ModuleServerContext<Config>): Hono<CityEnv>;
  /**
   * Routes at a top-level prefix of the module's own, for a standard that fixes its paths
   * (Open311's `/open311/v2/…`): one segment, refused at start when it is the kernel's
   * (`/api`, `/admin`, `/assets`, `/healthz`, the app's pages) or another module's. Use
   * `describeRoute()` as elsewhere; only the `/api` routes are in the OpenAPI document.
   */
  rootRoutes?: RootRoutes<Config>;
  /** Runs once, after the first migration of this module, to load starting content. */
  seed?(ctx: ModuleServerContext<Config>): Promise<void>;
  /** Entries for a resident's "Meine Termine" and their calendar subscription. Optional. */
  dates?: ModuleDates<Config>;
  /** Dates open to everyone that other modules may show and mirror (courses among events). */
  publicDates?: ModulePublicDates<Config>;
  /**
   * Routes that take a larger body than the kernel's limit (`CITY_APP_MAX_BODY_BYTES`, 1 MiB),
   * e.g. a file upload. Every other route keeps the kernel's limit.
   */
  bodyLimits?: RouteBodyLimit[];
  /** Importers by format name (e.g. `feed`), run by `city-app import`. Optional. */
  importers?: Record<string, Importer<Config>>;
  /** Periodic jobs and scheduled imports, run once per due time across processes. */
  jobs?: ScheduledJob<Config>[];
  /**
   * Starts the module's background work in this process (reminders, offers that expire) and
   * returns how to stop it. Called once per server, after the routes are made, with the same
   * context; `close()` awaits the stop before the database closes. With several processes on
   * one PostgreSQL each runs it, so the work must claim rows (e.g. FOR UPDATE SKIP LOCKED).
   */
  start?(
    ctx: ModuleServerContext<Config>,
  ): StopBackgroundWork | undefined | Promise<StopBackgroundWork | undefined>;
}

/** A module's routes outside `/api/<id>`, at a prefix such as `/open311`. */
export interface RootRoutes<Config = unknown> {
  /** One segment: lower-case letters, digits and hyphens, e.g. `/open311`. */
  prefix: string;
  routes(ctx: ModuleServerContext<Config>): Hono<CityEnv>;
}

/** A larger body one route of a module takes; the kernel answers 413 above it. */
export interface RouteBodyLimit {
  method: 'POST' | 'PUT' | 'PATCH';
  /** The route's path under `/api/<id>`, e.g. `/admin/import`; no parameters. */
  path: string;
  /** At most this many bytes, e.g. a 5 MB file as base64 in JSON (at most 64 MiB). */
  maxBytes: number;
}

/** Stops a module's background work; resolves when the work in progress has finished. */
export type StopBackgroundWork = () => void | Promise<void>;

export function defineServerModule<Config>(module: ServerModule<Config>): ServerModule<Config> {
  // Its screens' patterns decide which pages answer 404; a malformed one is refused at once.
  checkModuleScreens(module.manifest);
  // Its importers' options are refused here, not at a consultant's first import.
  checkImporterOptions(module as ServerModule<never>);
  return module;
}
