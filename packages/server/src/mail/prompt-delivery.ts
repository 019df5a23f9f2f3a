import type { Logger, Queryable } from '../module.js';
import { deliverQueuedMail } from './outbox.js';
import type { MailTransport } from './transport.js';

/** A resident waits for a confirmation link: mail goes out a moment after it was queued. */
export interface PromptMailDelivery {
  /** Says a message was queued; delivery follows once the queuing transaction has committed. */
  nudge(): void;
  /** Waits for a delivery in progress and sends nothing more. */
  stop(): Promise<void>;
}

/**
 * The outbox job empties the outbox once a minute across all processes; that is a minute's wait
 * for a resident who needs a confirmation link now. So this process also delivers shortly after
 * a module queued mail in it. The queuing transaction usually commits within milliseconds; a
 * first look after `firstLookMs` and, if that found nothing, a second after `secondLookMs`
 * cover slower commits, and the minute job covers everything else. The outbox's leases keep
 * a message from going out twice, whichever process or job takes it.
 */
export function promptMailDelivery(
  db: Queryable,
  options: {
    transport: MailTransport;
    from: string;
    log: Logger;
    firstLookMs?: number;
    secondLookMs?: number;
  },
): PromptMailDelivery {
  const firstLookMs = options.firstLookMs ?? 200;
  const secondLookMs = options.secondLookMs ?? 3_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  // The pending look is the slow second one, which a new message should not wait for.
  let waitingLong = false;

  const look = (afterMs: number, lookAgain: boolean) => {
    waitingLong = !lookAgain;
    timer = setTimeout(() => {
      timer = undefined;
      running = deliver(lookAgain).finally(() => {
        running = undefined;
        // Queued while this delivery ran: look once more for it.
        if (again && !stopped && !timer) {
          again = false;
          look(firstLookMs, true);
        }
      });
    }, afterMs);
    timer.unref?.();
  };

  const deliver = async (lookAgain: boolean) => {
    try {
      const { sent, retried, failed } = await deliverQueuedMail(db, options.transport, {
        from: options.from,
        now: new Date(),
        log: options.log,
      });
      if (lookAgain && sent + retried + failed === 0 && !stopped && !timer) {
        look(secondLookMs, false);
      }
    } catch (error) {
      // The minute job tries again; a closing database is not worth a warning.
      if (!stopped) options.log.warn(`Prompt mail delivery failed: ${(error as Error).message}`);
    }
  };

  return {
    nudge() {
      if (stopped) return;
      if (running) again = true;
      else if (!timer) look(firstLookMs, true);
      else if (waitingLong) {
        clearTimeout(timer);
        look(firstLookMs, true);
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
