import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { ExperimentSpaceConfig } from '../config.js';
import type { Space } from './space.js';

/** One piece of the experiment space's background work, on the space it runs for. */
interface SpaceJob extends Omit<ScheduledJob<ExperimentSpaceConfig>, 'run'> {
  run(space: Space): Promise<Record<string, number>>;
}

/**
 * The background work, in the order one run of all of it takes (`runAll`): what queues
 * e-mails (offers, reminders) comes before the job that sends the queue. Each piece is safe
 * to run twice for one due time: offers, reminders and e-mails are claimed row by row, and
 * erasing what is erased already changes nothing.
 */
const SPACE_JOBS: SpaceJob[] = [
  {
    // An offer runs out at its minute; the next person on the list should hear soon after.
    name: 'waitlist-offers',
    title: {
      de: 'Freie Plätze der Warteliste anbieten',
      en: 'Offer free places to the waiting list',
    },
    every: '1 minute',
    async run(space) {
      const { offered, expired } = await space.booking.processWaitlist();
      return { offered: offered.length, expired: expired.length };
    },
  },
  {
    // Reminders go out hours ahead (the day before by default): a few minutes late is fine.
    name: 'reminders',
    title: {
      de: 'An Buchungen und Kurse erinnern',
      en: 'Send booking and course reminders',
    },
    every: '5 minutes',
    async run(space) {
      return { sent: (await space.booking.sendDueReminders()).length };
    },
  },
  {
    // Erasure is counted in days: once a night, when nobody books. A server that was down
    // at 03:00 catches up when it starts, up to the next night.
    name: 'anonymise',
    title: {
      de: 'Alte Buchungen anonymisieren',
      en: 'Anonymise old bookings',
    },
    at: '03:00',
    lateByMinutes: 23 * 60,
    async run(space) {
      return { erased: await space.privacy.anonymiseEnded() };
    },
  },
  {
    // Confirmations are awaited right after booking: the queue is sent every minute.
    name: 'send-mail',
    title: {
      de: 'E-Mails zu Buchungen versenden',
      en: 'Send booking e-mails',
    },
    every: '1 minute',
    async run(space) {
      return { ...(await space.deliverMail()) };
    },
  },
];

/** The jobs the experiment space declares to the kernel's scheduler, each on its server's space. */
export function scheduledJobs(
  spaceOf: (ctx: ModuleServerContext<ExperimentSpaceConfig>) => Space,
): ScheduledJob<ExperimentSpaceConfig>[] {
  return SPACE_JOBS.map(({ run, ...job }) => ({ ...job, run: (ctx) => run(spaceOf(ctx)) }));
}

/** All of the background work once, now, in order (tests, and a host without the scheduler). */
export async function runAll(space: Space): Promise<void> {
  for (const job of SPACE_JOBS) await job.run(space);
}
