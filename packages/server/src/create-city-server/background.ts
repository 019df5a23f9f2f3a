import type { CityConfig } from '@city-app/core';
import type { KernelDatabase } from '../database/engine.js';
import { feedbackRetentionJob } from '../kernel-routes/feedback/retention.js';
import type { KernelMail } from '../mail/kernel-mail.js';
import { mailOutboxJob } from '../mail/outbox.js';
import type { Logger, ModuleServerContext, ServerModule, StopBackgroundWork } from '../module.js';
import { moduleJobs } from '../scheduler/module-jobs.js';
import { startScheduler } from '../scheduler/scheduler.js';
import { contextOf } from './modules.js';
import type { CityServerOptions } from './options.js';

/** Background work of this process, stopped together before the database closes. */
export interface BackgroundWork {
  add(stop: StopBackgroundWork | undefined): void;
  /** Waits for the work in progress; safe to call more than once. */
  stop(): Promise<void>;
}

export function backgroundWork(): BackgroundWork {
  const stops: StopBackgroundWork[] = [];
  return {
    add(stop) {
      if (stop) stops.push(stop);
    },
    async stop() {
      await Promise.all(stops.splice(0).map((stop) => stop()));
    },
  };
}

/**
 * Starts each module's own background work, then the scheduler with the kernel's jobs (the
 * feedback retention, the mail outbox) and the modules' declared jobs: each runs once per due time across
 * all server processes, and staff see its health under `/api/admin/sources`.
 */
export async function startBackgroundWork(
  work: BackgroundWork,
  options: {
    db: KernelDatabase;
    city: CityConfig;
    modules: readonly ServerModule[];
    contexts: ReadonlyMap<string, ModuleServerContext>;
    mail: KernelMail;
    mailFrom: string;
    feedbackRetentionDays: number;
    log: Logger;
    scheduler: CityServerOptions['scheduler'];
  },
): Promise<void> {
  const { db, modules, contexts, log } = options;
  for (const module of modules) {
    work.add(await module.start?.(contextOf(contexts, module)));
  }
  const kernelJobs = [
    feedbackRetentionJob(db, {
      retentionDays: options.feedbackRetentionDays,
      forgetRecipient: options.mail.forgetRecipient,
      log,
    }),
    mailOutboxJob(db, { transport: options.mail.transport, from: options.mailFrom, log }),
  ];
  const scheduler = await startScheduler({
    db,
    jobs: [...kernelJobs, ...moduleJobs(modules, contexts)],
    timeZone: options.city.timezone,
    log,
    ...options.scheduler,
  });
  work.add(scheduler.stop);
}
