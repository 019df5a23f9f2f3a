import {
  defineServerModule,
  type ModuleServerContext,
  mailFolder,
  type ServerModule,
} from '@city-app/server';
import type { ExperimentSpaceConfig } from '../config.js';
import manifest from '../index.js';
import type { PushNotify } from './context.js';
import { experimentSpaceDates } from './dates.js';
import { runAll, scheduledJobs } from './jobs.js';
import { folderTransport, type MailTransport, smtpTransport } from './mail/transport.js';
import { migrations } from './migrations.js';
import { coursePublicDates } from './public-dates.js';
import { experimentSpaceRoutes } from './routes/index.js';
import { seedExperimentSpace } from './seed.js';
import { createSpace, type Space } from './space.js';

export interface ExperimentSpaceServerOptions {
  /** The clock; tests pass one they move. */
  now?: () => Date;
  /** Environment to read (default: the server's, else `process.env`): CITY_APP_SMTP_URL, CITY_APP_MAIL_DIR, CITY_APP_DATA_DIR, CITY_APP_PUBLIC_URL. */
  env?: Record<string, string | undefined>;
  /** Where e-mails go; default SMTP when CITY_APP_SMTP_URL is set, else `.eml` files. */
  transport?: MailTransport;
  /**
   * Whether the kernel's scheduler runs the background work (default `true`): waitlist offers
   * every minute, reminders every 5 minutes, anonymisation at 03:00, e-mail every minute, each
   * once per due time across all server processes. `false`: nothing runs by itself (tests call
   * `runJobs`).
   */
  scheduledJobs?: boolean;
  /**
   * @deprecated The kernel's scheduler runs the background work at the times each job declares;
   * a number here is ignored. `false` still means `scheduledJobs: false`.
   */
  jobIntervalMs?: number | false;
  /** Where pushes go; default the kernel's `ctx.notify` (none when the host has none). */
  notify?: PushNotify;
}

export interface ExperimentSpaceServerModule extends ServerModule<ExperimentSpaceConfig> {
  /** Runs the background work of the latest started server once now: offers, reminders, anonymisation, e-mail. */
  runJobs(): Promise<void>;
  /** Waits for a `runJobs` in progress (the kernel's close() stops the scheduled jobs). */
  stop(): Promise<void>;
  /** The experiment space of the latest started server. */
  readonly space: Space | undefined;
}

/**
 * The experiment space's server part. The default export uses the process environment and
 * declares its background work as jobs of the kernel's scheduler (`jobs.ts`); tests build
 * their own with a clock and a mail sink.
 * State is per server (per module context), so one process can run several servers.
 */
export function createExperimentSpaceServer(
  options: ExperimentSpaceServerOptions = {},
): ExperimentSpaceServerModule {
  const envOf = (ctx: ModuleServerContext<ExperimentSpaceConfig>) =>
    options.env ?? ctx.env ?? process.env;
  const spaces = new WeakMap<ModuleServerContext<ExperimentSpaceConfig>, Space>();
  let latest: Space | undefined;
  let running: Promise<void> | undefined;
  const scheduled = (options.scheduledJobs ?? true) && options.jobIntervalMs !== false;

  // Every e-mail passes the town's limit per recipient, so confirmations cannot flood an inbox.
  function transportFor(ctx: ModuleServerContext<ExperimentSpaceConfig>): MailTransport {
    const transport = chosenTransport(ctx);
    return ctx.limits ? ctx.limits.limitMail(transport) : transport;
  }

  function chosenTransport(ctx: ModuleServerContext<ExperimentSpaceConfig>): MailTransport {
    if (options.transport) return options.transport;
    const env = envOf(ctx);
    if (env.CITY_APP_SMTP_URL) {
      const transport = smtpTransport(env.CITY_APP_SMTP_URL);
      ctx.log.info(`E-mails of the experiment space go through ${transport.description}`);
      return transport;
    }
    const dir = mailFolder(env);
    ctx.log.info(
      `No CITY_APP_SMTP_URL set: e-mails of the experiment space are written as .eml files to ${dir}`,
    );
    return folderTransport(dir);
  }

  function spaceOf(ctx: ModuleServerContext<ExperimentSpaceConfig>): Space {
    let space = spaces.get(ctx);
    if (!space) {
      const publicUrl = envOf(ctx).CITY_APP_PUBLIC_URL;
      space = createSpace(ctx, {
        transport: transportFor(ctx),
        ...(options.now ? { now: options.now } : {}),
        ...(publicUrl ? { publicUrl } : {}),
        ...(options.notify ? { notify: options.notify } : {}),
      });
      spaces.set(ctx, space);
    }
    return space;
  }

  const module = defineServerModule<ExperimentSpaceConfig>({
    manifest,
    migrations,
    routes: (ctx) => experimentSpaceRoutes(spaceOf(ctx), ctx.limits),
    dates: { forInstallation: (id, range, ctx) => experimentSpaceDates(spaceOf(ctx), id, range) },
    publicDates: { list: (range, ctx) => coursePublicDates(spaceOf(ctx), range) },
    ...(scheduled ? { jobs: scheduledJobs(spaceOf) } : {}),
    start(ctx) {
      latest = spaceOf(ctx);
      return undefined;
    },
    async seed(ctx) {
      await seedExperimentSpace(ctx, createSpace(ctx, options.now ? { now: options.now } : {}));
    },
  });

  return {
    ...module,
    // One run at a time; a call that finds one running waits for it.
    async runJobs() {
      const space = latest;
      if (!space) return;
      running ??= runAll(space).finally(() => {
        running = undefined;
      });
      await running;
    },
    async stop() {
      await running?.catch(() => undefined);
    },
    get space() {
      return latest;
    },
  };
}

/** The server part of the experiment space, configured from the environment. */
export default createExperimentSpaceServer();

export { mailFolder } from '@city-app/server';
export type { PushNotify } from './context.js';
export { bookingsCsv, csvField } from './csv.js';
export { composeMail, type MailKind } from './mail/texts.js';
export {
  folderTransport,
  type MailTransport,
  type OutgoingMail,
  smtpTransport,
} from './mail/transport.js';
export { composePush, type PushKind } from './push.js';
