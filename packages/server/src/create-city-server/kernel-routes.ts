import { type CityConfig, IMAGES_PATH } from '@city-app/core';
import type { Notify } from '@city-app/notify';
import type { Hono } from 'hono';
import { townWords } from '../auth/password-policy.js';
import { authRoutes } from '../auth/routes.js';
import { kernelSender, type StaffMailer } from '../auth/staff-mail.js';
import type { KernelDatabase } from '../database/engine.js';
import {
  calendarLinks,
  type DatesSource,
  datesRoutes,
  forgetLinkOfDeletedInstallation,
} from '../dates/index.js';
import type { KernelEnv, RequestSettings } from '../http/context.js';
import { imageFileRoutes } from '../images/file-routes.js';
import { imageUploadRoutes } from '../images/upload-routes.js';
import { feedbackRoutes } from '../kernel-routes/feedback/routes.js';
import { staffRoutes } from '../kernel-routes/staff.js';
import { staffRoles } from '../kernel-routes/staff-roles.js';
import { townRoutes } from '../kernel-routes/town.js';
import type { AbuseLimits } from '../limits/index.js';
import type { KernelMail } from '../mail/kernel-mail.js';
import type { Logger, ServerModule } from '../module.js';
import { notificationRoutes } from '../notifications/index.js';
import { openItemsRoutes } from '../open-items/routes.js';
import { sourceRoutes } from '../scheduler/routes.js';
import { requireRole } from './modules.js';

export interface KernelRoutesOptions {
  db: KernelDatabase;
  city: CityConfig;
  modules: readonly ServerModule[];
  root: string;
  env: Record<string, string | undefined>;
  log: Logger;
  settings: RequestSettings;
  mailer: StaffMailer;
  mail: KernelMail;
  limits: AbuseLimits;
  notify: Notify;
  /** The modules that contribute to "Meine Termine". */
  datesSources: DatesSource[];
}

/** The kernel's own API: auth, town, open items, feedback, staff, images, sources, notify and dates. */
export function mountKernelRoutes(app: Hono<KernelEnv>, options: KernelRoutesOptions): void {
  const { db, city, modules, env, log, settings, mail, limits, notify } = options;
  app.route('/api/auth', authRoutes(db, { settings, mailer: options.mailer, city, log }));
  app.route('/api/town', townRoutes(city, modules, { notifications: true }));
  app.route('/api/open-items', openItemsRoutes(city, modules, options.root));
  app.route(
    '/api/feedback',
    feedbackRoutes(
      db,
      {
        transport: mail.transport,
        from: kernelSender(city, env),
        replyTo: city.legal.feedbackEmail,
        appName: city.branding.appName,
        timezone: city.timezone,
        forgetRecipient: mail.forgetRecipient,
        log,
      },
      { limit: limits.guard('feedback') },
    ),
  );
  app.route(
    '/api/staff',
    staffRoutes(db, {
      roles: staffRoles(modules),
      townWords: townWords(city),
      mailer: options.mailer,
      settings,
    }),
  );
  app.route(
    '/api/images',
    imageUploadRoutes(
      db,
      staffRoles(modules).map((role) => role.id),
    ),
  );
  app.route(IMAGES_PATH, imageFileRoutes(db));
  app.route('/api/admin/sources', sourceRoutes(db));
  // Deleting an installation also forgets its private calendar link.
  const links = calendarLinks(db);
  app.use('/api/notify/installations/:id', forgetLinkOfDeletedInstallation(links));
  app.route(
    '/api/notify',
    notificationRoutes(notify, requireRole('editor'), limits.guard('installations')),
  );
  app.route(
    '/api/dates',
    datesRoutes({ city, notify, links, sources: options.datesSources, settings, log }),
  );
}
